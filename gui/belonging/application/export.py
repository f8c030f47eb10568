"""Exporting a conversation or a pair's whole history to Markdown, HTML or PDF.

`run_export` does the whole job on whatever thread calls it (a job of the window's runner,
or the command line itself): read, render, write, reporting whole percents and stopping as
soon as it is cancelled. A cancelled or failed export leaves no file behind. The PDF is
made by a `PdfMaker` the caller gives — the window's makes it in a process of its own, so
its seconds of layout never hold the window — and the garbage collector is held back while
the history is read (`collector`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from belonging.application.collector import collector_paused
from belonging.core.export import (
    DEFAULT_LABELS,
    ExportDocument,
    ExportFormat,
    ExportLabels,
    IncludeOptions,
    LeftOut,
    NoteCensus,
    format_date,
    to_html,
    to_markdown,
    write_export_file,
)
from belonging.core.export.phrases import one_line
from belonging.storage.database import create_database_engine, database_path, new_session
from belonging.storage.encryption.drivers import SQLITE_ERRORS
from belonging.storage.encryption.keys import looks_encrypted
from belonging.storage.export_source import (
    build_conversation_export,
    build_pair_export,
    note_census,
)
from belonging.storage.faults import (
    StorageProblem,
    is_damage,
    storage_problem,
    unreadable_message,
)
from belonging.storage.migrations import (
    SchemaTooNewError,
    current_revision,
    head_revision,
    known_revisions,
)
from belonging.storage.models import ConversationRecord, Pair, Person
from belonging.storage.repositories import NotFoundError, PairOverview
from belonging.storage.repositories.pairs import list_pairs_with_last_conversation

#: Where the progress bar stands once the database has been read, by format: the rest is
#: making the file, which for a PDF (writing the HTML, laying out and painting every page)
#: takes many times as long.
_READ_SHARE = {ExportFormat.MARKDOWN: 90, ExportFormat.HTML: 90, ExportFormat.PDF: 10}


class ExportCancelledError(Exception):
    """The user stopped the export; nothing was written."""


class Cancellation:
    """Asked from any thread to stop an export; `on_cancel` callbacks run at once (the PDF
    maker ends its process there)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        """Stops the export at its next step."""
        with self._lock:
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def cancelled(self) -> bool:
        """Whether `cancel` has been called."""
        return self._event.is_set()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Calls `callback` when cancelled (at once if it already is)."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()


#: Makes a PDF of a document: (doc, labels, progress share 0..1, cancellation) -> bytes.
PdfMaker = Callable[[ExportDocument, ExportLabels, Callable[[float], None], Cancellation], bytes]


@dataclass(frozen=True)
class ExportRequest:
    """What to export (exactly one of `pair_id`, `conversation_id`), how, and where."""

    path: Path
    format: ExportFormat
    options: IncludeOptions
    pair_id: int | None = None
    conversation_id: int | None = None
    overwrite: bool = False
    labels: ExportLabels = DEFAULT_LABELS

    def __post_init__(self) -> None:
        if (self.pair_id is None) == (self.conversation_id is None):
            raise ValueError("export either a pair or a conversation")


@dataclass(frozen=True)
class ExportResult:
    """A finished export: where it went, how many conversations it holds, what stayed out."""

    path: Path
    conversations: int
    left_out: LeftOut


def run_export(
    db: Engine,
    request: ExportRequest,
    *,
    make_pdf: PdfMaker | None = None,
    progress: Callable[[int], None] | None = None,
    cancellation: Cancellation | None = None,
) -> ExportResult:
    """Exports as `request` says, reporting whole percents to `progress`; raises
    ExportCancelledError as soon as it is cancelled, ExportExistsError, or OSError."""
    # The document dies with `_export`'s frame, before the collector resumes: it then
    # finds only what is still alive, not a million objects to look through at once.
    with collector_paused():
        return _export(db, request, make_pdf, progress, cancellation or Cancellation())


def _export(
    db: Engine,
    request: ExportRequest,
    make_pdf: PdfMaker | None,
    progress: Callable[[int], None] | None,
    cancellation: Cancellation,
) -> ExportResult:
    last = -1

    def report(percent: float) -> None:
        nonlocal last
        if cancellation.cancelled():
            raise ExportCancelledError
        value = min(100, int(percent))
        if progress is not None and value != last:
            last = value
            progress(value)

    read_share = _READ_SHARE[request.format]
    doc = read_document(db, request, lambda done, total: report(read_share * done / max(total, 1)))
    report(read_share)
    if request.format is ExportFormat.MARKDOWN:
        data: str | bytes = to_markdown(doc, request.labels)
    elif request.format is ExportFormat.HTML:
        data = to_html(doc, request.labels)
    else:
        if make_pdf is None:
            raise ValueError("a PDF export needs a PDF maker")
        data = make_pdf(
            doc,
            request.labels,
            lambda share: report(read_share + (99 - read_share) * share),
            cancellation,
        )
    report(99)
    write_export_file(request.path, data, overwrite=request.overwrite)
    report(100)
    return ExportResult(request.path, len(doc.conversations), doc.left_out)


def read_document(
    db: Engine,
    request: ExportRequest,
    progress: Callable[[int, int], None] | None = None,
) -> ExportDocument:
    """The document an export writes: only what its options let out is ever read."""
    exported_at = datetime.now().astimezone()
    with new_session(db) as session:
        if request.pair_id is not None:
            return build_pair_export(
                session=session,
                pair_id=request.pair_id,
                options=request.options,
                progress=progress,
                exported_at=exported_at,
            )
        assert request.conversation_id is not None
        return build_conversation_export(
            session=session,
            conversation_id=request.conversation_id,
            options=request.options,
            progress=progress,
            exported_at=exported_at,
        )


