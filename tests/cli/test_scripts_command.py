"""`belonging scripts list|show|validate|import`, run as a script author would run them."""

import json
import subprocess
import sys
import textwrap

import pytest

from belonging.cli.main import main
from belonging.paths import user_scripts_dir
from belonging.resources import builtin_scripts_dir

VALID = textwrap.dedent(
    """\
    ---
    id: my-talk
    title: My talk
    ---

    ## Only level

    > Go gently.

    - What brought you here?
        - Follow-up: And before that?
        - Lighter: What did you have for breakfast?
        - Topics: Work
    - What keeps you here?
        - Lighter: Tea or coffee?
    """
)

QUESTIONS = textwrap.dedent(
    """\
    # Questions for a walk

    Some words about this list.

    ## Easy ones

    - What is your favourite season?
    - Where did you grow up?

    ## Harder ones

    1. What are you most proud of?
    2. What do you find hard to ask for?
    """
)


def _run(capsys, *argv):
    """Runs `belonging ARGV...` in-process; returns (exit code, stdout, stderr)."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _builtin_ids():
    """The ids of the shipped scripts, from their file names."""
    return {p.stem for p in builtin_scripts_dir().glob("*.md") if p.name != "README.md"}


def test_list_shows_builtin_and_user_scripts(tmp_path, capsys):
    """The table names every script with its levels, prompts and where it comes from."""
    folder = user_scripts_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "my-talk.md").write_text(VALID, encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "scripts", "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "LEVELS", "PROMPTS", "SOURCE"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert rows["my-talk"][-3:] == ["1", "2", "user"]
    assert _builtin_ids() <= set(rows)
    assert all(rows[i][-1] == "built-in" for i in _builtin_ids())


def test_list_reports_problems_on_stderr(tmp_path, capsys):
    """A broken user script and an id clash are both told, on stderr, with their files."""
    folder = user_scripts_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "broken.md").write_text("# Broken\n\n## Level\n", encoding="utf-8")
    clash_id = sorted(_builtin_ids())[0]
    (folder / "clash.md").write_text(VALID.replace("my-talk", clash_id), encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "scripts", "list")
    assert code == 0
    assert [line.split()[-1] for line in out.splitlines() if line.startswith(clash_id)] == [
        "built-in"
    ]
    assert f"{folder / 'broken.md'}:3:" in err
    assert f"{folder / 'clash.md'}:1:" in err
    assert str(builtin_scripts_dir() / f"{clash_id}.md") in err


def test_show_json_has_the_documented_shape(tmp_path, capsys):
    """--json prints id, title and levels with depth, title and prompts in full."""
    folder = user_scripts_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "my-talk.md").write_text(VALID, encoding="utf-8")
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "scripts", "show", "my-talk", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["id"], data["title"]) == ("my-talk", "My talk")
    (level,) = data["levels"]
    assert (level["title"], level["depth"]) == ("Only level", 1)
    first, second = level["prompts"]
    assert {"id", "text", "lighter", "follow_ups", "topics"} <= set(first)
    assert first["text"] == "What brought you here?"
    assert first["lighter"] == "What did you have for breakfast?"
    assert (first["follow_ups"], first["topics"]) == (["And before that?"], ["work"])
    assert first["id"].startswith("what-brought-you-here-")
    assert second["lighter"] == "Tea or coffee?"


TURN_TAKING = textwrap.dedent(
    """\
    ---
    id: taking-turns
    title: Taking turns
    manager_report_ceiling: 1
    ---

    ## Light {: minutes=5 first=partner }

    > Go gently.

    - What can I do to support you?
        - Asked by: leader
        - Lighter: What is one small thing that would help?

    ## Deep {: first=leader }

    > Only as far as feels right.

    - What has been hardest this year?
        - Lighter: What has been tiring this month?
    """
)


def test_show_tells_who_answers_first_who_asks_and_the_ceiling(tmp_path, capsys):
    """The outline and --json both carry `first`, `Asked by` and the manager-report ceiling."""
    folder = user_scripts_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "taking-turns.md").write_text(TURN_TAKING, encoding="utf-8")
    show = ("--data-dir", str(tmp_path), "scripts", "show", "taking-turns")
    code, out, _ = _run(capsys, *show, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["manager_report_ceiling"] == 1
    assert [level["first"] for level in data["levels"]] == ["partner", "leader"]
    asked = [p["asked_by"] for level in data["levels"] for p in level["prompts"]]
    assert asked == ["leader", None]
    code, out, _ = _run(capsys, *show)
    assert code == 0
    assert "manager and report stop at level 1" in out
    assert "1. Light (5 min, partner answers first)" in out
    assert "2. Deep (leader answers first)" in out
    assert "Asked by: leader" in out


def test_show_json_of_a_builtin_script(capsys):
    """A built-in script shows too; a prompt without a lighter has null, not a missing key."""
    script_id = sorted(_builtin_ids())[0]
    code, out, _ = _run(capsys, "scripts", "show", script_id, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == script_id
    assert [level["depth"] for level in data["levels"]] == list(range(1, len(data["levels"]) + 1))
    assert all("lighter" in prompt for level in data["levels"] for prompt in level["prompts"])


def test_show_outline_is_readable(capsys):
    """Without --json the script is an outline with its levels and prompts."""
    script_id = sorted(_builtin_ids())[0]
    code, out, _ = _run(capsys, "scripts", "show", script_id)
    assert code == 0
    assert f"[{script_id}]" in out.splitlines()[0]
    assert "1. " in out
    assert "   - " in out


def test_show_unknown_id_fails_clearly(capsys):
    """An id that names no script exits 1 with a message, not a traceback."""
    code, out, err = _run(capsys, "scripts", "show", "no-such-script")
    assert (code, out) == (1, "")
    assert 'no script has the id "no-such-script"' in err
    assert "Traceback" not in err


def test_scripts_alone_asks_for_a_subcommand(capsys):
    """`belonging scripts` without a subcommand explains itself instead of opening the app."""
    code, _, err = _run(capsys, "scripts")
    assert code == 2
    assert "list, show, validate or import" in err


def test_validate_passes_valid_files_and_prints_warnings(tmp_path, capsys):
    """Exit 0 when there are no errors, even with warnings, which go to stderr as warnings."""
    good = tmp_path / "good.md"
    good.write_text(VALID, encoding="utf-8")
    warned = tmp_path / "warned.md"
    warned.write_text(VALID.replace("> Go gently.\n", ""), encoding="utf-8")
    code, out, err = _run(capsys, "scripts", "validate", str(good), str(warned))
    assert code == 0
    assert f"{good}: ok" in out
    assert f"{warned}:6: warning: " in err


def test_validate_fails_on_errors_with_file_and_line(tmp_path, capsys):
    """Exit 1 when any file has an error; each error is FILE:LINE: message on stderr."""
    good = tmp_path / "good.md"
    good.write_text(VALID, encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text(VALID.replace("Topics: Work", "Colour: blue"), encoding="utf-8")
    code, _, err = _run(
        capsys, "scripts", "validate", str(good), str(bad), str(tmp_path / "gone.md")
    )
    assert code == 1
    assert f"{bad}:13: unknown label" in err
    assert f"{tmp_path / 'gone.md'}:1: cannot read the file" in err


def test_validate_skips_the_readme_beside_the_scripts(capsys):
    """`validate resources/scripts/*.md` passes: the format reference is not a script."""
    files = sorted(str(p) for p in builtin_scripts_dir().glob("*.md"))
    code, _, err = _run(capsys, "scripts", "validate", *files)
    assert code == 0
    assert "README.md: skipped" in err


def test_validate_works_as_a_real_command(tmp_path):
    """`python -m belonging scripts validate` exits 1 and names the line, outside pytest too."""
    bad = tmp_path / "bad.md"
    bad.write_text(VALID.replace("title: My talk", "minutes: 2"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "belonging", "scripts", "validate", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert f"{bad}:3: bad minutes" in result.stderr
    assert "Traceback" not in result.stderr


def test_import_writes_a_user_script_and_tells_what_was_left_out(tmp_path, capsys):
    """The imported script lands in the user folder as <id>.md, valid, with left-outs listed."""
    source = tmp_path / "walk.md"
    source.write_text(QUESTIONS, encoding="utf-8")
    data_dir = tmp_path / "data"
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "scripts", "import", str(source))
    assert (code, err) == (0, "")
    target = user_scripts_dir(data_dir) / "questions-for-a-walk.md"
    assert target.is_file()
    assert "questions-for-a-walk" in out
    assert "line 3:" in out  # the paragraph under the title is not a prompt

    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "scripts", "list")
    assert "questions-for-a-walk" in out
    code, _, _ = _run(capsys, "scripts", "validate", str(target))
    assert code == 0


DEPTHS = textwrap.dedent(
    """\
    # Walk and talk

    ## Deep (10 minutes)

    - What are you most afraid of losing?

    ## Surface (5 mins)

    - What is your favourite walk?
    - Are there any obstacles I can remove for you?
    - [About us](#about)
    """
)


def test_import_tells_which_headings_are_levels_and_counts_in_good_english(tmp_path, capsys):
    """The report names each heading's use and says "1 level", "1 part", never "(s)"."""
    source = tmp_path / "walk.md"
    source.write_text(DEPTHS, encoding="utf-8")
    code, out, err = _run(
        capsys, "--data-dir", str(tmp_path / "d"), "scripts", "import", str(source)
    )
    assert (code, err) == (0, "")
    assert "2 levels, 3 prompts, 0 topics." in out
    assert "  1. Surface (2 prompts, 5 min)" in out
    assert "  2. Deep (1 prompt, 10 min)" in out
    assert 'line 3: Deep (10 minutes) → level "Deep" (names a depth)' in out
    assert "1 prompt is asked by the leader only" in out
    assert "Left out 1 part of the source:" in out
    assert "(s)" not in out


def test_import_says_when_the_order_of_levels_is_a_guess(tmp_path, capsys):
    """Levels the words cannot order are flagged, with how to change the order."""
    source = tmp_path / "mixed.md"
    source.write_text("## Warm-up\n- Why?\n## Getting real\n- How?\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path / "d"), "scripts", "import", str(source))
    assert code == 0
    assert "the order is a guess" in out
    assert 'line 3: Getting real → level "Getting real" (a guess: ' in out
    assert "To change the order of the levels" in out


def test_import_with_a_bad_id_is_an_error_about_the_id(tmp_path, capsys):
    """A bad --id is told as an error in the --id argument, with the usage, before the file
    is read (the file does not even exist), never as a problem on line 1 of the file."""
    source = tmp_path / "walk.md"
    args = ("--data-dir", str(tmp_path / "d"), "scripts", "import", str(source), "--id", "Bad Id")
    with pytest.raises(SystemExit) as refused:
        main(list(args))
    err = capsys.readouterr().err
    assert refused.value.code == 2
    assert "usage: belonging scripts import" in err
    assert 'error: argument --id: bad id "Bad Id"' in err
    assert f"{source}" not in err
    assert not user_scripts_dir(tmp_path / "d").exists()


def test_import_never_overwrites(tmp_path, capsys):
    """A second import to the same id stops with a message and leaves the file as it was."""
    source = tmp_path / "walk.md"
    source.write_text(QUESTIONS, encoding="utf-8")
    data_dir = tmp_path / "data"
    args = ("--data-dir", str(data_dir), "scripts", "import", str(source), "--id", "walk")
    assert _run(capsys, *args)[0] == 0
    target = user_scripts_dir(data_dir) / "walk.md"
    target.write_text(VALID.replace("my-talk", "walk"), encoding="utf-8")
    code, _, err = _run(capsys, *args)
    assert code == 1
    assert "already exists" in err
    assert target.read_text(encoding="utf-8") == VALID.replace("my-talk", "walk")


def test_import_refuses_a_builtin_id(tmp_path, capsys):
    """An import may not take the id of a built-in script."""
    source = tmp_path / "walk.md"
    source.write_text(QUESTIONS, encoding="utf-8")
    builtin_id = sorted(_builtin_ids())[0]
    code, _, err = _run(
        capsys,
        "--data-dir",
        str(tmp_path / "d"),
        "scripts",
        "import",
        str(source),
        "--id",
        builtin_id,
    )
    assert code == 1
    assert "built-in" in err
    assert not (user_scripts_dir(tmp_path / "d") / f"{builtin_id}.md").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"# Q\n\n- caf\xe9?\n", "not UTF-8 text (byte 0xe9 on line 3)"),
        (b"Just a paragraph, no questions.\n", "cannot import"),
    ],
)
def test_import_of_an_unusable_file_fails_clearly(tmp_path, capsys, content, message):
    """A file that is not UTF-8, or holds no prompts, is a clear message and exit 1."""
    source = tmp_path / "odd.md"
    source.write_bytes(content)
    code, _, err = _run(capsys, "--data-dir", str(tmp_path / "d"), "scripts", "import", str(source))
    assert code == 1
    assert message in err
    assert "Traceback" not in err
    assert not user_scripts_dir(tmp_path / "d").exists()
