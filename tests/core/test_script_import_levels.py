"""Which headings of an imported list become levels, which become topics, and in what order."""

import pytest
from import_support import imported, parsed, prompt_at, reason

from belonging.core.scripts.importing import HeadingRole, import_question_list
from belonging.core.scripts.model import Asker

TOPIC_BY_DEPTH = """\
    # Get to know each other

    ## Family
    ### Surface
    - What is your favourite family tradition?
    ### Medium
    - Who in your family are you most like?
    ### Deep
    - What did your family never talk about?

    ## Food
    ### Deep
    - What did food mean in your house growing up?
    ### Surface
    - What is your favourite dessert?
    """


def _roles(result) -> dict[int, tuple[str, str, bool]]:
    """Each heading's line: (what it became, the name it gave, whether the import was sure)."""
    return {use.line: (use.role, use.name, use.sure) for use in result.headings}


def test_depths_under_topics_make_one_level_per_depth_and_topics_become_tags():
    """A topic-by-depth deck is three levels tagged by topic, not a level per heading."""
    result = imported(TOPIC_BY_DEPTH)
    assert [level.title for level in result.levels] == ["Surface", "Medium", "Deep"]
    assert not result.level_order_guessed
    surface, _, deep = result.levels
    assert [(p.line, p.topics) for p in surface.prompts] == [(5, ("family",)), (15, ("food",))]
    assert [p.line for p in deep.prompts] == [9, 13]
    assert surface.heading_lines == (4, 14)
    assert _roles(result)[3] == (HeadingRole.TOPIC, "family", True)
    assert _roles(result)[12] == (HeadingRole.LEVEL, "Deep", True)
    assert _roles(result)[1][0] is HeadingRole.TITLE
    assert parsed(result).levels[0].prompts[1].topics == ("food",)


def test_headings_that_join_a_topic_and_a_depth_give_both():
    """ "Family – Surface" and "Food: Deep" are the levels Surface and Deep, tagged by topic."""
    result = imported(
        "## Family – Surface\n- Who cooks?\n## Family – Deep\n- What went unsaid?\n"
        "## Food: Surface\n- Sweet or salty?\n## Food: Deep\n- What did meals mean?\n"
    )
    assert [level.title for level in result.levels] == ["Surface", "Deep"]
    assert [p.topics for p in result.levels[0].prompts] == [("family",), ("food",)]
    assert _roles(result)[3] == (HeadingRole.LEVEL, "Deep", True)


def test_phrases_that_only_start_with_a_depth_word_are_topics():
    """ "Deep dive: career" names a topic, not the deepest level."""
    result = imported("## Deep dive: career\n- Why this job?\n## Deep dive: family\n- Who?\n")
    assert result.level_count == 1
    assert [p.topics for p in result.levels[0].prompts] == [
        ("deep dive: career",),
        ("deep dive: family",),
    ]


def test_topics_under_depths_are_tags_and_times_in_headings_are_minutes():
    """Bold topic lines under "Level N (5 mins)" tag prompts; the time is the level's minutes."""
    result = imported(
        """\
        ## Level 1 (5 mins)
        **Work**
        - What do you like about your job?

        **Play**
        - What do you do on weekends?

        ## Level 2 (10 minutes)
        - What are you most proud of?
        """
    )
    assert [(lv.title, lv.minutes) for lv in result.levels] == [("Level 1", 5), ("Level 2", 10)]
    assert prompt_at(result, 3).topics == ("work",)
    assert prompt_at(result, 6).topics == ("play",)
    assert [(lv.title, lv.minutes) for lv in parsed(result).levels] == [
        ("Level 1", 5),
        ("Level 2", 10),
    ]


def test_a_deck_of_topics_is_one_level_and_says_it_found_no_depth():
    """Topics are never depths: the dessert question does not become the deepest level."""
    result = imported(
        "## Childhood\n- Where did you grow up?\n## Career\n- Why this job?\n"
        "## Favourite dessert\n- What is your favourite dessert?\n"
    )
    (level,) = result.levels
    assert level.title == "Questions"
    assert not level.names_depth
    assert [p.topics for p in level.prompts] == [
        ("childhood",),
        ("career",),
        ("favourite dessert",),
    ]
    assert all(use.role is HeadingRole.TOPIC for use in result.headings)
    assert any("No heading names a depth" in note for note in result.notes)


