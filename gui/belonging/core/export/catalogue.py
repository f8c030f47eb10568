"""The export's words in each language Belonging speaks, and the way to pick them.

An export is written by the window, by the command line (`belonging export`) and by the PDF
maker, and core has no Qt: so its catalogue is a whole `ExportLabels` per language, typed and
checked like any other code (a test holds each one to the English fields and placeholders),
rather than strings looked up at run time. Spanish counts take the same two forms as English
(one, and every other number), so `plural` serves both.
"""

from __future__ import annotations

from belonging.core.export.labels import DEFAULT_LABELS, ExportLabels
from belonging.languages import SPANISH

SPANISH_LABELS = ExportLabels(
    lang=SPANISH,
    document_title="{owner} & {partner}",
    pair_subtitle="Conversaciones guardadas en Belonging",
    conversation_subtitle="Una conversación guardada en Belonging",
    exported_on="Exportado el {date}.",
    includes_private=(
        "Este documento incluye notas privadas: reflexiones que nunca se muestran en una "
        "pantalla compartida."
    ),
    includes_confidential="Este documento incluye notas marcadas como confidenciales.",
    no_conversations="Todavía no hay conversaciones.",
    untitled_script="Una conversación",
    depth="hasta el nivel {depth}",
    talked="hablaron {minutes} min",
    unfinished="sin terminar",
    not_continued="interrumpida y no retomada",
    answered=("{n} pregunta respondida", "{n} preguntas respondidas"),
    skipped=("{n} saltada", "{n} saltadas"),
    parked_count=("{n} para otro día", "{n} para otro día"),
    check_ins_heading="Cercanía",
    check_ins_intro="Lo cerca que se sentía cada uno, de 1 (lejos) a 7 (casi uno solo).",
    check_in_line="{person}: {values}",
    before="{n} al empezar",
    after="{n} al terminar",
    prompts_heading="Preguntas que conversaron",
    level="Nivel {depth}",
    unknown_prompt="Una pregunta cuyo texto no se guardó",
    conversation_notes_heading="Notas sobre toda la conversación",
    summary_heading="Resumen",
    follow_ups_heading="Próximos pasos",
    other_follow_ups_heading="Próximos pasos de fuera de una conversación",
    both="los dos",
    due="antes del {date}",
    done="hecho",
    parked_heading="Para otro día",
    private_note="Nota privada",
    confidential_note="Nota confidencial",
    private_confidential_note="Nota privada y confidencial",
    left_out_heading="Lo que no se incluyó",
    left_out_private=("{n} nota privada", "{n} notas privadas"),
    left_out_confidential=("{n} nota confidencial", "{n} notas confidenciales"),
    left_out_hint=(
        "Siguen en Belonging, en esta computadora. Para incluirlas, pídelas expresamente "
        "al exportar."
    ),
    nothing_left_out="No se dejó nada fuera.",
    left_out_line="Se quedan fuera: {items}",
    nothing_will_be_left_out="No se quedará nada fuera.",
    list_separator=", ",
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    date_format="{day} de {month} de {year}",
    time_format="{date}, {hour:02d}:{minute:02d}",
)

#: Every language's words; a language not listed gets the English ones.
EXPORT_LABELS = {DEFAULT_LABELS.lang: DEFAULT_LABELS, SPANISH: SPANISH_LABELS}


def labels_for(language: str) -> ExportLabels:
    """The export's words in `language` ("en", "es"), or in English when it has none."""
    return EXPORT_LABELS.get(language, DEFAULT_LABELS)
