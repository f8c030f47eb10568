"""Importing Markdown question lists written by others: structure, escaping, names and ids.

Everything the import writes must be read back by our own parser, with the same levels and
prompts. What reads as a prompt, how headings become levels or topics, and the real samples
have test files of their own beside this one.
"""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_support import imported, parsed, prompt_texts, reason

from belonging.core.markdown_render import plain_text
from belonging.core.scripts.importing import ScriptIdError, import_question_list
from belonging.core.scripts.model import ScriptError
from belonging.core.scripts.parser import read_script


def test_inline_markdown_of_a_question_is_kept_as_written():
    """Emphasis, code and links inside a question are written back untouched."""
    item = "What would be *crazy* not to try with `make`, per [the book](https://example.com)?"
    result = imported(f"## Level\n- {item}\n")
    assert f"- {item}" in result.markdown.split("\n")
    prompt = parsed(result).levels[0].prompts[0]
    assert prompt.text == item
    assert "<em>crazy</em>" in prompt.html


def test_a_label_over_nested_questions_gives_way_to_them():
    """ "Career:" over a nested list of questions leaves the questions as prompts."""
    result = imported("## Level\n- Career:\n  - Where do you want to be?\n  - Why?\n")
    assert prompt_texts(result) == ["Where do you want to be?", "Why?"]
    assert "label" in reason(result, 2)


def test_duplicate_questions_keep_the_first_and_report_the_others():
    """The same question twice (case and markup aside) is kept once: "duplicate of line N"."""
    result = imported("## One\n- How are you?\n- Why?\n## Two\n- **How** are YOU?\n- What next?\n")
    assert prompt_texts(result) == ["How are you?", "Why?", "What next?"]
    assert reason(result, 5) == "duplicate of line 2"
    assert parsed(result).prompt_count == 3


@pytest.mark.parametrize(
    "item",
    [
        "Follow-up: what happened next?",
        "Lighter: an easier one?",
        "topics : which ones matter?",
        "Asked by: whom, and why?",
        "1. Who comes first?",
        "# of people you trust?",
        "> quoted: why?",
        "+ plus what?",
        "[x]: what is this?",
        "Sets {: minutes=5 } like this?",
    ],
)
def test_prompts_our_format_would_misread_are_escaped(item):
    """A prompt that looks like a label, a list, a heading or a reference still reads as itself."""
    result = imported(f"## Level\n- {item}\n")
    prompt = parsed(result).levels[0].prompts[0]
    assert plain_text(prompt.text) == item


@pytest.mark.parametrize("heading", ["Curly {: braces } inside", "C#", "Ends in {braces}", "A\\"])
def test_headings_our_format_would_misread_are_escaped(heading):
    """A level title with braces or closing hashes keeps them and gets no attributes."""
    result = imported(f"## {heading}\n- What matters?\n")
    level = parsed(result).levels[0]
    assert level.title == result.levels[0].title == heading
    assert level.minutes is None


def test_heading_attribute_lists_of_other_tools_are_dropped():
    """kramdown and pandoc heading ids ("{#id}") are not part of the title."""
    result = imported("## Warm-up {#warm}\n- What matters?\n")
    assert result.levels[0].title == "Warm-up"


def test_title_and_id_come_from_the_heading_and_summary_names_the_source():
    """The `# ` heading gives the title, its slug the id; the summary says where it came from."""
    result = import_question_list(
        "# Great 1:1 Questions!\n## Level\n- Why?\n", source_name="/home/me/Downloads/q.md"
    )
    script = parsed(result)
    assert (script.title, script.id) == ("Great 1:1 Questions!", "great-1-1-questions")
    assert script.summary == result.summary == "Imported from q.md."


def test_without_a_title_heading_the_file_name_gives_title_and_id():
    """A page with no `# ` heading is named after its file."""
    result = import_question_list("## Level\n- Why?\n", source_name="team-questions.md")
    assert (result.title, result.script_id) == ("team-questions", "team-questions")


def test_a_title_without_latin_letters_takes_its_id_from_the_file_name():
    """A Japanese title still gets an id our format accepts."""
    result = import_question_list("# 質問集\n## レベル\n- 元気ですか？\n", source_name="ja-list.md")
    assert (result.title, result.script_id) == ("質問集", "ja-list")
    assert parsed(result).title == "質問集"


def test_a_given_id_is_used_and_a_bad_one_is_an_error_about_the_id():
    """A bad id is refused as what it is, not as a problem on line 1 of the source."""
    assert imported("## L\n- Why?\n", script_id="mine").script_id == "mine"
    with pytest.raises(ScriptIdError) as error:
        imported("## L\n- Why?\n", script_id="Not Valid")
    assert 'bad id "Not Valid"' in str(error.value)
    assert "questions.md" not in str(error.value)


