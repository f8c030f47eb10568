"""The Markdown export: exact bytes for a fixed document, and nothing in it that a viewer
would run or load."""

import markdown
from export_documents import hostile_document, marked_notes_document, small_document

from belonging.core.export import DEFAULT_LABELS, ExportLabels, LeftOut, to_markdown
from belonging.core.export.markdown_writer import plain, safe_markdown

SMALL_MARKDOWN = """\
# Ada & Ben

A conversation kept in Belonging.

## Defining moments — 6 May 2024, 09:30

As deep as level 2 · talked for 31 min · 3 prompts answered · 1 parked.

### Check-ins

How close each felt, from 1 (far apart) to 7 (almost one).

- Ada: 3 before, 5 after
- Ben: 4 before

### Prompts discussed

#### What did you want to be when you were *ten*?

*Level 1*

> Ben: the **bakery**.

### Notes on the whole conversation

> We both started
> in jobs we did not choose.

### Follow-ups

- [ ] Send the article (Ada, by 20 May 2024)
- [x] Book a room (both, done)

### Parked for another time

- Who taught you the most?

---

## Left out of this export

- 1 private note

They stay in Belonging on this computer. To include them, ask for them by name when exporting.
"""

MARKED_MARKDOWN = """\
# Ada & Ben

A conversation kept in Belonging. Exported on 12 March 2025.

**This export includes private notes: reflections never shown on a shared screen.**

**This export includes notes marked confidential.**

## A conversation — 6 May 2024, 09:30

### Notes on the whole conversation

> **Private note**
>
> mine

> **Confidential note**
>
> between us

> **Private and confidential note**
>
> mine and secret

---

## Left out of this export

Nothing was left out.
"""


def test_a_small_document_gives_exactly_the_expected_markdown():
    """Byte for byte: headings, facts, check-ins, quoted notes, follow-ups, what was left out."""
    assert to_markdown(small_document()) == SMALL_MARKDOWN


def test_the_same_document_always_gives_the_same_bytes():
    """Exports are deterministic, so two exports of the same history can be compared."""
    assert to_markdown(small_document()).encode() == to_markdown(small_document()).encode()


def test_notes_asked_for_by_name_are_labelled_as_what_they_are():
    """A private or confidential note that goes out says so, and the top of the file warns."""
    assert to_markdown(marked_notes_document()) == MARKED_MARKDOWN


def test_the_left_out_section_comes_last_and_counts_without_quoting():
    """The reader learns the export is partial, at its end, from counts alone."""
    text = to_markdown(small_document())
    tail = text[text.index("## Left out of this export") :]
    assert "- 1 private note" in tail
    assert text.rstrip().endswith(DEFAULT_LABELS.left_out_hint)


def test_plain_fields_cannot_turn_into_markup():
    """Names, titles and follow-ups are text: Markdown characters and raw HTML are escaped."""
    assert plain("**Ben** <b>x</b>") == r"\*\*Ben\*\* &lt;b>x&lt;/b>"
    assert plain("# not a heading") == r"\# not a heading"
    assert plain("1. not a list") == r"1\. not a list"
    assert plain("two\nlines") == "two lines"


def test_nothing_in_a_hostile_document_renders_as_html_an_image_or_a_script_link():
    """Rendered by a Markdown viewer, the export has no raw tag, no image and no
    javascript: link, wherever the markup was typed."""
    rendered = markdown.markdown(to_markdown(hostile_document()))
    for forbidden in ("<script", "<img", "<iframe", "<b>", 'javascript:alert(1)"', 'href="java'):
        assert forbidden not in rendered
    assert "&lt;script&gt;" in rendered


def test_people_keep_their_own_markdown_but_images_become_links():
    """Emphasis and web links stay; an image would load a remote file, so it becomes a link."""
    assert safe_markdown("**kept** [site](https://example.org)") == (
        "**kept** [site](https://example.org)"
    )
    assert safe_markdown("![pixel](https://tracker.example/p.png)") == (
        r"\![pixel](https://tracker.example/p.png)"
    )
    assert safe_markdown("[x](javascript:alert(1))") == r"[x\](javascript:alert(1))"


def test_a_heading_inside_a_note_stays_inside_its_quote():
    """A note cannot break the file's outline: every line of it is quoted."""
    text = to_markdown(marked_notes_document())
    assert "\n# " not in text.replace("# Ada & Ben", "")


def test_translated_labels_are_used_throughout():
    """The UI passes its translations; the renderer writes them, counts included."""
    labels = ExportLabels(
        left_out_heading="Nicht exportiert",
        left_out_private=("{n} private Notiz", "{n} private Notizen"),
        months=tuple(f"M{n}" for n in range(1, 13)),
    )
    doc = small_document()
    text = to_markdown(doc.__class__(**{**doc.__dict__, "left_out": LeftOut(2)}), labels)
    assert "## Nicht exportiert" in text
    assert "- 2 private Notizen" in text
    assert "6 M5 2024" in text
