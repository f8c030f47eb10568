"""What an import keeps as a prompt, in six languages, and what it leaves out and why."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_support import imported, parsed, prompt_at, prompt_texts, reason

from belonging.core.scripts.model import Asker


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
        "¿Qué te hace reír",
        "Cuéntame de tu primer trabajo.",
        "Háblame de tu familia.",
        "Cuál fue tu mejor viaje",
        "Me conte sobre sua infância.",
        "Conte-me um segredo.",
        "Qual foi o seu melhor dia",
        "Parle-moi de ton enfance.",
        "Racontez un souvenir d'école.",
        "Quel est ton plat préféré",
        "Erzähl mir von deinem ersten Job.",
        "Beschreibe deinen perfekten Tag.",
        "Was ist dein Lieblingsessen",
        "Hast du Geschwister",
        "好きな本について話しましょう。",
    ],
)
def test_questions_and_invitations_are_kept_in_every_language(item):
    """Questions (with or without their mark) and invitations to tell a story are prompts."""
    result = imported(f"## Level\n- {item}\n")
    assert prompt_texts(result) == [item]
    assert result.left_out == ()


def test_a_german_section_without_question_marks_is_kept():
    """Real German questions that lost their marks are a level, not "nothing reads as a prompt"."""
    result = imported(
        """\
        ## Zum Einstieg
        - Was hat dich heute zum Lachen gebracht
        - Wie war dein Wochenende
        - Erzähl mir von deinem Lieblingsort.
        - Worüber könntest du stundenlang reden
        """
    )
    assert result.prompt_count == 4
    assert result.left_out == ()


@pytest.mark.parametrize(
    ("item", "reason_part"),
    [
        ("[About Manager](#about-manager)", "table of contents"),
        ("[Docs](https://example.com/docs) | [Site](https://example.com)", "only a link"),
        ("https://example.com/questions", "web address"),
        ("https://example.com/search?q=questions", "web address"),
        ("It can be directly consumed by apps", "statement"),
        ("Add your question to `questions.json`.", "instruction"),
    ],
)
def test_items_that_do_not_ask_are_left_out_with_a_reason(item, reason_part):
    """Links, anchor lists, bare addresses, statements and instructions are not prompts."""
    result = imported(f"## Level\n- What do you need from me?\n- Why?\n- {item}\n")
    assert prompt_texts(result) == ["What do you need from me?", "Why?"]
    assert reason_part in reason(result, 4)


@pytest.mark.parametrize(
    "item",
    [
        "[What is your favourite memory?](https://example.com/q/5)",
        "**[Who taught you the most?](https://example.com/q/6)**",
        "[Tell me about a hero of yours.](https://example.com/q/7)",
        "[¿Qué te da miedo?](#que-te-da-miedo)",
    ],
)
def test_a_question_wrapped_in_a_link_is_kept(item):
    """A link whose words ask or invite is a prompt, kept with its link as written."""
    result = imported(f"## Level\n- {item}\n")
    assert prompt_texts(result) == [item]


def test_numbered_steps_are_left_out_but_tasks_for_the_pair_are_kept():
    """Contributing steps go; "take four minutes and tell" and "make 'we' statements" stay."""
    result = imported(
        """\
        ## Set I
        1. Given the choice of anyone in the world, whom would you want as a dinner guest?
        2. Take four minutes and tell your partner your life story in as much detail as possible.
        3. Make three true "we" statements each. For instance, "We are both in this room..."
        4. Nehmt euch vier Minuten und erzählt einander eure Lebensgeschichte.

        ## Contributing
        1. Fork repo
        2. Add your question
        3. Create new Pull Request
        """
    )
    assert [p.line for p in result.levels[0].prompts] == [2, 3, 4, 5]
    assert "section left out" in reason(result, 7)
    assert all("numbered step" in reason(result, line) for line in (8, 9, 10))


def test_hints_and_to_dos_under_a_question_are_left_out_and_questions_become_follow_ups():
    """Only nested items that ask become follow-ups; answer hints and a mentor's notes do not."""
    result = imported(
        """\
        ## Level
        - What was your first job?
          - What did it teach you?
            - Who taught you most?
          - Hint: most people mention a manager
          - Bring the printed goals sheet
          - lighter: What was your first paid task?
          - Lighter: A second lighter one?
          - Topics: Career, childhood
          - topics: career
        """
    )
    prompt = parsed(result).levels[0].prompts[0]
    assert prompt.follow_ups == ("What did it teach you?", "Who taught you most?")
    assert prompt.lighter == "What was your first paid task?"
    assert prompt.topics == ("career", "childhood")
    assert "not a question" in reason(result, 5)
    assert "not a question" in reason(result, 6)
    assert "only one" in reason(result, 8)