def test_nothing_that_reads_as_a_prompt_is_a_script_error():
    """A page without a single prompt is refused with a diagnostic naming the source."""
    with pytest.raises(ScriptError) as error:
        imported("# Notes\n\nJust prose.\n\n- A statement\n- [A link](#a)\n")
    assert error.value.diagnostics[0].file == "questions.md"
    assert "prompt" in error.value.diagnostics[0].message


def test_list_items_before_any_heading_make_one_level():
    """A bare list of questions is a script of one level."""
    result = import_question_list("- Why?\n- How?\n", source_name="plain.md")
    assert [level.title for level in parsed(result).levels] == ["Questions"]
    assert result.prompt_count == 2


def test_code_front_matter_and_comments_are_not_read_as_prompts():
    """Fenced code and HTML comments are left out; front matter gives only the title."""
    result = imported(
        """\
        ---
        title: From front matter
        layout: page
        ---
        ```
        - Is this code?
        ```
        <!--
        - Is this hidden?
        -->
        ## Level
        - Is this real?
        """
    )
    assert result.title == "From front matter"
    assert prompt_texts(result) == ["Is this real?"]
    assert {entry.line for entry in result.left_out} == {1, 5, 8}


def test_tables_and_quotes_are_left_out_as_what_they_are():
    """A table or a block quote is reported by its kind, not read for prompts."""
    text = (
        "## Level\n| Question | Why? |\n|----|----|\n> Is this a quote?\n\n- What matters most?\n"
    )
    result = imported(text)
    assert prompt_texts(result) == ["What matters most?"]
    assert reason(result, 2) == "a table, not a list item"
    assert reason(result, 4) == "a block quote, not a list item"


def test_prose_paragraphs_are_left_out_even_when_they_ask():
    """A paragraph is prose, not a prompt, even an FAQ question written as one."""
    result = imported("Why is there also a JSON file?\n\n## Level\n- What helps you focus?\n")
    assert prompt_texts(result) == ["What helps you focus?"]
    assert reason(result, 1) == "a paragraph, not a list item"


def test_items_nested_under_a_left_out_item_are_reported_with_it():
    """What hangs under a left-out item is reported too, pointing at its parent's line."""
    result = imported("## L\n- Why?\n- How?\n- See the docs\n  - They explain it all\n")
    assert prompt_texts(result) == ["Why?", "How?"]
    assert reason(result, 5) == "nested under line 4, which was left out"


def test_left_out_lines_count_every_newline_convention():
    """Line numbers match the editor's with CRLF and CR line ends alike."""
    result = imported("## L\r\n- Why?\r- [A](#a)\r\n- How?\n")
    assert reason(result, 3).startswith("a link to a heading")


def test_a_heading_with_nothing_under_it_is_reported():
    """A heading over no prompts at all is left out and told, so nothing vanishes unseen."""
    result = imported("## Empty\n\n## Deep\n- Why?\n")
    assert reason(result, 1) == "a heading with no prompts under it"


# --- Properties ------------------------------------------------------------------------------

_FRAGMENTS = [
    "# ", "## ", "- ", "* ", "1. ", "    - ", "  * ", "> ", "```", "| a | b |", "---", "===",
    "Follow-up: ", "Lighter: ", "Topics: ", "Asked by: ", "leader", "{: minutes=5 }", "{", "}",
    "#", "?", "？", "¿", "か。", "Tell me ", "Cuéntame ", "What are you ", "[x](#y)", "[x]: ",
    "https://a.b/?q=1", "**bold**", "*", "_", "`", "\\", "<!--", "-->", "<b>", "&amp;", "\ue000",
    "\x02", "\u2028", "\t", "\r", "教えて", "Deep", "Surface", "Level 2", "(5 mins)", "5分", "I ",
    "you ",
]  # fmt: skip
_MARKDOWNISH = st.lists(
    st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=4), min_size=1, max_size=5).map(
        "".join
    ),
    min_size=1,
    max_size=12,
).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_imports_or_raises_script_error(text):
    """Arbitrary text never crashes the import: it gives a script or a ScriptError."""
    try:
        result = import_question_list(text, source_name="any.md")
    except ScriptError as error:
        assert error.diagnostics
    else:
        assert result.prompt_count >= 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_MARKDOWNISH)
def test_whatever_is_imported_the_parser_reads_back_unchanged(text):
    """Every import, however odd its source, is a valid script with the same levels and prompts."""
    try:
        result = import_question_list(text, source_name="odd.md")
    except ScriptError:
        return
    script, diagnostics = read_script(result.markdown, file="odd.md")
    assert script is not None, [str(d) for d in diagnostics]
    assert script.title == result.title
    assert [(lv.title, lv.minutes) for lv in script.levels] == [
        (lv.title, lv.minutes) for lv in result.levels
    ]
    for level, imported_level in zip(script.levels, result.levels, strict=True):
        assert [(p.text, p.asked_by, p.topics) for p in level.prompts] == [
            (p.text, p.asked_by, p.topics) for p in imported_level.prompts
        ]
    assert all(1 <= entry.line <= len(re.split(r"\r\n|\r|\n", text)) for entry in result.left_out)
