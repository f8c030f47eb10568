"""The scripts shipped with the app meet the bar every script author is held to, and more."""

import re

import pytest

from belonging.core.scripts.ids import normalise_prompt_text
from belonging.core.scripts.library import ScriptLibrary
from belonging.core.scripts.model import FirstSpeaker, TurnMode
from belonging.core.scripts.parser import load_script_file, read_script, validate_script_file
from belonging.resources import builtin_scripts_dir

SCRIPT_FILES = sorted(p for p in builtin_scripts_dir().glob("*.md") if p.name != "README.md")
SPANISH_DIR = builtin_scripts_dir() / "es"
SPANISH_FILES = sorted(SPANISH_DIR.glob("*.md"))
#: Every built-in script file in every language, the English ones first.
ALL_FILES = SCRIPT_FILES + SPANISH_FILES

#: Topics a pair is most likely to keep off limits; a prompt touching one must offer a way out.
SENSITIVE_TOPICS = {"health", "money", "family", "faith", "identity", "loss"}

#: Wording taken out of the library because it invited a disclosure a manager should not
#: extract, assumed a life the person may not have, or repeated a prompt of another script.
RETIRED_WORDING = [
    "What's something about your life outside work that it would help me to know",
    "Think of a job or team you left. What made you go?",
    "Whose idea was it first, yours or someone else's?",
    "What was always in the cupboard or the fridge when you were growing up?",
    "What did the adults around you do for work",
    "Think of someone whose loss or leaving changed the shape of your life.",
    "Who from your past would you love to have a coffee with again?",
    "Tell me about a low point in your life",
    "What do you know about yourself now because of it?",
    "How did the grown-ups around you, when you were young, handle needing help?",
    "What would make you think about leaving a job",
    "Which part of yourself did you use to play down at work",
    "What was your first paid job",
    "Tell me about a decision that looked small at the time",
    "When you're stuck, how long do you usually wait before asking someone for help?",
    "How do you decide you've wrestled with something alone for long enough",
]


def _library() -> ScriptLibrary:
    """The built-in scripts as the app loads them, without any user folder."""
    return ScriptLibrary()


def _file_id(path) -> str:
    """A test id naming the file with its language folder, such as `es/defining-moments`."""
    return path.stem if path.parent == builtin_scripts_dir() else f"{path.parent.name}/{path.stem}"


def _prompts(script):
    """Every prompt of `script`, level by level."""
    return [prompt for level in script.levels for prompt in level.prompts]


def test_there_are_enough_builtin_scripts_and_prompts():
    """At least twelve scripts and 330 prompts load, so there is real choice from day one."""
    library = _library()
    assert library.problems == ()
    assert len(library) >= 12
    assert sum(script.prompt_count for script in library.scripts) >= 330


@pytest.mark.parametrize("path", ALL_FILES, ids=_file_id)
def test_builtin_script_has_no_errors_or_warnings(path):
    """Each built-in validates cleanly: no error, and no warning an author would be shown."""
    problems = [str(d) for d in validate_script_file(path)]
    assert problems == []


@pytest.mark.parametrize("path", ALL_FILES, ids=_file_id)
def test_builtin_script_goes_deeper_gradually_and_safely(path):
    """3–5 levels with guidance and minutes, a Lighter on every deep prompt, a closing."""
    script = load_script_file(path, builtin=True)
    assert 3 <= len(script.levels) <= 5
    assert all(level.guidance.strip() for level in script.levels)
    assert all(level.minutes for level in script.levels)
    for level in script.levels[-2:]:
        assert all(prompt.lighter for prompt in level.prompts), level.title
    assert script.closing
    assert script.id == path.stem
    assert script.summary
    assert script.audience


@pytest.mark.parametrize("path", ALL_FILES, ids=_file_id)
def test_sensitive_prompts_offer_a_lighter_alternative(path):
    """A prompt about health, money, family, faith, identity or loss always has a way out."""
    script = load_script_file(path, builtin=True)
    for prompt in _prompts(script):
        if SENSITIVE_TOPICS & set(prompt.topics):
            assert prompt.lighter, prompt.text


@pytest.mark.parametrize("path", ALL_FILES, ids=_file_id)
def test_any_sensitive_topic_can_be_kept_off_limits_at_every_level(path):
    """Ruling out one sensitive topic still leaves every level something to offer."""
    script = load_script_file(path, builtin=True)
    for topic in SENSITIVE_TOPICS:
        for level in script.levels:
            assert any(topic not in p.topics for p in level.prompts), (topic, level.title)


def test_retired_wording_is_gone():
    """The prompts rewritten for safety or left out as duplicates no longer appear anywhere."""
    texts = {path.stem: " ".join(path.read_text(encoding="utf-8").split()) for path in SCRIPT_FILES}
    for wording in RETIRED_WORDING:
        holders = [stem for stem, text in texts.items() if wording in text]
        assert holders == [], wording


