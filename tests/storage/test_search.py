"""Search: ranked hits over notes and shown prompts, highlighted snippets, private notes
only off a shared screen, the index kept in step, and no typed input ever failing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.storage import repositories as repo
from belonging.storage.models import Visibility
from belonging.storage.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    HitKind,
    fts_query,
    plain_snippet,
    search,
    snippet_html,
)


def _note(session, seed, text, **kw):
    return repo.add_note(session=session, conversation_id=seed.conversation.id, text=text, **kw)


def test_more_relevant_notes_rank_first(session, seed):
    """A short note about the word outranks a long note that mentions it once."""
    passing = _note(
        session,
        seed,
        "We talked about the move, the new team, the budget, the holidays, and once about "
        "feeling lonely, then about the weather and the office plants for a long while.",
    )
    focused = _note(session, seed, "Lonely at the new job; lonely at home too.")
    hits = search(session=session, query="lonely", include_private=True)
    assert [h.note_id for h in hits] == [focused.id, passing.id]
    assert hits[0].rank <= hits[1].rank


def test_snippets_highlight_the_matched_words(session, seed):
    """Each matched word is wrapped in the highlight markers, others are not."""
    _note(session, seed, "I thought I was the only one who failed that exam.")
    (hit,) = search(session=session, query="only fail", include_private=True)
    assert f"{HIGHLIGHT_START}only{HIGHLIGHT_END}" in hit.snippet
    assert f"{HIGHLIGHT_START}failed{HIGHLIGHT_END}" in hit.snippet
    assert plain_snippet(hit.snippet) == "I thought I was the only one who failed that exam."


def test_snippet_html_is_escaped_and_bold(session, seed):
    """The HTML form escapes the note's own markup and bolds only the matched words."""
    _note(session, seed, "My <b>boss</b> & I laughed")
    (hit,) = search(session=session, query="laughed", include_private=True)
    assert snippet_html(hit.snippet) == "My &lt;b&gt;boss&lt;/b&gt; &amp; I <b>laughed</b>"


def test_long_notes_are_cut_around_the_match(session, seed):
    """A snippet of a long note shows the words around the match, not the whole note."""
    words = " ".join(f"word{n}" for n in range(200))
    _note(session, seed, f"{words} turningpoint {words}")
    (hit,) = search(session=session, query="turningpoint", include_private=True)
    assert "…" in hit.snippet and len(hit.snippet.split()) < 20


def test_private_notes_are_found_only_off_a_shared_screen(session, seed):
    """A private note is found when the screen is not shared, never when it is."""
    private = _note(session, seed, "my own doubts", visibility=Visibility.PRIVATE)
    assert search(session=session, query="doubts", include_private=False) == []
    (hit,) = search(session=session, query="doubts", include_private=True)
    assert (hit.note_id, hit.visibility) == (private.id, Visibility.PRIVATE)


def test_prompt_texts_are_searched_too(session, seed):
    """The text of a prompt as shown is found, with its conversation and pair."""
    repo.record_shown_prompt(
        session=session,
        conversation_id=seed.conversation.id,
        prompt_id="turning/lowest",
        text="When did you feel most *out of place*?",
    )
    (hit,) = search(session=session, query="place", include_private=False)
    assert (hit.kind, hit.prompt_id, hit.note_id) == (HitKind.PROMPT, "turning/lowest", None)
    assert (hit.conversation_id, hit.pair_id) == (seed.conversation.id, seed.pair.id)
    assert hit.conversation_started_at == seed.conversation.started_at


def test_words_are_matched_as_typed_prefixes_without_accents(session, seed):
    """Results appear while typing ("belo" finds "belonging") and "cafe" finds "café"."""
    note = _note(session, seed, "Belonging at the café on Fridays")
    for typed in ("belo", "cafe", "CAFÉ fri"):
        assert [h.note_id for h in search(session=session, query=typed, include_private=True)] == [
            note.id
        ], typed


def test_all_typed_words_must_match(session, seed):
    """Several words narrow the search: every one of them must be in the note."""
    both = _note(session, seed, "fear of public speaking")
    _note(session, seed, "fear of heights")
    hits = search(session=session, query="fear speak", include_private=True)
    assert [h.note_id for h in hits] == [both.id]


def test_search_can_keep_to_one_pair(session, seed):
    """Passing a pair keeps other pairs' notes out of the results."""
    carla = repo.add_person(session=session, name="Carla")
    other_pair = repo.create_pair(session=session, owner_id=seed.owner.id, partner_id=carla.id)
    other = repo.start_conversation(
        session=session, pair_id=other_pair.id, script_id="s", script_sha256="0", setup={}
    )
    mine = _note(session, seed, "shared story")
    repo.add_note(session=session, conversation_id=other.id, text="another story")
    hits = search(session=session, query="story", include_private=True, pair_id=seed.pair.id)
    assert [h.note_id for h in hits] == [mine.id]


def test_the_index_follows_edits_and_deletions(session, seed):
    """After an edit the old words are not found and the new are; after a strike, nothing."""
    note = _note(session, seed, "first draft about rivers")
    repo.update_note_text(session=session, note_id=note.id, text="second draft about mountains")
    assert search(session=session, query="rivers", include_private=True) == []
    assert [
        h.note_id for h in search(session=session, query="mountains", include_private=True)
    ] == [note.id]
    repo.strike_note(session=session, note_id=note.id)
    assert search(session=session, query="mountains", include_private=True) == []
    integrity = session.connection().exec_driver_sql(
        "INSERT INTO note_fts(note_fts, rank) VALUES ('integrity-check', 1)"
    )
    assert integrity is not None  # raises if the index and the notes disagree


def test_fts_syntax_in_typed_text_is_taken_literally():
    """Quotes, stars, brackets and operators typed by a person become plain quoted words."""
    assert fts_query('fail NEAR("x" OR') == '"fail"* "NEAR(""x"""* "OR"*'
    assert fts_query("  *** ( ) - ") is None
    assert fts_query("") is None


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=40))
def test_no_typed_text_makes_search_fail(session, seed, typed):
    """Whatever a person types, searching returns a list instead of raising."""
    assert isinstance(search(session=session, query=typed, include_private=True), list)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(word=st.from_regex(r"[A-Za-z]{3,12}", fullmatch=True))
def test_a_saved_word_is_always_found(session, seed, word):
    """Any word written in a note is found by searching for it."""
    note = _note(session, seed, f"before {word} after")
    found = {
        h.note_id for h in search(session=session, query=word, include_private=True, limit=500)
    }
    assert note.id in found
