"""`belonging scripts list|show|validate|import`: the command line for script authors.

Problems go to stderr as `FILE:LINE: message`, so editors and CI can jump to the line; what
was asked for goes to stdout.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from belonging.application.script_files import (
    FileNotReadError,
    FileNotWrittenError,
    IdTakenError,
    ImportInvalidError,
    ListNotTextError,
    ListTooLargeError,
    ScriptFileError,
    ScriptFileExistsError,
    import_file,
    keep_import,
)
from belonging.cli.errors import CommandError
from belonging.cli.output import say, warn
from belonging.core.scripts.importing import (
    LeftOut,
    ScriptIdError,
    check_script_id,
    counted,
    describe_import,
)
from belonging.core.scripts.library import ScriptLibrary
from belonging.core.scripts.model import FirstSpeaker, Script, ScriptError, Severity
from belonging.core.scripts.parser import validate_script_file
from belonging.languages import language_for
from belonging.paths import resolve_data_dir

_LEFT_OUT_WIDTH = 70
_FIRST_SHOWN = {
    FirstSpeaker.LEADER: "leader answers first",
    FirstSpeaker.PARTNER: "partner answers first",
    FirstSpeaker.ALTERNATE: "who answers first alternates",
}


def add_parser(subparsers: Any) -> None:
    """Registers `scripts` and its subcommands on the `belonging` parser."""
    parser = subparsers.add_parser(
        "scripts", help="list, show, check and import conversation scripts"
    )
    parser.set_defaults(run=_needs_subcommand)
    commands = parser.add_subparsers(title="subcommands", metavar="SUBCOMMAND")

    listing = commands.add_parser("list", help="list every script, built-in and your own")
    listing.set_defaults(run=run_list)

    show = commands.add_parser("show", help="show one script's levels and prompts")
    show.add_argument("id", metavar="ID", help="the script's id, as `scripts list` shows it")
    show.add_argument("--json", action="store_true", help="print the script as JSON")
    show.set_defaults(run=run_show)

    validate = commands.add_parser("validate", help="check script files for problems")
    validate.add_argument("files", metavar="FILE", nargs="+", type=Path, help="a script file")
    validate.set_defaults(run=run_validate)

    imports = commands.add_parser(
        "import", help="turn a Markdown question list into one of your scripts"
    )
    imports.add_argument("file", metavar="FILE", type=Path, help="a Markdown file of questions")
    imports.add_argument(
        "--id",
        metavar="ID",
        type=_script_id_argument,
        help="the new script's id (default: from its title)",
    )
    imports.set_defaults(run=run_import)


def _script_id_argument(value: str) -> str:
    """`--id` checked as the argument it is: argparse names it, shows the usage and exits 2."""
    try:
        check_script_id(value)
    except ScriptIdError as error:
        raise argparse.ArgumentTypeError(str(error)) from error
    return value


def _needs_subcommand(args: argparse.Namespace) -> int:
    """`belonging scripts` alone: say what it can do instead of opening the app."""
    raise CommandError("choose what to do: scripts list, show, validate or import", exit_code=2)


def _library(args: argparse.Namespace) -> ScriptLibrary:
    """The built-in scripts (in the app's language) and those in the chosen data folder,
    without creating it."""
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    return ScriptLibrary(data_dir, language=language_for(data_dir))


def run_list(args: argparse.Namespace) -> int:
    """Prints a table of every script; files that did not load are reported on stderr."""
    library = _library(args)
    rows = [("ID", "TITLE", "LEVELS", "PROMPTS", "SOURCE")]
    rows += [
        (
            script.id,
            script.title,
            str(len(script.levels)),
            str(script.prompt_count),
            "built-in" if script.builtin else "user",
        )
        for script in library.scripts
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        say("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    for problem in library.problems:
        warn(str(problem))
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Prints one script as a readable outline, or as JSON with --json."""
    library = _library(args)
    script = library.get(args.id)
    if script is None:
        known = ", ".join(s.id for s in library.scripts) or "none"
        raise CommandError(f'no script has the id "{args.id}" (known ids: {known})')
    if args.json:
        say(json.dumps(script_as_json(script), ensure_ascii=False, indent=2), keep_newlines=True)
    else:
        say(_outline(script), keep_newlines=True)
    return 0


def script_as_json(script: Script) -> dict[str, Any]:
    """A script as plain data: its metadata, levels and prompts, Markdown as written."""
    return {
        "id": script.id,
        "title": script.title,
        "summary": script.summary,
        "audience": script.audience,
        "minutes": script.minutes,
        "turns": str(script.turns),
        "manager_report_ceiling": script.manager_report_ceiling,
        "closing": script.closing,
        "introduction": script.introduction,
        "builtin": script.builtin,
        "source": str(script.source) if script.source else None,
        "sha256": script.sha256,
        "levels": [
            {
                "depth": level.depth,
                "title": level.title,
                "minutes": level.minutes,
                "first": str(level.first) if level.first else None,
                "guidance": level.guidance,
                "prompts": [
                    {
                        "id": prompt.id,
                        "text": prompt.text,
                        "lighter": prompt.lighter,
                        "follow_ups": list(prompt.follow_ups),
                        "topics": list(prompt.topics),
                        "asked_by": str(prompt.asked_by) if prompt.asked_by else None,
                        "line": prompt.line,
                    }
                    for prompt in level.prompts
                ],
            }
            for level in script.levels
        ],
    }


def _outline(script: Script) -> str:
    """A script as an indented outline a person can read in a terminal."""
    facts = [script.audience, f"{script.minutes} minutes" if script.minutes else "", script.turns]
    lines = [f"{script.title}  [{script.id}]"]
    lines += [script.summary] if script.summary else []
    if script.manager_report_ceiling:
        facts.append(f"manager and report stop at level {script.manager_report_ceiling}")
    lines.append(" · ".join(f for f in facts if f))
    lines.append(f"{'built-in' if script.builtin else 'user'}: {script.source or '-'}")
    for level in script.levels:
        facts = [f"{level.minutes} min" if level.minutes else ""]
        facts.append(_FIRST_SHOWN.get(level.first, "") if level.first else "")
        shown = ", ".join(f for f in facts if f)
        lines += ["", f"{level.depth}. {level.title}{f' ({shown})' if shown else ''}"]
        if level.guidance:
            lines.append(f"   > {' '.join(level.guidance.split())}")
        for prompt in level.prompts:
            lines.append(f"   - {' '.join(prompt.text.split())}  [{prompt.id}]")
            if prompt.asked_by:
                lines.append(f"       Asked by: {prompt.asked_by}")
            lines += [f"       Follow-up: {follow_up}" for follow_up in prompt.follow_ups]
            if prompt.lighter:
                lines.append(f"       Lighter: {prompt.lighter}")
            if prompt.topics:
                lines.append(f"       Topics: {', '.join(prompt.topics)}")
    if script.closing:
        lines += ["", f"Closing: {script.closing}"]
    return "\n".join(lines)


def run_validate(args: argparse.Namespace) -> int:
    """Checks each file; exit 1 when any has an error. Warnings alone still pass."""
    failed = False
    for path in args.files:
        if path.name.lower() == "readme.md":
            # So `validate resources/scripts/*.md` works: the library skips READMEs too.
            warn(f"{path}: skipped, a README is not a script")
            continue
        diagnostics = validate_script_file(path)
        for diagnostic in diagnostics:
            warn(str(diagnostic))
        if any(d.severity is Severity.ERROR for d in diagnostics):
            failed = True
        else:
            say(f"{path}: ok")
    return 1 if failed else 0


def run_import(args: argparse.Namespace) -> int:
    """Imports a question list into the user scripts folder as `<id>.md`, never overwriting."""
    source: Path = args.file
    library = _library(args)
    try:
        result = import_file(source, script_id=args.id)
    except ScriptError as error:
        raise CommandError(f"cannot import {source}:\n{error}") from error
    except ScriptFileError as error:
        raise CommandError(_file_problem(error, source)) from error
    try:
        script = keep_import(library, result)
    except ScriptFileError as error:
        raise CommandError(_file_problem(error, source)) from error
    target = script.source

    summary, *details = describe_import(result)
    say(f'Imported "{script.title}" as {script.id}: {summary}')
    say(f"Saved to {target}")
    for line in details:
        say(line)
    if result.level_order_guessed:
        say(f"To change the order of the levels, move their sections in {target}.")
    if script.warnings:
        warnings = counted(len(script.warnings), "warning")
        say(f"{warnings}; `belonging scripts validate {target}` lists them.")
    _print_left_out(result.left_out)
    return 0


def _file_problem(error: ScriptFileError, source: Path) -> str:
    """What went wrong reading the list or keeping the script, in the terminal's words."""
    match error:
        case ListTooLargeError():
            size = "larger" if error.size is None else f"{error.size_text}, more"
            return (
                f"{source} is {size} than the {error.limit_text} a script can be; "
                "nothing was imported"
            )
        case ListNotTextError():
            return (
                f"{source} is not UTF-8 text (byte 0x{error.byte:02x} on line {error.line}); "
                "save it as UTF-8 and import it again"
            )
        case FileNotReadError():
            return f"cannot read {error.path}: {error.reason}"
        case IdTakenError() if error.builtin:
            return (
                f'the id "{error.script_id}" belongs to a built-in script; choose another with --id'
            )
        case IdTakenError():
            return (
                f'the id "{error.script_id}" is already used by {error.holder}; '
                "choose another with --id"
            )
        case ScriptFileExistsError():
            return (
                f"{error.path} already exists; it was not overwritten (choose another id with --id)"
            )
        case ImportInvalidError():
            return f"the imported script does not pass validation:\n{error}"
        case FileNotWrittenError():
            return f"cannot write {error.path}: {error.reason}"
    return str(error)


def _print_left_out(left_out: Sequence[LeftOut]) -> None:
    """Tells what the import did not bring in, line by line, so nothing vanishes unseen."""
    if not left_out:
        say("Nothing was left out.")
        return
    say(f"Left out {counted(len(left_out), 'part')} of the source:")
    for entry in left_out:
        text = " ".join(entry.text.split())
        if len(text) > _LEFT_OUT_WIDTH:
            text = text[: _LEFT_OUT_WIDTH - 1] + "…"
        say(f"  line {entry.line}: {entry.reason}: {text}")
