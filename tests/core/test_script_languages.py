"""The built-in library in the app's language: Spanish offers the Spanish twins under the same
ids, as many scripts and prompts as English, and a conversation begun in one language finds
the very text it began with in the other."""

from belonging.core.scripts.library import ScriptLibrary
from belonging.resources import builtin_scripts_dir, guide_path, resources_dir


def test_spanish_offers_every_builtin_script_in_spanish():
    """At least twelve scripts and 330 prompts, the same ids as English, every title
    different (translated), nothing that fails to load."""
    english, spanish = ScriptLibrary(), ScriptLibrary(language="es")
    assert spanish.problems == ()
    assert len(spanish) >= 12
    assert sum(script.prompt_count for script in spanish.scripts) >= 330
    assert {s.id for s in spanish.scripts} == {s.id for s in english.scripts}
    for script in spanish.scripts:
        assert script.builtin
        assert script.title != english.get(script.id).title
    assert spanish.get("weekly-check-in").title == "Un repaso semanal"


def test_a_language_without_twins_gets_the_english_scripts():
    """No folder for a language: its library is the English one."""
    assert builtin_scripts_dir("fr") == builtin_scripts_dir()
    assert ScriptLibrary(language="fr").get("weekly-check-in").title == "A weekly check-in"


def test_a_conversation_begun_in_english_finds_its_text_in_a_spanish_library():
    """The Spanish library offers Spanish, yet the English text a conversation began with
    is found by its id and checksum; and the other way round."""
    english, spanish = ScriptLibrary(), ScriptLibrary(language="es")
    began_in_english = english.get("first-weeks")
    found = spanish.exact("first-weeks", began_in_english.sha256)
    assert found is not None and found.title == began_in_english.title
    assert found.sha256 == began_in_english.sha256
    began_in_spanish = spanish.get("first-weeks")
    assert english.exact("first-weeks", began_in_spanish.sha256).title == began_in_spanish.title
    assert spanish.exact("first-weeks", "0" * 64) is None
    assert spanish.exact("no-such-script", began_in_english.sha256) is None


def test_a_users_own_script_has_no_twin_to_find(tmp_path):
    """A script of the user's, edited since a conversation began, is not looked for among
    the built-in translations."""
    folder = tmp_path / "scripts"
    folder.mkdir()
    (folder / "mine.md").write_text("# Mine\n\n## One\n\n- Hello?\n", encoding="utf-8")
    library = ScriptLibrary(tmp_path, language="es")
    assert library.get("mine") is not None
    assert library.exact("mine", "0" * 64) is None


def test_the_heavy_moment_guide_is_offered_in_the_apps_language():
    """The listener's card in Spanish for a Spanish app, English otherwise."""
    guides = resources_dir() / "guides"
    assert guide_path("heavy-moment", "es") == guides / "es" / "heavy-moment.md"
    assert guide_path("heavy-moment", "en") == guides / "heavy-moment.md"
    assert guide_path("heavy-moment", "fr") == guides / "heavy-moment.md"
    assert (
        guide_path("heavy-moment", "es")
        .read_text(encoding="utf-8")
        .startswith("# Cuando surge algo difícil")
    )
