"""`belonging export`: a conversation or a pair's whole history to Markdown, HTML or PDF.

Only shared notes, follow-ups and check-ins go out unless `--include-private` or
`--include-confidential` asks for more by name; what stayed out is counted at the end of
the file and printed. The database is opened read-only, so an export is safe while the app
is open. Notes protected by a passphrase ask for it (at the terminal, or on standard input
with `--passphrase-stdin`); the export itself is a plain file, and says so. Qt is loaded only
for PDF, and then without a window.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from belonging.cli.errors import CommandError
from belonging.cli.output import say
from belonging.cli.passphrase_input import add_passphrase_option, key_from_user
from belonging.core.export import (
    DEFAULT_LABELS,
    ExportDocument,
    ExportExistsError,
    ExportFormat,
    IncludeOptions,
    format_date,
    left_out_items,
    to_html,
    to_markdown,
    write_export_file,
)
from belonging.core.export.phrases import document_title, one_line
from belonging.paths import resolve_data_dir
from belonging.storage.database import create_database_engine, database_path, new_session
from belonging.storage.encryption.drivers import SQLITE_ERRORS
from belonging.storage.encryption.keys import looks_encrypted
from belonging.storage.export_source import build_conversation_export, build_pair_export
from belonging.storage.migrations import (
    SchemaTooNewError,
    current_revision,
    head_revision,
    known_revisions,
)
from belonging.storage.repositories import NotFoundError, PairOverview
from belonging.storage.repositories.pairs import list_pairs_with_last_conversation


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `export`."""
    parser = subparsers.add_parser(
        "export",
        help="export a conversation or a pair's history to Markdown, HTML or PDF",
        description="Export one conversation, or every conversation of a pair, to a file. "
        "Shared notes, follow-ups and check-ins go out; private and confidential notes stay "
        "out unless you ask for them by name.",
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--pair",
        metavar="NAME",
        help='the pair: either person\'s name, or both as "A & B" (any case)',
    )
    target.add_argument(
        "--pair-id", metavar="ID", type=int, help="the pair with this id (when names clash)"
    )
    target.add_argument("--conversation", metavar="ID", type=int, help="one conversation")
    parser.add_argument(
        "--format",
        choices=[fmt.value for fmt in ExportFormat],
        help="md, html or pdf (default: from the extension of FILE)",
    )
    parser.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    parser.add_argument("--include-private", action="store_true", help="also export private notes")
    parser.add_argument(
        "--include-confidential",
        action="store_true",
        help="also export notes marked confidential",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    add_passphrase_option(parser)
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Export as asked, and say what was written and what was left out."""
    out = Path(args.out).expanduser().absolute()
    fmt = _format(args.format, out)
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name. Nothing was written.")
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists; add --force to replace it. Nothing was written.")
    if not out.parent.is_dir():
        raise CommandError(f"There is no folder {out.parent} to write the export in.")
    options = IncludeOptions(
        include_private=args.include_private, include_confidential=args.include_confidential
    )
    data_dir = resolve_data_dir(args.data_dir)
    engine, encrypted = _open_read_only(data_dir, args)
    try:
        with new_session(engine) as session:
            doc = _document(session, args, options)
    except (*SQLITE_ERRORS, DBAPIError) as error:
        raise CommandError(f"The notes in {data_dir} could not be read: {error}") from error
    finally:
        engine.dispose()
    data = _render(doc, fmt)
    try:
        write_export_file(out, data, overwrite=args.force)
    except ExportExistsError as error:
        raise CommandError(f"{out} already exists; add --force to replace it.") from error
    except OSError as error:
        raise CommandError(f"Could not write {out}: {error.strerror or error}.") from error
    count = len(doc.conversations)
    noun = "conversation" if count == 1 else "conversations"
    say(f"Exported {count} {noun} of {document_title(doc, DEFAULT_LABELS)} to {out}.")
    items = left_out_items(doc.left_out)
    if items:
        say(f"Left out: {', '.join(items)}.")
        say("Ask for them by name with --include-private or --include-confidential.")
    else:
        say("Nothing was left out.")
    if encrypted:
        say("Your notes are protected by a passphrase; this export is not. Keep it safe.")
    return 0


def _format(name: str | None, out: Path) -> ExportFormat:
    if name is not None:
        return ExportFormat(name)
    guessed = ExportFormat.from_path(out)
    if guessed is None:
        raise CommandError(
            f"Cannot tell the format from the name {out.name}; add --format md, html or pdf."
        )
    return guessed


def _open_read_only(data_dir: Path, args: argparse.Namespace) -> tuple[Engine, bool]:
    """A read-only engine on the data folder's database, at the schema this app knows, and
    whether the notes are encrypted (their passphrase is asked for first)."""
    db_path = database_path(data_dir)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise CommandError(f"There are no conversations to export yet in {data_dir}.")
    key = None
    try:
        if looks_encrypted(db_path):
            key = key_from_user(db_path, args, f"Passphrase of the notes in {data_dir}: ")
    except OSError as error:
        raise CommandError(f"The notes in {data_dir} could not be read: {error}") from error
    engine = create_database_engine(db_path, read_only=True, key=key)
    try:
        revision = current_revision(engine)
    except (*SQLITE_ERRORS, DBAPIError) as error:
        engine.dispose()
        raise CommandError(f"The notes database {db_path} could not be read ({error}).") from error
    if revision != head_revision():
        engine.dispose()
        if revision is not None and revision not in known_revisions():
            raise CommandError(str(SchemaTooNewError(revision)))
        raise CommandError(
            f"The notes in {data_dir} were saved by an older version of Belonging. Open the "
            "app once to bring them up to date, then export again."
        )
    return engine, key is not None


def _document(session: Session, args: argparse.Namespace, options: IncludeOptions):
    exported_at = datetime.now().astimezone()
    try:
        if args.conversation is not None:
            return build_conversation_export(
                session=session,
                conversation_id=args.conversation,
                options=options,
                exported_at=exported_at,
            )
        pair_id = args.pair_id if args.pair_id is not None else _find_pair(session, args.pair)
        return build_pair_export(
            session=session, pair_id=pair_id, options=options, exported_at=exported_at
        )
    except NotFoundError as error:
        what = "conversation" if args.conversation is not None else "pair"
        number = args.conversation if args.conversation is not None else args.pair_id
        raise CommandError(f"There is no {what} with id {number}.") from error


def _find_pair(session: Session, name: str) -> int:
    """The id of the one pair `name` names; lists the candidates when it names none or many."""
    wanted = one_line(name).casefold()
    pairs = list_pairs_with_last_conversation(session=session)
    matches = [overview for overview in pairs if wanted in _names(overview)]
    if len(matches) == 1:
        return int(matches[0].pair.id or 0)
    if not matches:
        if not pairs:
            raise CommandError("There are no pairs yet.")
        listed = "\n".join(f"  {_describe(overview)}" for overview in pairs)
        raise CommandError(f'No pair is called "{name}". The pairs are:\n{listed}')
    listed = "\n".join(f"  {_describe(overview)}" for overview in matches)
    raise CommandError(
        f'"{name}" matches more than one pair:\n{listed}\n'
        'Name both people, as in --pair "A & B", or give --pair-id.'
    )


def _names(overview: PairOverview) -> set[str]:
    owner = one_line(overview.owner.name).casefold()
    partner = one_line(overview.partner.name).casefold()
    return {owner, partner, f"{owner} & {partner}", f"{partner} & {owner}"}


def _describe(overview: PairOverview) -> str:
    text = f"{overview.owner.name} & {overview.partner.name} (pair id {overview.pair.id}"
    last = overview.last_conversation
    if last is not None:
        text += f", last met {format_date(last.started_at.astimezone().date())}"
    return text + ")"


def _render(doc: ExportDocument, fmt: ExportFormat) -> str | bytes:
    if fmt is ExportFormat.MARKDOWN:
        return to_markdown(doc)
    html = to_html(doc)
    if fmt is ExportFormat.HTML:
        return html
    from belonging.ui.export.pdf_writer import ensure_gui_application, html_to_pdf

    ensure_gui_application()
    return html_to_pdf(html, title=document_title(doc, DEFAULT_LABELS))
