"""Reading script files: what a good file becomes, and every problem reported on its line."""

import hashlib
import re
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.core.scripts.model import ScriptError, Severity, TurnMode
from belonging.core.scripts.parser import (
    INTERNAL_ERROR,
    load_script_file,
    parse_script,
    read_script,
    validate_script_file,
)

GOOD = textwrap.dedent(
    """\
    ---
    id: defining-moments
    title: Defining moments
    summary: Trade the stories that made you who you are.
    audience: mentor and mentee
    minutes: 40
    turns: one-way
    closing: What is *one* thing you heard today?
    ---

    Paragraphs before the first level are the **introduction**.

    ## Warm-up {: minutes=5 }

    > Keep it light.

    - What did you want to be when you were ten?
        - Follow-up: What became of that wish?
        - Follow-up: Who knew about it?
        - Lighter: What job would you try for a single day?
        - Topics: Childhood,  career ,childhood
    1. A *numbered* list works too.
        - Lighter: Something easier.

    ## Turning points {: minutes=15 }

    > Go only as far as feels right.
    > Saying less is fine.

    - Tell me about a moment after which you were never the same.
        - lighter: What trip changed how you see things?
    """
)


def _script(text: str, **kwargs):
    """Parses `text` as the file `test.md`."""
    return parse_script(text, file="test.md", **kwargs)


def _problems(text: str | bytes) -> list[tuple[int, Severity, str]]:
    """Every diagnostic for `text` as (line, severity, message)."""
    return [(d.line, d.severity, d.message) for d in read_script(text, file="test.md")[1]]


def _has(text: str | bytes, line: int, severity: Severity, fragment: str) -> bool:
    """Whether `text` has a diagnostic of `severity` on `line` whose message has `fragment`."""
    return any(
        (ln, sev) == (line, severity) and fragment in message
        for ln, sev, message in _problems(text)
    )


def test_good_script_reads_every_field():
    """Front matter, introduction, levels and prompts all land in the Script."""
    script = _script(GOOD)
    assert (script.id, script.title) == ("defining-moments", "Defining moments")
    assert script.summary == "Trade the stories that made you who you are."
    assert (script.audience, script.minutes, script.turns) == (
        "mentor and mentee",
        40,
        TurnMode.ONE_WAY,
    )
    assert script.closing == "What is *one* thing you heard today?"
    assert script.closing_html == "What is <em>one</em> thing you heard today?"
    assert script.introduction == "Paragraphs before the first level are the **introduction**."
    assert "<strong>introduction</strong>" in script.introduction_html
    assert script.warnings == ()
    assert [(lv.depth, lv.title, lv.minutes, lv.line) for lv in script.levels] == [
        (1, "Warm-up", 5, 13),
        (2, "Turning points", 15, 25),
    ]
    assert script.levels[1].guidance == "Go only as far as feels right.\nSaying less is fine."
    assert script.levels[0].guidance_html == "<p>Keep it light.</p>"


def test_good_script_reads_prompts_and_their_nudges():
    """Follow-ups, the lighter alternative and topics attach to their prompt, with lines."""
    first, second = _script(GOOD).levels[0].prompts
    assert first.text == "What did you want to be when you were ten?"
    assert first.follow_ups == ("What became of that wish?", "Who knew about it?")
    assert first.lighter == "What job would you try for a single day?"
    assert first.lighter_html == first.lighter
    assert first.topics == ("childhood", "career")
    assert (first.line, second.line) == (17, 22)
    assert second.text == "A *numbered* list works too."
    assert second.html == "A <em>numbered</em> list works too."
    assert _script(GOOD).levels[1].prompts[0].lighter == "What trip changed how you see things?"


def test_sha256_is_of_the_files_bytes_and_source_is_kept(tmp_path):
    """A conversation can record exactly which text it used, and where it came from."""
    path = tmp_path / "defining-moments.md"
    path.write_bytes(GOOD.encode("utf-8"))
    script = load_script_file(path, builtin=True)
    assert script.sha256 == hashlib.sha256(GOOD.encode("utf-8")).hexdigest()
    assert (script.source, script.builtin) == (path, True)
    assert _script(GOOD.encode("utf-8")).sha256 == script.sha256


def test_title_heading_and_file_name_stand_in_for_front_matter():
    """Without front matter the title comes from `# Title` and the id from the file name."""
    text = "# My *own* script\n\n## Only level\n\n> g\n\n- Why?\n    - Lighter: Or not?\n"
    script = parse_script(text, file="/somewhere/My Own Script.md")
    assert (script.id, script.title) == ("my-own-script", "My own script")
    assert script.introduction == ""
    assert parse_script(text, file="x.md", script_id="given-id").id == "given-id"