@pytest.mark.parametrize(
    "headings",
    [
        ["Surface", "Medium", "Deep"],
        ["Light", "Deeper"],
        ["Warm-up", "Deep questions", "Wrap-up"],
        ["Level 1", "Level 2", "Level 3"],
        ["Set I", "Set II", "Set III"],
        ["Superficial", "Intermedio", "Profundo"],
        ["Nivel 1", "Nivel 2"],
        ["Leve", "Médio", "Mais profundo"],
        ["Léger", "Moyen", "Profond"],
        ["Oberflächlich", "Mittel", "Tief"],
        ["Runde 1", "Runde 2"],
        ["ウォームアップ", "浅い質問", "深い質問"],
        ["レベル1", "レベル2"],
        ["First round", "Second round", "Third round"],
        ["Primera ronda", "Segunda ronda"],
        ["Premier niveau", "Deuxième niveau"],
        ["Erste Runde", "Zweite Runde", "Dritte Runde"],
        ["Primeira rodada", "Segunda rodada"],
        ["第一段階", "第二段階"],
    ],
)
def test_depth_headings_in_any_language_become_levels_ordered_by_depth(headings):
    """Depths named in words or numbers order the levels, whatever order the page uses."""
    shuffled = headings[1:] + headings[:1]
    text = "".join(f"## {h}\n- Why {n}?\n" for n, h in enumerate(shuffled))
    result = imported(text)
    assert [level.title for level in result.levels] == headings
    assert not result.level_order_guessed
    assert all(level.names_depth for level in result.levels)


@pytest.mark.parametrize(
    ("heading", "title", "minutes"),
    [
        ("Warm-up (5 mins)", "Warm-up", 5),
        ("Warm-up 5 min", "Warm-up", 5),
        ("Deep — 15 min", "Deep", 15),
        ("Deep (5–10 minutes)", "Deep", 10),
        ("ウォームアップ（5分）", "ウォームアップ", 5),
        ("Calentamiento (5 minutos)", "Calentamiento", 5),
        ("Aufwärmen (5 Minuten)", "Aufwärmen", 5),
        ("Échauffement [10 min.]", "Échauffement", 10),
        ("Deep (300 minutes)", "Deep (300 minutes)", None),
    ],
)
def test_a_time_in_a_heading_becomes_the_levels_minutes(heading, title, minutes):
    """Usual spellings of a time leave the title and become `{: minutes=N }`."""
    result = imported(f"## {heading}\n- Why?\n## Deepest\n- How?\n")
    level = parsed(result).levels[0]
    assert (result.levels[0].title, result.levels[0].minutes) == (title, minutes)
    assert (level.title, level.minutes) == (title, minutes)


def test_a_heading_beside_depth_headings_is_taken_as_a_level_and_the_order_is_a_guess():
    """When words cannot tell, the majority decides and the import says it guessed."""
    result = imported("## Warm-up\n- Why?\n## Getting personal\n- How?\n## Deep\n- What?\n")
    assert [level.title for level in result.levels] == ["Warm-up", "Getting personal", "Deep"]
    assert result.level_order_guessed
    assert _roles(result)[3] == (HeadingRole.LEVEL, "Getting personal", False)
    assert not result.levels[1].names_depth


def test_a_lone_depth_word_among_topics_is_taken_as_a_topic_and_said_to_be_a_guess():
    """One "Icebreakers" among three topics does not turn the deck into levels."""
    result = imported(
        "## Icebreakers\n- Why?\n## Career\n- How?\n## Family\n- Who?\n## Work\n- What?\n"
    )
    assert result.level_count == 1
    assert _roles(result)[1] == (HeadingRole.TOPIC, "icebreakers", False)


def test_depths_named_in_two_ways_keep_the_page_order_as_a_guess():
    """ "Warm-up" then "Level 1" cannot be compared, so the page's order stays, flagged."""
    result = imported("## Level 1\n- Why?\n## Warm-up\n- How?\n")
    assert [level.title for level in result.levels] == ["Level 1", "Warm-up"]
    assert result.level_order_guessed


