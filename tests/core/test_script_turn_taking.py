"""Who speaks first at each level, the manager-and-report ceiling, and one-way prompts."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.core.scripts.model import Asker, FirstSpeaker, ScriptError, Severity
from belonging.core.scripts.parser import parse_script, read_script

E, W = Severity.ERROR, Severity.WARNING


def _doc(levels: list[str], front: str = "title: T") -> str:
    """A script with `front` as front matter (lines 1–3) and one level per heading suffix.

    Each level takes five lines: heading, blank, guidance, blank, one prompt with a lighter.
    The first heading is on line 4, the second on line 10, and so on.
    """
    body = "".join(
        f"## Level {n}{suffix}\n\n> g\n\n- Prompt {n}?\n    - Lighter: l{n}\n"
        for n, suffix in enumerate(levels, start=1)
    )
    return f"---\n{front}\n---\n{body}"


def _problems(text: str) -> list[tuple[int, Severity, str]]:
    """Every diagnostic for `text` as (line, severity, message)."""
    return [(d.line, d.severity, d.message) for d in read_script(text, file="test.md")[1]]


def _has(text: str, line: int, severity: Severity, fragment: str) -> bool:
    """Whether `text` has a diagnostic of `severity` on `line` whose message has `fragment`."""
    return any(
        (ln, sev) == (line, severity) and fragment in message
        for ln, sev, message in _problems(text)
    )


def test_first_names_who_answers_first_at_each_level():
    """`first=` in a heading sets the level's first speaker; a level without it has None."""
    text = _doc([" {: minutes=5 first=leader }", " {: first=Partner }", "", " {first='alternate'}"])
    script = parse_script(text, file="test.md")
    assert [level.first for level in script.levels] == [
        FirstSpeaker.LEADER,
        FirstSpeaker.PARTNER,
        None,
        FirstSpeaker.ALTERNATE,
    ]
    assert script.levels[0].minutes == 5
    assert script.warnings == ()


@pytest.mark.parametrize("value", ["boss", "both", "", "'me'", "leader,partner"])
def test_an_unknown_first_is_an_error_on_the_heading_naming_the_allowed_values(value):
    """A `first` that names no one stops the script, on the heading's line, saying what fits."""
    text = _doc(["", f" {{: first={value} }}"])
    assert _has(text, 10, E, 'bad first "'), _problems(text)
    message = next(m for ln, _, m in _problems(text) if ln == 10)
    assert all(f'"{who}"' in message for who in ("leader", "partner", "alternate"))
    with pytest.raises(ScriptError):
        parse_script(text, file="test.md")


def test_first_in_a_one_way_script_is_a_warning_and_ignored():
    """In a one-way script the leader always asks, so `first` is told and set aside."""
    text = _doc([" {: first=partner }"], front="title: T\nturns: one-way")
    assert _has(text, 5, W, "one-way"), _problems(text)  # two front-matter lines
    assert parse_script(text, file="test.md").levels[0].first is None