def test_setext_headings_loose_lists_and_lazy_lines_read_as_markdown_does():
    """Underlined headings, blank lines between items and wrapped lines are all understood."""
    text = textwrap.dedent(
        """\
        Title here
        ==========

        Warm-up
        -------

        > Guide line
        continued lazily

        - First prompt,
        wrapped onto a second line

            - Follow-up: and why?

        - Second prompt
        """
    )
    level = _script(text).levels[0]
    assert (level.title, level.line, level.guidance) == (
        "Warm-up",
        4,
        "Guide line\ncontinued lazily",
    )
    first, second = level.prompts
    assert (first.text, first.line, first.follow_ups) == (
        "First prompt,\nwrapped onto a second line",
        10,
        ("and why?",),
    )
    assert (second.text, second.line) == ("Second prompt", 15)


def test_windows_line_endings_keep_line_numbers():
    """CRLF files report the same lines as LF files."""
    text = GOOD.replace("    - Topics:", "    - Colour:")
    assert _has(text.replace("\n", "\r\n"), 21, Severity.ERROR, "unknown label")


def test_prompt_id_is_readable_and_depends_on_the_words_alone():
    """Ids keep working across reordering, markup and spacing changes; they fit in 40 chars."""
    one = "# T\n\n## L\n\n> g\n\n- What did you want to be when you were ten?\n- Other\n"
    two = "# T\n\n## L\n\n> g\n\n- Changed\n- What  did *you* want to be\n  when you were TEN?\n"
    (first_id, _), (_, second_id) = (
        [p.id for p in _script(t).levels[0].prompts] for t in (one, two)
    )
    assert first_id == second_id
    assert re.fullmatch(r"what-did-you-want-to-be-when-you-[0-9a-f]{6}", first_id)
    assert len(first_id) <= 40
    assert _script(one).levels[0].prompts[1].id.startswith("other-")


def test_raw_html_in_a_prompt_is_escaped():
    """A prompt's HTML never carries the author's tags."""
    text = "# T\n\n## L\n\n> g\n\n- Hi <script>x()</script> ![pic](http://e.com/p.png)\n"
    prompt = _script(text).levels[0].prompts[0]
    assert "<script" not in prompt.html
    assert "&lt;script&gt;" in prompt.html
    assert "<img" not in prompt.html


def _doc(body: str, front: str = "title: T") -> str:
    """A script with `front` as front matter (lines 1–3) and `body` from line 4."""
    return f"---\n{front}\n---\n{body}"


LEVEL = "## Level\n\n> g\n\n"  # lines 4-7 of _doc(LEVEL + ...)
PROMPT = "- Why?\n    - Lighter: x\n"  # lines 8-9 of _doc(LEVEL + PROMPT + ...)
E, W = Severity.ERROR, Severity.WARNING


def _case(name, body, line, severity, fragment, front="title: T"):
    """One problem: a script whose front matter is `front` and body `body`, and what to expect."""
    return pytest.param(_doc(body, front), line, severity, fragment, id=name)


