"""What the command line prints shows the control characters of hostile input; the terminal
never obeys them. And files too large to be scripts are refused before they are read."""

import ast
import json
from pathlib import Path

import pytest

from belonging.cli.main import main
from belonging.paths import user_scripts_dir
from belonging.storage import repositories as repo
from belonging.storage.database import session_scope
from belonging.storage.opening.startup import open_data_folder

CLI = Path(__file__).resolve().parents[2] / "gui" / "belonging" / "cli"

#: A window title set, the screen cleared, blinking text, a C1 escape and a right-to-left
#: override: what a crafted script once did to the terminal of whoever validated it.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[5m\x9b31m\u202eexe.txt"
SHOWN = "\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[5m\\u009b31m\\u202eexe.txt"


def _obeyed(text: str) -> list[str]:
    """The characters of `text` a terminal would obey rather than show (newlines aside)."""
    bidi = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    return [
        char
        for char in text
        if char != "\n" and (ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F or char in bidi)
    ]


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    """Runs `belonging ARGV...` in-process; returns (exit code, stdout, stderr)."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_validate_shows_escape_sequences_from_a_file_instead_of_obeying_them(tmp_path, capsys):
    """A bad value quoted back from a script is printed with its escapes visible."""
    path = tmp_path / "evil.md"
    path.write_text(f"---\nminutes: {HOSTILE}\n---\n\n## L\n\n- Why?\n", encoding="utf-8")
    code, out, err = _run(capsys, "scripts", "validate", str(path))
    assert code == 1
    assert f'bad minutes "{SHOWN}"' in err
    assert _obeyed(out + err) == []


def test_a_file_name_with_a_right_to_left_override_is_shown_escaped(tmp_path, capsys):
    """`validate` names the file with its override visible, so `txt.exe` cannot pose as text."""
    path = tmp_path / "report\u202etxt.md"
    path.write_text("---\ntitle: Fine\n---\n\n## L\n\n> Gently.\n\n- Why?\n", encoding="utf-8")
    code, out, _err = _run(capsys, "scripts", "validate", str(path))
    assert code == 0
    assert out == f"{tmp_path}/report\\u202etxt.md: ok\n"


@pytest.fixture
def hostile_script(tmp_path) -> Path:
    """A data folder with one user script whose title and prompt carry escape sequences."""
    data_dir = tmp_path / "data"
    scripts = user_scripts_dir(data_dir)
    scripts.mkdir(parents=True)
    (scripts / "evil.md").write_text(
        f"---\ntitle: Evil {HOSTILE}\n---\n\n## L\n\n> Gently.\n\n- Why {HOSTILE}?\n",
        encoding="utf-8",
    )
    return data_dir


def test_list_and_show_print_titles_and_prompts_escaped(hostile_script, capsys):
    """The table, the outline and the JSON of a script all show its escapes, obey none."""
    data = ["--data-dir", str(hostile_script), "scripts"]
    for argv in (["list"], ["show", "evil"], ["show", "evil", "--json"]):
        code, out, err = _run(capsys, *data, *argv)
        assert code == 0
        assert f"Evil {SHOWN}" in out
        assert _obeyed(out + err) == []


def test_json_output_reads_back_as_the_script_as_written(hostile_script, capsys):
    """Escaping keeps `show --json` valid JSON holding exactly the script's characters."""
    _code, out, _err = _run(
        capsys, "--data-dir", str(hostile_script), "scripts", "show", "evil", "--json"
    )
    script = json.loads(out)
    assert script["title"] == f"Evil {HOSTILE}"
    assert script["levels"][0]["prompts"][0]["text"] == f"Why {HOSTILE}?"


def test_error_messages_echo_what_was_typed_escaped(capsys):
    """An unknown id, or an unknown option, is quoted back with its escapes visible."""
    code, _out, err = _run(capsys, "scripts", "show", f"x{HOSTILE}")
    assert code == 1
    assert f'no script has the id "x{SHOWN}"' in err
    with pytest.raises(SystemExit):
        main(["scripts", "list", f"--x{HOSTILE}"])
    err = capsys.readouterr().err
    assert f"unrecognized arguments: --x{SHOWN}" in err
    assert _obeyed(err) == []


def test_pair_names_are_listed_escaped(tmp_path, capsys):
    """Export lists the pairs there are when a name matches none: their names are escaped."""
    data_dir = tmp_path / "data"
    opened = open_data_folder(data_dir)
    try:
        with session_scope(opened.engine) as session:
            owner = repo.add_person(session=session, name="Ada\u202ecod.exe")
            partner = repo.add_person(session=session, name=f"Ben{HOSTILE}")
            repo.create_pair(session=session, owner_id=owner.id, partner_id=partner.id)
    finally:
        opened.close()
    argv = ["--data-dir", str(data_dir), "export", "--pair", "Zed", "--out", "x.md"]
    code, _out, err = _run(capsys, *argv)
    assert code == 1
    assert f"Ada\\u202ecod.exe & Ben{SHOWN} (pair id 1)" in err
    assert _obeyed(err) == []


def test_importing_a_file_over_the_limit_names_its_size_and_the_limit(tmp_path, capsys):
    """A 10 MiB question list is refused at once, saying how big it is and what the limit is."""
    big = tmp_path / "huge.md"
    with big.open("wb") as file:
        file.truncate(10 * 1024 * 1024)
    data_dir = tmp_path / "data"
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "scripts", "import", str(big))
    assert code == 1
    assert err == (
        f"belonging: {big} is 10 MiB, more than the 1 MiB a script can be; nothing was imported\n"
    )
    assert out == ""
    assert not user_scripts_dir(data_dir).exists()


def _terminal_writes(path: Path) -> list[str]:
    """The calls in a module that write to the terminal or read from it, by name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            name = function.id if isinstance(function, ast.Name) else None
            if isinstance(function, ast.Attribute):
                name = function.attr
                if name == "write" and ast.unparse(function.value) not in (
                    "sys.stdout",
                    "sys.stderr",
                ):
                    name = None
            if name in ("print", "input", "write", "getpass"):
                found.append(f"{path.name}: {ast.unparse(node)}")
    return found


def test_every_message_of_the_command_line_goes_through_the_output_helper():
    """Only `cli/output.py` prints or asks; passphrase prompts are escaped before getpass."""
    found = [call for path in sorted(CLI.glob("*.py")) for call in _terminal_writes(path)]
    outside = [call for call in found if not call.startswith("output.py:")]
    assert outside == ["passphrase_input.py: getpass.getpass(prompt_text(prompt))"]
    assert any(call.startswith("output.py:") for call in found)