def test_prompts_under_no_depth_heading_go_to_the_first_level_with_a_note():
    """A list before the first depth heading joins the lightest level, and the import says so."""
    result = imported("- What brings you here?\n\n## Deep\n- Why?\n## Surface\n- How?\n")
    assert [p.line for p in result.levels[0].prompts] == [1, 6]
    assert any("1 prompt under no heading taken as a level" in note for note in result.notes)


def test_a_single_heading_over_the_prompts_names_the_level():
    """A plain list under one heading keeps that heading as the level's title."""
    result = imported("## Questions for my mentor\n- Why?\n- How?\n")
    assert [level.title for level in result.levels] == ["Questions for my mentor"]
    assert result.levels[0].prompts[0].topics == ()


@pytest.mark.parametrize(
    ("items", "title"),
    [
        (["¿Qué te hace feliz?", "¿Dónde creciste?"], "Preguntas"),
        (["Was ist dein Lieblingsessen?", "Wo bist du aufgewachsen?"], "Fragen"),
        (["好きな食べ物は何ですか？", "どこで育ちましたか？"], "質問"),
    ],
)
def test_the_one_level_of_a_topic_deck_is_named_in_the_decks_language(items, title):
    """A page with no depth gets its single level named in its own language."""
    text = f"## A\n- {items[0]}\n## B\n- {items[1]}\n"
    assert imported(text).levels[0].title == title


def test_setext_bold_and_h1_headings_are_read_as_headings():
    """Underlined headings, bold lines over lists and `# ` per depth all count as headings."""
    result = import_question_list(
        "# Warm-up\n- Why?\n# Deeper\n**Turning points**\n- How?\n\nTrust\n-----\n- What helps?\n",
        source_name="mixed.md",
    )
    assert [level.title for level in result.levels] == ["Warm-up", "Deeper"]
    assert [p.topics for p in result.levels[1].prompts] == [("turning points",), ("trust",)]
    assert result.title == "mixed"


def test_a_person_may_choose_which_headings_are_levels():
    """A preview can import again with the headings chosen as levels; the rest become topics."""
    text = "## Childhood\n- Where did you grow up?\n## Career\n- Why this job?\n"
    result = imported(text, level_lines={1, 3})
    assert [level.title for level in result.levels] == ["Childhood", "Career"]
    assert result.levels[0].prompts[0].topics == ()
    assert all(use.sure and use.role is HeadingRole.LEVEL for use in result.headings)
    assert [level.title for level in imported(text, level_lines=()).levels] == ["Questions"]


def test_a_person_may_reorder_the_levels_and_the_script_follows():
    """`reordered` puts the levels in the chosen order, in the result and in its Markdown."""
    result = imported("## Getting personal\n- How?\n## Warm-up\n- Why?\n## Deep\n- What?\n")
    assert result.level_order_guessed
    fixed = result.reordered([1, 0, 2])
    assert [level.title for level in fixed.levels] == ["Warm-up", "Getting personal", "Deep"]
    assert [level.title for level in parsed(fixed).levels] == [
        "Warm-up",
        "Getting personal",
        "Deep",
    ]
    assert not fixed.level_order_guessed
    with pytest.raises(ValueError):
        result.reordered([0, 0, 1])


def test_a_heading_over_only_left_out_items_is_reported_not_taken():
    """A section with nothing kept is neither a level nor a topic."""
    result = imported("## Surface\n- Why?\n## Links\n- [Docs](https://example.com)\n")
    assert [use.line for use in result.headings] == [1]
    assert "section left out" in reason(result, 3)


def test_a_page_already_in_our_format_keeps_its_levels_in_order_and_its_askers():
    """A colleague's script imported again keeps each `## ` level, its minutes and its prompts."""
    result = imported(
        """\
        # Ours

        ## High points {: minutes=10 }

        - What can I do to help you?
            - Lighter: What went well this week?

        ## Crossroads {: minutes=5 }

        - When did you choose a road?
            - Asked by: partner
        """
    )
    assert [(lv.title, lv.minutes) for lv in result.levels] == [
        ("High points", 10),
        ("Crossroads", 5),
    ]
    assert not result.level_order_guessed
    assert [p.asked_by for lv in result.levels for p in lv.prompts] == [None, Asker.PARTNER]
    assert result.levels[0].prompts[0].lighter == "What went well this week?"