PROBLEMS = [
    _case("unknown-label", LEVEL + PROMPT + "    - Colour: x\n", 10, E, 'unknown label "Colour"'),
    _case("no-label", LEVEL + "- Why?\n    - no label at all\n", 9, E, "unknown label"),
    _case("bare-marker", LEVEL + PROMPT + "-\n- B?\n    - Lighter: y\n", 10, E, "empty prompt"),
    _case("blank-prompt", LEVEL + PROMPT + "- &nbsp;\n", 10, E, "empty prompt"),
    _case("same-prompt", LEVEL + PROMPT + "- *why*?\n    - Lighter: y\n", 10, E, "line 8"),
    _case("two-lighters", LEVEL + PROMPT + "    - Lighter: y\n", 10, E, "more than one Lighter"),
    _case("empty-follow-up", LEVEL + PROMPT + "    - Follow-up:\n", 10, E, "empty Follow-up"),
    _case("empty-lighter", LEVEL + "- Why?\n    - Lighter:   \n", 9, E, "empty Lighter"),
    _case("empty-topics", LEVEL + PROMPT + "    - Topics: , ,\n", 10, E, "empty Topics"),
    _case("two-space-nesting", LEVEL + "- Why?\n  - Lighter: x\n", 9, E, "indent it by 4 spaces"),
    _case("no-prompts", "## Level\n\n> g\n", 4, E, "has no prompts"),
    _case("same-level", LEVEL + PROMPT + "\n" + LEVEL + "- B?\n", 11, E, "duplicate level title"),
    _case("level-minutes-0", "## L {: minutes=0 }\n\n" + PROMPT, 4, E, 'bad level minutes "0"'),
    _case("level-minutes-ten", "## L {: minutes=ten }\n\n" + PROMPT, 4, E, "bad level minutes"),
    _case("minutes-241", LEVEL + PROMPT, 3, E, 'bad minutes "241"', "title: T\nminutes: 241"),
    _case("minutes-1.5", LEVEL + PROMPT, 3, E, "bad minutes", "title: T\nminutes: 1.5"),
    _case("bad-id", LEVEL + PROMPT, 3, E, 'bad id "Not_An_Id"', "title: T\nid: Not_An_Id"),
    _case("bad-turns", LEVEL + PROMPT, 3, E, 'bad turns "often"', "title: T\nturns: often"),
    _case("not-key-value", LEVEL + PROMPT, 3, E, "key: value", "title: T\njust words"),
    _case("no-title", LEVEL + PROMPT, 1, E, "no title", "summary: no title"),
    _case("no-levels", "Only an introduction.\n", 1, E, "no levels"),
    pytest.param("---\ntitle: T\n\n## L\n\n- A?\n", 1, E, "never closed", id="unclosed"),
    pytest.param("", 1, E, "empty", id="empty-file"),
    pytest.param(" \n\n\t\n", 1, E, "empty", id="blank-file"),
    _case("unknown-key", LEVEL + PROMPT, 3, W, 'front-matter key "hue"', "title: T\nhue: x"),
    _case("list-first", "\n- stray\n\n" + LEVEL + PROMPT, 5, W, "list before the first level"),
    _case("stray-text", LEVEL + PROMPT + "\nA loose paragraph.\n", 11, W, "ignored"),
    _case("late-quote", LEVEL + PROMPT + "\n> A late quote.\n", 11, W, "ignored"),
    _case("no-guidance", "## Level\n\n" + PROMPT, 4, W, "no guidance"),
    _case("no-lighter", LEVEL + "- Why?\n", 8, W, 'no "Lighter:"'),
    _case("level-attribute", "## L {: hue=red }\n\n> g\n\n" + PROMPT, 4, W, "unknown level attr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line", "severity", "fragment"), PROBLEMS)
def test_each_problem_is_reported_on_its_line(text, line, severity, fragment):
    """Every kind of problem names its line, so an author can jump straight to it."""
    assert _has(text, line, severity, fragment), _problems(text)


@pytest.mark.parametrize(
    ("text", "line", "severity", "fragment"),
    [p for p in PROBLEMS if p.values[2] is Severity.ERROR],
)
def test_errors_stop_the_script_and_are_all_raised(text, line, severity, fragment):
    """parse_script raises ScriptError carrying the error, and errors only."""
    with pytest.raises(ScriptError) as raised:
        _script(text)
    assert any(d.line == line and fragment in d.message for d in raised.value.diagnostics)
    assert all(d.severity is Severity.ERROR for d in raised.value.diagnostics)


@pytest.mark.parametrize(
    ("text", "line", "severity", "fragment"),
    [p for p in PROBLEMS if p.values[2] is Severity.WARNING],
)
def test_warnings_let_the_script_load_and_are_kept_on_it(text, line, severity, fragment):
    """A script with warnings only loads, and carries them in Script.warnings."""
    script = _script(text)
    assert any(w.line == line and fragment in w.message for w in script.warnings)


def test_every_error_in_a_file_is_reported_at_once():
    """Authors see all the errors in one go, not one per run."""
    text = _doc(LEVEL + "- Why?\n    - Colour: x\n-\n", "title: T\nminutes: 2")
    lines = {d.line for d in read_script(text, file="test.md")[1] if d.severity is Severity.ERROR}
    assert {3, 10, 11} <= lines


def test_two_deepest_levels_need_lighters_but_lighter_levels_do_not():
    """Only prompts in the two deepest levels are warned about a missing Lighter."""
    levels = "".join(f"## L{n}\n\n> g\n\n- Prompt {n}?\n\n" for n in range(1, 4))
    warned = {ln for ln, sev, msg in _problems(_doc(levels)) if 'no "Lighter:"' in msg}
    assert warned == {14, 20}


