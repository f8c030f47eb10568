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
from pathlib import Path

from belonging.application.export import (
    ExportRefusedError,
    open_read_only,
    pair_named,
    read_for_file,
)
from belonging.cli.errors import CommandError
from belonging.cli.output import say
from belonging.cli.passphrase_input import add_passphrase_option, key_from_user
from belonging.core.export import (
    DEFAULT_LABELS,
    ExportDocument,
    ExportExistsError,
    ExportFormat,
    ExportLabels,
    IncludeOptions,
    left_out_items,
    to_html,
    to_markdown,
    write_export_file,
)
from belonging.core.export.catalogue import labels_for
from belonging.core.export.phrases import document_title
from belonging.languages import language_for
from belonging.paths import resolve_data_dir


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
    try:
        engine, encrypted = open_read_only(
            data_dir,
            lambda path: key_from_user(path, args, f"Passphrase of the notes in {data_dir}: "),
        )
        try:
            pair_id = args.pair_id
            if args.conversation is None and pair_id is None:
                pair_id = pair_named(engine, args.pair)
            doc = read_for_file(engine, options, conversation_id=args.conversation, pair_id=pair_id)
        finally:
            engine.dispose()
    except ExportRefusedError as refused:
        raise CommandError(str(refused)) from refused
    # The document is for people to read: in the app's language, like the window's exports.
    data = _render(doc, fmt, labels_for(language_for(data_dir)))
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


def _render(doc: ExportDocument, fmt: ExportFormat, labels: ExportLabels) -> str | bytes:
    if fmt is ExportFormat.MARKDOWN:
        return to_markdown(doc, labels)
    html = to_html(doc, labels)
    if fmt is ExportFormat.HTML:
        return html
    from belonging.ui.export.pdf_writer import ensure_gui_application, html_to_pdf

    ensure_gui_application()
    return html_to_pdf(html, title=document_title(doc, labels))