@dataclass(frozen=True)
class ExportFacts:
    """What the export dialog says before anything is written: how many notes each choice
    lets out (`census`), and the names and day a file name is suggested from."""

    census: NoteCensus
    names: str
    day: date


def export_facts(db: Engine, *, pair_id: int | None, conversation_id: int | None) -> ExportFacts:
    """The census of what an export of this pair or conversation could hold, and its names."""
    with new_session(db) as session:
        census = note_census(session=session, pair_id=pair_id, conversation_id=conversation_id)
        if conversation_id is not None:
            conversation = session.get(ConversationRecord, conversation_id)
            pair = session.get(Pair, conversation.pair_id) if conversation else None
            day = conversation.started_at.astimezone().date() if conversation else date.today()
        else:
            pair = session.get(Pair, pair_id)
            day = date.today()
        if pair is None:
            return ExportFacts(census, "", day)
        owner = session.get(Person, pair.owner_id)
        partner = session.get(Person, pair.partner_id)
        names = f"{owner.name if owner else ''} {partner.name if partner else ''}".strip()
        return ExportFacts(census, names, day)


class ExportRefusedError(Exception):
    """An export from the command line that cannot go ahead; the message says why."""


def open_read_only(data_dir: Path, key_for: Callable[[Path], object]) -> tuple[Engine, bool]:
    """A read-only engine on the data folder's notes, at the schema this app knows, and
    whether they are encrypted (`key_for(path)` asks for their passphrase first). Reading
    only, it is safe while the app is open, and works in a folder that cannot be written to.
    Every refusal is an `ExportRefusedError` in plain words, never a library's."""
    db_path = database_path(data_dir)
    try:
        if not db_path.is_file() or db_path.stat().st_size == 0:
            raise ExportRefusedError(f"There are no conversations to export yet in {data_dir}.")
        key = key_for(db_path) if looks_encrypted(db_path) else None
        engine = create_database_engine(db_path, read_only=True, key=key)  # type: ignore[arg-type]
    except OSError as error:
        raise ExportRefusedError(_cannot_read(data_dir, error)) from error
    try:
        revision = current_revision(engine)
    except (*SQLITE_ERRORS, DBAPIError, OSError) as error:
        engine.dispose()
        raise ExportRefusedError(_cannot_read(data_dir, error)) from error
    if revision != head_revision():
        engine.dispose()
        if revision is not None and revision not in known_revisions():
            raise ExportRefusedError(str(SchemaTooNewError(revision)))
        raise ExportRefusedError(
            f"The notes in {data_dir} were saved by an older version of Belonging. Open the "
            "app once to bring them up to date, then export again."
        )
    return engine, key is not None


def _cannot_read(data_dir: Path | None, error: BaseException) -> str:
    """Why the notes could not be read, in words for the person (no library's own)."""
    where = f" in {data_dir}" if data_dir is not None else ""
    if is_damage(error):
        return (
            f"The notes database{where} is damaged, so nothing was exported. Open "
            "Belonging: it keeps the damaged file aside and offers the newest good backup."
        )
    if storage_problem(error) is StorageProblem.READ_ONLY and data_dir is not None:
        return unreadable_message(data_dir)
    original = getattr(error, "orig", None)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else None
    reason = reason or str(original if isinstance(original, BaseException) else error)
    return f"The notes{where} could not be read ({reason}). Nothing was exported."


def read_for_file(
    db: Engine, options: IncludeOptions, *, conversation_id: int | None, pair_id: int | None
) -> ExportDocument:
    """The document of one conversation or a pair's history, for a command-line export;
    ExportRefusedError when there is no such conversation or pair, or it cannot be read."""
    exported_at = datetime.now().astimezone()
    try:
        with new_session(db) as session:
            if conversation_id is not None:
                return build_conversation_export(
                    session=session,
                    conversation_id=conversation_id,
                    options=options,
                    exported_at=exported_at,
                )
            assert pair_id is not None
            return build_pair_export(
                session=session, pair_id=pair_id, options=options, exported_at=exported_at
            )
    except NotFoundError as error:
        what = "conversation" if conversation_id is not None else "pair"
        number = conversation_id if conversation_id is not None else pair_id
        raise ExportRefusedError(f"There is no {what} with id {number}.") from error
    except (*SQLITE_ERRORS, DBAPIError) as error:
        raise ExportRefusedError(_cannot_read(None, error)) from error


def pair_named(db: Engine, name: str) -> int:
    """The id of the one pair `name` names (either person, or both as "A & B", any case);
    ExportRefusedError listing the candidates when it names none or many."""
    wanted = one_line(name).casefold()
    with new_session(db) as session:
        pairs = list_pairs_with_last_conversation(session=session)
    matches = [overview for overview in pairs if wanted in _names(overview)]
    if len(matches) == 1:
        return int(matches[0].pair.id or 0)
    if not matches:
        if not pairs:
            raise ExportRefusedError("There are no pairs yet.")
        listed = "\n".join(f"  {_describe(overview)}" for overview in pairs)
        raise ExportRefusedError(f'No pair is called "{name}". The pairs are:\n{listed}')
    listed = "\n".join(f"  {_describe(overview)}" for overview in matches)
    raise ExportRefusedError(
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