_FIRSTS = st.lists(st.one_of(st.none(), st.sampled_from(list(FirstSpeaker))), min_size=1)
_SPELLINGS = st.sampled_from(["first={}", "first='{}'", 'first="{}"', "FIRST={}"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_FIRSTS.flatmap(lambda firsts: st.tuples(st.just(firsts), st.lists(
    st.tuples(_SPELLINGS, st.booleans(), st.booleans()),
    min_size=len(firsts), max_size=len(firsts)))))  # fmt: skip
def test_any_valid_first_values_read_back_as_written(case):
    """Whatever valid `first` each level names, in whatever spelling, parsing gives it back."""
    firsts, spellings = case
    suffixes = []
    for first, (spelling, upper, with_minutes) in zip(firsts, spellings, strict=True):
        if first is None:
            suffixes.append(" {: minutes=3 }" if with_minutes else "")
            continue
        value = str(first).upper() if upper else str(first)
        minutes = " minutes=3" if with_minutes else ""
        suffixes.append(f" {{:{minutes} {spelling.format(value)} }}")
    script = parse_script(_doc(suffixes), file="test.md")
    assert [level.first for level in script.levels] == firsts


@pytest.mark.parametrize(("value", "levels"), [("1", 2), ("1", 4), ("3", 4)])
def test_a_ceiling_above_the_deepest_level_is_kept(value, levels):
    """A ceiling from 1 to one less than the number of levels is the script's ceiling."""
    text = _doc([""] * levels, front=f"title: T\nmanager_report_ceiling: {value}")
    assert parse_script(text, file="test.md").manager_report_ceiling == int(value)


def test_a_script_without_a_ceiling_has_none():
    """No `manager_report_ceiling` key means no ceiling."""
    assert parse_script(_doc(["", ""]), file="test.md").manager_report_ceiling is None


@pytest.mark.parametrize(
    ("value", "levels", "fragment"),
    [
        ("0", 3, 'bad manager_report_ceiling "0": give a whole number from 1 to 2'),
        ("-1", 3, 'bad manager_report_ceiling "-1"'),
        ("two", 3, 'bad manager_report_ceiling "two"'),
        ("1.5", 3, 'bad manager_report_ceiling "1.5"'),
        ("", 3, 'bad manager_report_ceiling ""'),
        ("３", 4, 'bad manager_report_ceiling "３"'),
        ("3", 3, "manager_report_ceiling 3 has no effect: the script has 3 levels"),
        ("9", 3, "give a whole number from 1 to 2"),
        ("1", 1, "a script of one level has no deeper level to hold back"),
    ],
)
def test_a_bad_ceiling_is_an_error_on_its_front_matter_line(value, levels, fragment):
    """A ceiling that is no level above the deepest stops the script, on the key's line."""
    text = _doc([""] * levels, front=f"title: T\nmanager_report_ceiling: {value}")
    assert _has(text, 3, E, fragment), _problems(text)
    with pytest.raises(ScriptError):
        parse_script(text, file="test.md")


ONE_WAY = "---\ntitle: T\n---\n## L\n\n> g\n\n- What can I do to support you?\n"


@pytest.mark.parametrize(
    ("label", "asker"),
    [("Asked by: leader", Asker.LEADER), ("asked by: Partner", Asker.PARTNER)],
)
def test_asked_by_makes_a_prompt_one_way(label, asker):
    """`Asked by:` names who asks the prompt; other prompts stay for both to answer."""
    text = ONE_WAY + f"    - Lighter: Anything small?\n    - {label}\n- Why?\n"
    first, second = parse_script(text, file="test.md").levels[0].prompts
    assert (first.asked_by, first.lighter) == (asker, "Anything small?")
    assert second.asked_by is None


@pytest.mark.parametrize(
    ("nested", "line", "fragment"),
    [
        ("    - Asked by: manager\n", 9, 'bad Asked by "manager": use "leader" or "partner"'),
        ("    - Asked by: both\n", 9, 'bad Asked by "both"'),
        ("    - Asked by:\n", 9, 'empty Asked by: write "leader" or "partner"'),
        ("    - Asked by: leader\n    - Asked by: leader\n", 10, "more than one Asked by"),
        ("    - Asked by: leader\n    - Asked by: partner\n", 10, "(the first is on line 9)"),
    ],
)
def test_a_bad_asked_by_is_an_error_on_its_line(nested, line, fragment):
    """An unknown asker, an empty one or a second one stops the script, on that item's line."""
    text = ONE_WAY + nested
    assert _has(text, line, E, fragment), _problems(text)


def test_asked_by_as_a_prompt_of_its_own_says_to_indent_it():
    """An `Asked by:` item at the top level is caught like the other labels."""
    text = ONE_WAY + "- Asked by: leader\n"
    assert _has(text, 9, E, 'starts with "Asked by:"'), _problems(text)


_WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü ", min_size=1, max_size=12).filter(str.strip),
    min_size=1,
    max_size=6,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_WORDS, st.sampled_from(list(Asker)))
def test_asked_by_never_changes_a_prompts_id(words, asker):
    """A pair's history keeps finding a prompt after an author makes it one-way."""
    prompt = " ".join(w.strip() for w in words) + "?"
    plain = f"# T\n\n## L\n\n> g\n\n- {prompt}\n"
    one_way = plain + f"    - Asked by: {asker}\n"
    (before,) = parse_script(plain, file="t.md").levels[0].prompts
    (after,) = parse_script(one_way, file="t.md").levels[0].prompts
    assert (after.id, after.asked_by) == (before.id, asker)