@pytest.mark.parametrize("folder", [builtin_scripts_dir(), SPANISH_DIR], ids=["en", "es"])
def test_no_two_prompts_in_the_library_share_their_words(folder):
    """Across every built-in script of a language, no prompt or lighter repeats another's words."""
    seen: dict[str, str] = {}
    for script in ScriptLibrary(builtin_dir=folder).scripts:
        for prompt in _prompts(script):
            for text in filter(None, (prompt.text, prompt.lighter)):
                words = normalise_prompt_text(text)
                assert words not in seen, f"{script.id}: {text!r} repeats {seen[words]}"
                seen[words] = script.id


def _for_managers(script) -> bool:
    """Whether the script is meant for a manager and their report, both answering."""
    return "manager" in script.audience.lower() and script.turns is TurnMode.BOTH


def test_the_leader_answers_first_on_the_deeper_levels():
    """For a manager and a report, the leader takes the first risk on the last two levels."""
    scripts = [s for s in _library().scripts if _for_managers(s)]
    assert len(scripts) >= 8
    for script in scripts:
        assert [lv.first for lv in script.levels[-2:]] == [FirstSpeaker.LEADER] * 2, script.id
        assert "answers first" in " ".join(script.introduction.split()), script.id


def test_the_heaviest_scripts_hold_a_manager_and_report_before_the_deepest_level():
    """Low points and what we keep to ourselves stay out of reach unless both choose them."""
    library = _library()
    for script_id in ("defining-moments", "struggles-and-support"):
        script = library.get(script_id)
        assert script is not None
        assert script.manager_report_ceiling == len(script.levels) - 1 == 4


def test_questions_only_a_leader_can_ask_are_one_way():
    """Prompts asking what the manager or mentor could do better are asked by the leader."""
    one_way = [
        p.text
        for s in _library().scripts
        for p in _prompts(s)
        if re.match(r"What could I (do|have done)\b", p.text)
    ]
    assert len(one_way) >= 4
    by_text = {p.text: p for s in _library().scripts for p in _prompts(s)}
    assert all(by_text[text].asked_by is not None for text in one_way), one_way


def test_readme_example_is_a_valid_script():
    """The example in the authors' reference parses without a single problem."""
    readme = (builtin_scripts_dir() / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```markdown\n(.*?)```", readme, re.DOTALL)
    assert example is not None
    script, diagnostics = read_script(example.group(1), file="README example")
    assert diagnostics == []
    assert script is not None


def _shape(script):
    """What a translation must keep: ids, timing, turns, ceiling, and each prompt's settings."""
    return {
        "id": script.id,
        "minutes": script.minutes,
        "turns": script.turns,
        "ceiling": script.manager_report_ceiling,
        "levels": [
            {
                "minutes": level.minutes,
                "first": level.first,
                "prompts": [
                    (p.topics, p.asked_by, p.lighter is not None, len(p.follow_ups))
                    for p in level.prompts
                ],
            }
            for level in script.levels
        ],
    }


def test_every_script_has_a_spanish_twin():
    """Each English script has a Spanish file of the same name, and Spanish has no extra one."""
    assert [p.name for p in SPANISH_FILES] == [p.name for p in SCRIPT_FILES]


def test_the_spanish_folder_loads_as_a_library_of_its_own():
    """Pointed at es/, the library loads every Spanish script cleanly, under the English ids."""
    spanish = ScriptLibrary(builtin_dir=SPANISH_DIR)
    assert spanish.problems == ()
    assert {s.id for s in spanish.scripts} == {s.id for s in _library().scripts}


@pytest.mark.parametrize("path", SCRIPT_FILES, ids=lambda p: p.stem)
def test_spanish_twin_keeps_the_shape_of_the_english_script(path):
    """Same id, levels, minutes, first speakers, ceiling, and prompts with the same settings."""
    english = load_script_file(path, builtin=True)
    spanish = load_script_file(SPANISH_DIR / path.name, builtin=True)
    assert _shape(spanish) == _shape(english)


@pytest.mark.parametrize("path", SCRIPT_FILES, ids=lambda p: p.stem)
def test_spanish_twin_is_translated_throughout(path):
    """No title, guidance, prompt, lighter or closing is left in English."""
    english = load_script_file(path, builtin=True)
    spanish = load_script_file(SPANISH_DIR / path.name, builtin=True)
    assert spanish.title != english.title
    assert spanish.closing != english.closing
    for en_level, es_level in zip(english.levels, spanish.levels, strict=True):
        assert es_level.title != en_level.title
        assert es_level.guidance != en_level.guidance
        for en_prompt, es_prompt in zip(en_level.prompts, es_level.prompts, strict=True):
            assert es_prompt.text != en_prompt.text
            assert es_prompt.lighter is None or es_prompt.lighter != en_prompt.lighter
            assert not set(es_prompt.follow_ups) & set(en_prompt.follow_ups)