def test_not_utf8_is_reported_on_the_line_of_the_first_bad_byte():
    """Bytes that are not UTF-8 are an error naming the line of the first bad one."""
    data = b"---\ntitle: T\n---\n\n## L\n\n- caf\xe9?\n- \xff\n"
    assert _problems(data) == [(7, Severity.ERROR, _problems(data)[0][2])]
    assert "UTF-8" in _problems(data)[0][2]


def test_a_byte_order_mark_is_not_an_error():
    """Files saved by editors that write a UTF-8 BOM read normally."""
    assert _script(b"\xef\xbb\xbf" + GOOD.encode("utf-8")).id == "defining-moments"


def test_deep_nesting_is_a_diagnostic_not_a_crash():
    """Pathological nesting becomes a ScriptError, never a RecursionError."""
    nested = "".join("    " * depth + "- x\n" for depth in range(400))
    with pytest.raises(ScriptError):
        _script(_doc(LEVEL + nested))


def test_validate_script_file_returns_errors_and_warnings(tmp_path):
    """validate_script_file gives everything, errors and warnings, without raising."""
    path = tmp_path / "s.md"
    path.write_text(_doc("## L\n\n- Why?\n    - Colour: x\n"), encoding="utf-8")
    found = {(d.line, d.severity) for d in validate_script_file(path)}
    assert {(4, Severity.WARNING), (7, Severity.ERROR)} <= found
    assert all(d.file == str(path) for d in validate_script_file(path))


def test_an_unreadable_file_is_a_diagnostic(tmp_path):
    """A missing file or a folder is reported, not raised."""
    for path in (tmp_path / "missing.md", tmp_path):
        (diagnostic,) = validate_script_file(path)
        assert diagnostic.severity is Severity.ERROR
        assert "cannot read" in diagnostic.message
    with pytest.raises(ScriptError):
        load_script_file(tmp_path / "missing.md")


def _check_never_crashes(data: str | bytes) -> None:
    """Reading `data` gives a Script or a ScriptError with in-range lines, nothing else."""
    try:
        script = parse_script(data, file="fuzz.md")
    except ScriptError as error:
        assert error.diagnostics
        assert all(not d.message.startswith(INTERNAL_ERROR) for d in error.diagnostics)
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        line_count = len(re.split(r"\r\n|\r|\n", text))
        assert all(1 <= d.line <= line_count for d in error.diagnostics)
    else:
        assert script.levels


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_raise_anything_but_script_error(data):
    """No bytes whatsoever make the parser crash."""
    _check_never_crashes(data)


_PIECES = st.sampled_from(
    [
        "---", "title: T", "id: x", "minutes: 10", "turns: both", "closing: c", "# T", "## L",
        "## L {: minutes=5 }", "## ", "> g", ">", "- p", "-", "* p", "1. p", "    - Follow-up: f",
        "    - Lighter: l", "    - Topics: a, b", "    - Nope: x", "        - deeper", "", "   ",
        "text", "<b>x</b>", "![i](x)", "[l](javascript:x)", "    code", "\t- tab", "===", "***",
        "[r]: http://x", "#", "  - Lighter: x", "\ue000", "\r", "\x00", "- - -", "> - p", "- > q",
        "{: minutes=x }", "\u2028",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=30).map("\n".join))
def test_random_markdownish_text_never_raises_anything_but_script_error(text):
    """No Markdown-like text, however broken, makes the parser crash."""
    _check_never_crashes(text)


_ITEMS = st.sampled_from(
    [
        "- What is it?", "- Why {i}?", "1. How {i}?", "* Who {i}?", "    - Follow-up: f{i}",
        "    - Lighter: l{i}", "", "## Level {i}", "> guide {i}", "continued {i}", "    para {i}",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ITEMS, max_size=30))
def test_prompt_lines_point_at_their_list_item(items):
    """Whatever the layout, each prompt's line is the line its list item starts on."""
    text = "# T\n\n" + "\n".join(item.format(i=index) for index, item in enumerate(items))
    script, _ = read_script(text, file="lines.md")
    lines = text.split("\n")
    for level in script.levels if script else ():
        assert lines[level.line - 1].startswith("## ")
        for prompt in level.prompts:
            source = lines[prompt.line - 1]
            assert re.match(r"\s*([-*+]|\d+\.)( |$)", source)
            assert prompt.text.split("\n")[0] in source
