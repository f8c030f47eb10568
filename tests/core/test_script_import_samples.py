"""Importing real question lists: every question kept, nothing else, and the categories as topics.

The pages are the English and Japanese READMEs of VGraupera/1on1-questions (MIT licence):
excerpts in `fixtures/question-banks` always, and the whole pages from the shared samples
beside the checkout when they are there.
"""

import re
from pathlib import Path

import pytest
from import_support import parsed

from belonging.core.scripts.importing import HeadingRole, ImportResult, import_question_list
from belonging.core.scripts.model import Asker

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "question-banks"
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "question-banks"
NAMES = ("1on1-questions.en.md", "1on1-questions.ja.md")
#: Sections of the page that hold no questions: links to apps, contents, FAQ, contributing.
NOT_QUESTIONS = {"Applications using this data", "Table of Contents", "FAQ", "Contributing"}

PAGES = [pytest.param(FIXTURES / name, id=f"excerpt-{name}") for name in NAMES] + [
    pytest.param(
        SAMPLES / name,
        id=f"whole-{name}",
        marks=pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no shared samples at {SAMPLES}"),
    )
    for name in NAMES
]


def _sections(text: str) -> dict[str, tuple[int, list[tuple[int, str]], list[int]]]:
    """Each `## ` section of a page: its heading line, its list items and its paragraphs.

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


def _read(path: Path) -> tuple[str, ImportResult]:
    """The page's text and its import."""
    text = path.read_text(encoding="utf-8")
    return text, import_question_list(text, source_name=path.name)


@pytest.mark.parametrize("path", PAGES)
def test_every_question_of_the_page_is_kept_as_written(path):
    """Each question of the seven categories is a prompt, in the page's order and words."""
    text, result = _read(path)
    questions = [
        (line, re.sub(r"[ \t]+", " ", item))
        for title, (_, items, _) in _sections(text).items()
        if title not in NOT_QUESTIONS
        for line, item in items
    ]
    prompts = [(p.line, p.text) for level in result.levels for p in level.prompts]
    assert prompts == questions
    assert result.prompt_count == len(questions) > 0


@pytest.mark.parametrize("path", PAGES)
def test_contents_faq_contributing_and_app_links_are_left_out(path):
    """Contents, FAQ, contributing steps, app links and prose are reported, never kept."""
    text, result = _read(path)
    sections = _sections(text)
    left_lines = {entry.line for entry in result.left_out}
    assert set(sections) >= NOT_QUESTIONS
    for title in NOT_QUESTIONS:
        heading_line, items, paragraphs = sections[title]
        assert heading_line in left_lines, title
        assert {line for line, _ in items} <= left_lines, title
        assert set(paragraphs) <= left_lines, title
        assert not any(item in result.markdown for _, item in items), title
    body = result.markdown.split("---\n", 2)[2]
    for line in filter(None, body.split("\n")):
        assert re.match(r"## |- |    - (Asked by|Topics): ", line), line


@pytest.mark.parametrize("path", PAGES)
def test_the_seven_categories_become_topics_of_one_level(path):
    """The categories are topics, not depths: one level, every question tagged with its own."""
    text, result = _read(path)
    categories = {
        title: {line for line, _ in items}
        for title, (_, items, _) in _sections(text).items()
        if title not in NOT_QUESTIONS
    }
    assert len(categories) == 7
    assert result.level_count == 1
    assert not result.level_order_guessed
    uses = {use.text: use for use in result.headings}
    for title, lines in categories.items():
        assert uses[title].role is HeadingRole.TOPIC
        for level in result.levels:
            for prompt in level.prompts:
                if prompt.line in lines:
                    assert prompt.topics == (title.lower(),)


@pytest.mark.parametrize("path", PAGES)
def test_the_import_is_read_back_by_the_parser(path):
    """Our parser reads the imported page with the same title, prompts, topics and askers."""
    _, result = _read(path)
    script = parsed(result)
    assert script.title == result.title == "1 on 1 Meeting Questions"
    assert path.name in script.summary
    for level, imported_level in zip(script.levels, result.levels, strict=True):
        assert [(p.text, p.topics, p.asked_by) for p in level.prompts] == [
            (p.text, p.topics, p.asked_by) for p in imported_level.prompts
        ]


@pytest.mark.parametrize("path", [p for p in PAGES if "en.md" in p.id])
def test_the_managers_own_questions_are_one_way(path):
    """Offers of help and requests for feedback are asked by the leader; the rest by both."""
    _, result = _read(path)
    asked = {p.text: p.asked_by for level in result.levels for p in level.prompts}
    assert asked["Are there any obstacles I can remove for you?"] is Asker.LEADER
    assert asked["Do you have any feedback for me?"] is Asker.LEADER
    assert asked["How are you? How is life outside of work?"] is None
    assert asked["Tell me about what you’ve been working on."] is None


@pytest.mark.parametrize("path", [p for p in PAGES if "en.md" in p.id])
def test_inline_markdown_of_a_question_survives(path):
    """Emphasis inside a question is kept and renders as emphasis."""
    _, result = _read(path)
    prompt = next(p for level in parsed(result).levels for p in level.prompts if "crazy" in p.text)
    assert "<em>crazy</em>" in prompt.html
