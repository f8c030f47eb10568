"""Exports in each language Belonging speaks: every label translated with the same blanks to
fill, dates written the way the language writes them, and nothing English left in a Spanish
document."""

import re
from dataclasses import fields, replace
from datetime import date

import pytest
from export_documents import small_document

from belonging.core.export import (
    DEFAULT_LABELS,
    ExportLabels,
    ExportNote,
    format_date,
    to_html,
    to_markdown,
)
from belonging.core.export.catalogue import EXPORT_LABELS, SPANISH_LABELS, labels_for
from belonging.languages import LANGUAGES

_PLACEHOLDER = re.compile(r"\{(\w+)[^{}]*\}")
#: Labels that read the same in Spanish: a name pair, a list's glue, a person and numbers.
SAME_IN_SPANISH = {"document_title", "check_in_line", "list_separator", "time_format"}
#: Pieces of English labels that Spanish writes the same way.
SPANISH_TOO = {"min"}


def _spanish_document():
    """The small document with its words (script, prompt, notes, follow-ups) in Spanish."""
    doc = small_document()
    (conversation,) = doc.conversations
    prompt = replace(conversation.prompts[0], text="¿Qué querías ser a los *diez* años?")
    conversation = replace(
        conversation,
        script_title="Momentos que nos marcaron",
        prompts=(replace(prompt, notes=(ExportNote("Ben: la **panadería**."),)),),
        notes=(ExportNote("Los dos empezamos\nen trabajos que no elegimos."),),
        follow_ups=(
            replace(conversation.follow_ups[0], text="Mandar el artículo"),
            replace(conversation.follow_ups[1], text="Reservar una sala"),
        ),
        parked=("¿Quién te enseñó más?",),
    )
    return replace(doc, conversations=(conversation,))


def _texts(value) -> list[str]:
    return list(value) if isinstance(value, tuple) else [value]


def test_every_language_has_its_labels():
    """English and Spanish each have a catalogue; a language with none is written in English."""
    assert set(EXPORT_LABELS) == set(LANGUAGES)
    assert labels_for("es") is SPANISH_LABELS
    assert labels_for("fr") is DEFAULT_LABELS


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_label_has_the_blanks_the_writers_fill(language):
    """Every label keeps the English {names}; counts keep their two forms; twelve months."""
    labels = labels_for(language)
    for field in fields(ExportLabels):
        english, translated = getattr(DEFAULT_LABELS, field.name), getattr(labels, field.name)
        assert type(english) is type(translated), field.name
        if field.name == "months":
            assert len(translated) == 12
            continue
        for source, text in zip(_texts(english), _texts(translated), strict=True):
            assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)), (
                field.name
            )


def test_spanish_translates_every_label_that_has_words():
    """No Spanish label is the English one, but those with no words to translate."""
    same = {
        field.name
        for field in fields(ExportLabels)
        if getattr(SPANISH_LABELS, field.name) == getattr(DEFAULT_LABELS, field.name)
    }
    assert same == SAME_IN_SPANISH


def test_spanish_dates_are_written_as_spanish_writes_them():
    """ "6 de mayo de 2024", whatever the computer's locale."""
    assert format_date(date(2024, 5, 6), SPANISH_LABELS) == "6 de mayo de 2024"


@pytest.mark.parametrize("render", [to_markdown, to_html], ids=["markdown", "html"])
def test_a_spanish_export_holds_no_english_label(render):
    """A conversation exported in Spanish: its headings, facts, dates and what was left out
    are Spanish, and the page says it is Spanish; no English label is left anywhere."""
    text = render(_spanish_document(), SPANISH_LABELS)
    for expected in (
        "Una conversación guardada en Belonging",
        "6 de mayo de 2024, 09:30",
        "Hasta el nivel 2",
        "hablaron 31 min",
        "3 preguntas respondidas",
        "Próximos pasos",
        "antes del 20 de mayo de 2024",
        "Lo que no se incluyó",
        "1 nota privada",
    ):
        assert expected in text, expected
    english = [
        words
        for field in fields(ExportLabels)
        if field.name not in SAME_IN_SPANISH | {"lang", "date_format"}
        for source in _texts(getattr(DEFAULT_LABELS, field.name))
        for words in [w.strip() for w in _PLACEHOLDER.split(source)]
        if re.search(r"[A-Za-z]{2}", words) and words not in SPANISH_TOO
        if re.search(rf"\b{re.escape(words)}\b", text)
    ]
    assert english == []
    if render is to_html:
        assert '<html lang="es">' in text