def test_a_section_mostly_of_non_prompts_is_left_out_but_its_questions_are_kept():
    """An FAQ's statements go, and its invitations with them; a question mark is always kept."""
    result = imported(
        """\
        ## Questions
        - What drains your energy?
        ## FAQ
        - Can I use it offline?
        - Tell the maintainers what you think
        - It works without a network
        - The data stays on your computer
        - It is free
        """
    )
    assert prompt_texts(result) == ["What drains your energy?", "Can I use it offline?"]
    assert "mostly of things that are not prompts" in reason(result, 5)
    assert "statement" in reason(result, 6)


def test_a_section_of_no_questions_and_mostly_non_prompts_is_left_out_whole():
    """One invitation among statements does not make an FAQ a level; the reason names it."""
    result = imported(
        "## Questions\n- What drains you?\n## About\n- Tell us what you think\n- It is free\n"
        "- It is open\n"
    )
    assert prompt_texts(result) == ["What drains you?"]
    assert "only 1 of 3" in reason(result, 3)


def test_a_stray_statement_among_questions_is_left_out_alone():
    """A note in a list of questions is left out by itself; the questions stay."""
    result = imported("## Level\n- Note: pick any three\n- What surprised you?\n- Why?\n")
    assert prompt_texts(result) == ["What surprised you?", "Why?"]
    assert "statement" in reason(result, 2)


@pytest.mark.parametrize(
    "item",
    [
        "Are there any obstacles I can remove for you?",
        "How can I help you be more productive?",
        "How can I help…? (be more productive/happier at work/enjoy work more/etc)",
        "What can I do to support you?",
        "Do you have any feedback for me?",
        "¿Cómo puedo ayudarte?",
        "Como posso te ajudar?",
        "Comment puis-je t'aider ?",
        "Wie kann ich dir helfen?",
        "私にできることはありますか？",
        "¿Hay algo que pueda hacer para apoyarte?",
        "¿Hay algún obstáculo que pueda quitarte?",
        "¿Qué información podría ofrecerte?",
        "¿Tienes algún comentario para mí?",
        "¿Qué opinas de mi forma de dirigir el equipo?",
        "Você tem algum feedback para mim?",
        "As-tu des retours pour moi ?",
        "Was kann ich für dich tun?",
        "何か手伝えることはある？",
        "力になれることはありますか？",
    ],
)
def test_questions_one_person_asks_the_other_are_asked_by_the_leader(item):
    """An offer of help or a request for feedback is one-way: `Asked by: leader`."""
    result = imported(f"## Level\n- {item}\n")
    assert result.levels[0].prompts[0].asked_by is Asker.LEADER
    assert parsed(result).levels[0].prompts[0].asked_by is Asker.LEADER
    assert result.one_way_count == 1


@pytest.mark.parametrize(
    "item",
    [
        "Tell me about your week.",
        "Could you tell me a little more about that?",
        "What do you and I have in common?",
        "What are you most proud of?",
        "Cuéntame de tu semana.",
        "私たちのチームの良いところは何ですか？",
        "What's something I might not know about you?",
        "What would you like me to know about how you work best?",
        "¿Qué es algo que no sepa de ti?",
        "Me conte algo que eu não saiba sobre você.",
        "Dis-moi une chose que je ne sais pas sur toi.",
        "Erzähl mir etwas, das ich über dich noch nicht weiß.",
    ],
)
def test_questions_both_can_answer_stay_for_both(item):
    """Invitations and questions with no one speaking of themselves are answered by both."""
    result = imported(f"## Level\n- {item}\n")
    assert result.levels[0].prompts[0].asked_by is None


def test_an_asked_by_label_in_the_source_is_kept_and_a_bad_one_left_out():
    """A page already in our format keeps its `Asked by:`; one naming no one is reported."""
    result = imported(
        "## L\n- What do you need?\n  - Asked by: partner\n- Why now?\n  - Asked by: boss\n"
    )
    assert prompt_at(result, 2).asked_by is Asker.PARTNER
    assert prompt_at(result, 4).asked_by is None
    assert "neither" in reason(result, 5)


_WORDS = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéñüßçあいうかきアイウ漢字 ,'"),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip(" ,'"))
_QUESTION = st.tuples(_WORDS, st.sampled_from(["{}?", "{}？", "¿{}?", "{} ?"])).map(
    lambda pair: pair[1].format(pair[0].strip())
)
_NOISE = st.sampled_from(
    ["It is free", "Fork repo", "[Docs](https://example.com)", "Add a file.", "See below"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_NOISE, max_size=6),
    _QUESTION,
    st.lists(_NOISE, max_size=6),
    st.sampled_from(["- ", "1. ", "* "]),
    st.booleans(),
)
def test_any_item_ending_in_a_question_mark_is_kept(before, question, after, marker, nested):
    """Whatever surrounds it, a list item that ends in a question mark becomes a prompt."""
    lines = ["## Section", *(f"{marker}{noise}" for noise in before)]
    lines.append(f"{'  - ' if nested and before else marker}{question}")
    lines += [f"{marker}{noise}" for noise in after]
    result = imported("\n".join(lines) + "\n")
    assert " ".join(question.split()) in [" ".join(text.split()) for text in prompt_texts(result)]
