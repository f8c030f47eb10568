"""Importing Markdown question lists written by others: what is kept, what is left out, and why.

The two real samples live in shared/samples/question-banks beside the checkout. Everything the
import writes must also be read back by our own parser, with the same levels and prompts.
"""

import re
from pathlib import Path
from textwrap import dedent

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.core.markdown_render import plain_text
from belonging.core.scripts.importing.importer import ImportResult, import_question_list
from belonging.core.scripts.model import Script, ScriptError
from belonging.core.scripts.parser import parse_script, read_script

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "question-banks"
needs_samples = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"the shared question-bank samples are not at {SAMPLES}"
)

#: The seven question categories of each sample, as its headings name them (from the issue).
CATEGORIES = {
    "1on1-questions.en.md": (
        "About Manager",
        "Career development",
        "Conversation starters",
        "Job satisfaction",
        "Other",
        "Team and company",
        "Work-life",
    ),
    "1on1-questions.ja.md": (
        "マネージャについて",
        "キャリア開発",
        "会話のきっかけ",
        "働きがい",
        "その他",
        "チームと会社",
        "ワーク・ライフ",
    ),
}


def _import(markdown: str, **kwargs) -> ImportResult:
    return import_question_list(dedent(markdown), source_name="questions.md", **kwargs)


def _parsed(result: ImportResult) -> Script:
    """The imported script read back by our parser, which must accept it."""
    return parse_script(result.markdown, file="imported.md")


def _prompts(result: ImportResult) -> list[str]:
    return [prompt for level in result.levels for prompt in level.prompts]


def _reason(result: ImportResult, line: int) -> str:
    reasons = [entry.reason for entry in result.left_out if entry.line == line]
    assert reasons, f"nothing on line {line} was reported as left out"
    return reasons[0]


def _sample_sections(text: str) -> dict[str, tuple[int, list[tuple[int, str]], list[int]]]:
    """Each `## ` section of a sample: its heading line, its list items and its paragraphs.

    Read plainly, line by line, so the test does not lean on the importer's own reading. A
    paragraph is known by its first line.
    """
    sections: dict[str, tuple[int, list[tuple[int, str]], list[int]]] = {}
    current = None
    previous = ""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("## "):
            current = sections.setdefault(line[3:].strip(), (number, [], []))
        elif current is not None and (item := re.match(r"(?:[*+-]|\d+\.) (.*)", line)):
            current[1].append((number, item.group(1).strip()))
        elif current is not None and line.strip() and not previous.strip():
            current[2].append(number)
        previous = line
    return sections


def _as_written(item: str) -> str:
    """A source item as a prompt is written: runs of ASCII spaces folded, ends trimmed."""
    return re.sub(r"[ \t]+", " ", item.strip())


@needs_samples
@pytest.mark.parametrize("name", sorted(CATEGORIES))
def test_sample_imports_every_question_of_its_seven_categories(name):
    """A real page's seven categories become levels holding every one of their questions."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    sections = _sample_sections(text)
    categories = CATEGORIES[name]
    result = import_question_list(text, source_name=name)

    assert [level.title for level in result.levels] == list(categories)
    for level in result.levels:
        expected = [_as_written(item) for _, item in sections[level.title][1]]
        assert expected, f"the sample has no items under {level.title!r}"
        assert list(level.prompts) == expected
    assert result.level_count == 7
    assert result.prompt_count == sum(len(sections[c][1]) for c in categories)


@needs_samples
@pytest.mark.parametrize("name", sorted(CATEGORIES))
def test_sample_leaves_out_contents_faq_contributing_and_app_links(name):
    """The table of contents, FAQ, contributing steps and app links are reported, not kept."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    sections = _sample_sections(text)
    result = import_question_list(text, source_name=name)
    left_lines = {entry.line for entry in result.left_out}

    others = [title for title in sections if title not in CATEGORIES[name]]
    assert len(others) == 4  # Applications, Table of Contents, FAQ, Contributing
    for title in others:
        heading_line, items, other_lines = sections[title]
        assert heading_line in left_lines, title
        for line, item in items:
            assert line in left_lines, (title, item)
            assert item not in result.markdown, (title, item)
        assert set(other_lines) <= left_lines, title
    body = result.markdown.split("---\n", 2)[2]
    allowed = {f"## {c}" for c in CATEGORIES[name]}
    for line in filter(None, body.split("\n")):
        assert line in allowed or line.startswith("- "), line
    category_lines = {line for c in CATEGORIES[name] for line, _ in sections[c][1]}
    assert not category_lines & left_lines


@needs_samples
@pytest.mark.parametrize("name", sorted(CATEGORIES))
def test_sample_import_is_read_back_by_the_parser(name):
    """Our parser reads the imported sample with the same title, levels and prompts."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    result = import_question_list(text, source_name=name)
    script = _parsed(result)

    assert script.id == result.script_id
    assert script.title == result.title == "1 on 1 Meeting Questions"
    assert name in script.summary
    assert [level.title for level in script.levels] == list(CATEGORIES[name])
    for level, imported in zip(script.levels, result.levels, strict=True):
        assert tuple(prompt.text for prompt in level.prompts) == imported.prompts
    assert script.prompt_count == result.prompt_count


@needs_samples
def test_sample_keeps_inline_markdown_of_questions():
    """Emphasis inside a question survives the import and renders as emphasis."""
    text = (SAMPLES / "1on1-questions.en.md").read_text(encoding="utf-8")
    source_line = next(line for line in text.split("\n") if "*crazy*" in line)
    result = import_question_list(text, source_name="1on1-questions.en.md")

    assert f"- {source_line[2:]}" in result.markdown.split("\n")
    prompt = next(p for level in _parsed(result).levels for p in level.prompts if "crazy" in p.text)
    assert "<em>crazy</em>" in prompt.html


# --- What reads as a prompt ------------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "How was your week?",
        "調子はどう？",
        "Who do you admire? (People often admire those they want to become)",
        "So, what's on your mind? (or Anything on your mind?)",
        "今日二人で一番話し合わなければいけないことは何でしょうか。",
        "前回の1on1以降で新しく学んだことを教えてください。",
        "Tell me about something new you learned since we met last.",
        "Describe a day at work you would happily repeat.",
        "Share a story from your first job.",
        "Walk me through your process",
        "What are your goals (for our group for you personally)",
        "Do you feel supported by the team",
    ],
)
def test_questions_and_invitations_are_kept(item):
    """Questions (with or without their mark) and invitations to tell a story are prompts."""
    result = _import(f"## Level\n- {item}\n")
    assert _prompts(result) == [item]
    assert result.left_out == ()


@pytest.mark.parametrize(
    ("item", "reason_part"),
    [
        ("[About Manager](#about-manager)", "table of contents"),
        ("[Docs](https://example.com/docs) | [Site](https://example.com)", "only a link"),
        ("https://example.com/questions", "web address"),
        ("It can be directly consumed by apps", "statement"),
        ("Add your question to `questions.json`.", "instruction"),
    ],
)
def test_items_that_do_not_ask_are_left_out_with_a_reason(item, reason_part):
    """Links, anchor lists, bare addresses, statements and instructions are not prompts."""
    result = _import(f"## Level\n- What do you need from me?\n- Why?\n- {item}\n")
    assert _prompts(result) == ["What do you need from me?", "Why?"]
    assert reason_part in _reason(result, 4)


def test_numbered_steps_are_left_out_as_a_section():
    """A numbered list of steps ("Fork repo") is left out, and its section with it."""
    result = _import(
        """\
        ## Questions
        - What went well?

        ## Contributing
        1. Fork repo
        2. Add your question
        3. Create new Pull Request
        """
    )
    assert [level.title for level in result.levels] == ["Questions"]
    assert "section left out" in _reason(result, 4)
    assert all("numbered step" in _reason(result, line) for line in (5, 6, 7))


def test_prose_paragraphs_are_left_out_even_when_they_ask():
    """A paragraph is prose, not a prompt, even an FAQ question written as one."""
    result = _import("Why is there also a JSON file?\n\n## Level\n- What helps you focus?\n")
    assert _prompts(result) == ["What helps you focus?"]
    assert _reason(result, 1) == "a paragraph, not a list item"


def test_a_section_mostly_of_non_prompts_is_left_out_whole():
    """One question among statements does not make an FAQ a level; the reason names it."""
    result = _import(
        """\
        ## Questions
        - What drains your energy?
        ## FAQ
        - Can I use it offline?
        - It works without a network
        - The data stays on your computer
        """
    )
    assert _prompts(result) == ["What drains your energy?"]
    assert "only 1 of 3" in _reason(result, 3)
    assert "section left out" in _reason(result, 4)


def test_a_section_mostly_of_prompts_keeps_them_and_reports_the_rest():
    """A stray statement in a list of questions is left out alone; the level stays."""
    result = _import("## Level\n- Note: pick any three\n- What surprised you?\n- Why?\n")
    assert _prompts(result) == ["What surprised you?", "Why?"]
    assert "statement" in _reason(result, 2)


def test_inline_markdown_of_a_question_is_kept_as_written():
    """Emphasis, code and links inside a question are written back untouched."""
    item = "What would be *crazy* not to try with `make`, per [the book](https://example.com)?"
    result = _import(f"## Level\n- {item}\n")
    assert f"- {item}" in result.markdown.split("\n")
    prompt = _parsed(result).levels[0].prompts[0]
    assert prompt.text == item
    assert "<em>crazy</em>" in prompt.html


def test_nested_items_become_follow_ups_and_keep_our_labels():
    """Unlabelled nested items are follow-ups; Lighter and Topics keep their meaning."""
    result = _import(
        """\
        ## Level
        - What was your first job?
          - What did it teach you?
            - Who taught you most?
          - lighter: What was your first paid task?
          - Lighter: A second lighter one?
          - Topics: Career, childhood
          - topics: career
        """
    )
    prompt = _parsed(result).levels[0].prompts[0]
    assert prompt.follow_ups == ("What did it teach you?", "Who taught you most?")
    assert prompt.lighter == "What was your first paid task?"
    assert prompt.topics == ("career", "childhood")
    assert "only one" in _reason(result, 6)


def test_a_label_over_nested_questions_gives_way_to_them():
    """ "Career:" over a nested list of questions leaves the questions as prompts."""
    result = _import("## Level\n- Career:\n  - Where do you want to be?\n  - Why?\n")
    assert _prompts(result) == ["Where do you want to be?", "Why?"]
    assert "label" in _reason(result, 2)


def test_duplicate_questions_keep_the_first_and_report_the_others():
    """The same question twice (case and markup aside) is kept once: "duplicate of line N"."""
    result = _import(
        """\
        ## One
        - How are you?
        - Why?
        ## Two
        - **How** are YOU?
        - What next?
        """
    )
    assert _prompts(result) == ["How are you?", "Why?", "What next?"]
    assert _reason(result, 5) == "duplicate of line 2"
    assert _parsed(result).prompt_count == 3


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
    result = _import(f"## Level\n- {item}\n")
    prompt = _parsed(result).levels[0].prompts[0]
    assert plain_text(prompt.text) == item


@pytest.mark.parametrize("heading", ["Curly {: braces } inside", "C#", "Ends in {braces}", "A\\"])
def test_headings_our_format_would_misread_are_escaped(heading):
    """A level title with braces or closing hashes keeps them and gets no attributes."""
    result = _import(f"## {heading}\n- What matters?\n")
    level = _parsed(result).levels[0]
    assert level.title == result.levels[0].title == heading
    assert level.minutes is None


def test_heading_attribute_lists_of_other_tools_are_dropped():
    """kramdown and pandoc heading ids ("{#id}") are not part of the title."""
    result = _import("## Warm-up {#warm}\n- What matters?\n")
    assert result.levels[0].title == "Warm-up"


def test_repeated_level_titles_are_told_apart():
    """Two sections with one title become two levels the parser accepts."""
    result = _import("## Other\n- Why?\n## Other\n- How?\n")
    assert [level.title for level in _parsed(result).levels] == ["Other", "Other (2)"]


# --- Title, id, structure --------------------------------------------------------------------


def test_title_and_id_come_from_the_heading_and_summary_names_the_source():
    """The `# ` heading gives the title, its slug the id; the summary says where it came from."""
    result = import_question_list(
        "# Great 1:1 Questions!\n## Level\n- Why?\n", source_name="/home/me/Downloads/q.md"
    )
    script = _parsed(result)
    assert (script.title, script.id) == ("Great 1:1 Questions!", "great-1-1-questions")
    assert script.summary == "Imported from q.md."


def test_without_a_title_heading_the_file_name_gives_title_and_id():
    """A page with no `# ` heading is named after its file."""
    result = import_question_list("## Level\n- Why?\n", source_name="team-questions.md")
    assert (result.title, result.script_id) == ("team-questions", "team-questions")


def test_a_title_without_latin_letters_takes_its_id_from_the_file_name():
    """A Japanese title still gets an id our format accepts."""
    result = import_question_list("# 質問集\n## レベル\n- 元気ですか？\n", source_name="ja-list.md")
    assert (result.title, result.script_id) == ("質問集", "ja-list")
    assert _parsed(result).title == "質問集"


def test_a_given_id_is_used_and_a_bad_one_refused():
    """The caller may choose the id; one our format would refuse is a ScriptError."""
    assert _import("## L\n- Why?\n", script_id="mine").script_id == "mine"
    with pytest.raises(ScriptError) as error:
        _import("## L\n- Why?\n", script_id="Not Valid")
    assert error.value.diagnostics[0].file == "questions.md"


def test_nothing_that_reads_as_a_prompt_is_a_script_error():
    """A page without a single prompt is refused with a diagnostic naming the source."""
    with pytest.raises(ScriptError) as error:
        _import("# Notes\n\nJust prose.\n\n- A statement\n- [A link](#a)\n")
    assert error.value.diagnostics[0].file == "questions.md"
    assert "prompt" in error.value.diagnostics[0].message


def test_list_items_before_any_heading_make_one_level():
    """A bare list of questions is a script of one level."""
    result = import_question_list("- Why?\n- How?\n", source_name="plain.md")
    assert [level.title for level in _parsed(result).levels] == ["Questions"]
    assert result.prompt_count == 2


def test_setext_bold_and_h1_headings_become_levels():
    """Underlined headings, bold lines over lists and `# ` per category all make levels."""
    result = import_question_list(
        dedent(
            """\
            # Warm-up
            - Why?
            # Deeper
            **Turning points**
            - How?

            Trust
            -----
            - What helps?
            """
        ),
        source_name="mixed.md",
    )
    assert [level.title for level in result.levels] == ["Warm-up", "Turning points", "Trust"]
    assert result.title == "mixed"
    assert "no prompts of its own" in _reason(result, 3)


def test_code_front_matter_and_comments_are_not_read_as_prompts():
    """Fenced code and HTML comments are left out; front matter gives only the title."""
    result = _import(
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
    assert _prompts(result) == ["Is this real?"]
    assert {entry.line for entry in result.left_out} == {1, 5, 8}


def test_tables_and_quotes_are_left_out_as_what_they_are():
    """A table or a block quote is reported by its kind, not read for prompts."""
    result = _import(
        """\
        ## Level
        | Question | Why? |
        |----------|------|
        > Is this a quote?

        - What matters most?
        """
    )
    assert _prompts(result) == ["What matters most?"]
    assert _reason(result, 2) == "a table, not a list item"
    assert _reason(result, 4) == "a block quote, not a list item"


def test_items_nested_under_a_left_out_item_are_reported_with_it():
    """What hangs under a left-out item is reported too, pointing at its parent's line."""
    result = _import("## L\n- Why?\n- How?\n- See the docs\n  - They explain it all\n")
    assert _prompts(result) == ["Why?", "How?"]
    assert _reason(result, 5) == "nested under line 4, which was left out"


def test_left_out_lines_count_every_newline_convention():
    """Line numbers match the editor's with CRLF and CR line ends alike."""
    result = _import("## L\r\n- Why?\r- [A](#a)\r\n- How?\n")
    assert _reason(result, 3).startswith("a link to a heading")


# --- Properties ------------------------------------------------------------------------------

_FRAGMENTS = [
    "# ", "## ", "- ", "* ", "1. ", "    - ", "  * ", "> ", "```", "| a | b |", "---", "===",
    "Follow-up: ", "Lighter: ", "Topics: ", "{: minutes=5 }", "{", "}", "#", "?", "？", "か。",
    "Tell me ", "What are you ", "[x](#y)", "[x]: ", "https://a.b/?q=1", "**bold**", "*", "_",
    "`", "\\", "<!--", "-->", "<b>", "&amp;", "\ue000", "\x02", "\u2028", "\t", "\r", "教えて",
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


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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
    assert [level.title for level in script.levels] == [level.title for level in result.levels]
    assert [tuple(p.text for p in level.prompts) for level in script.levels] == [
        level.prompts for level in result.levels
    ]
    assert all(1 <= entry.line <= len(re.split(r"\r\n|\r|\n", text)) for entry in result.left_out)
