"""Exports of a conversation or a pair's history, as Markdown or HTML (the UI makes PDF).

Plain Python, no Qt and no database: storage builds an `ExportDocument` holding only what
the user chose to include (`belonging.storage.export_source`), and the renderers here turn
it into text, byte for byte the same each time for the same document::

    doc = build_pair_export(session=session, pair_id=3, options=IncludeOptions())
    write_export_file(path, to_markdown(doc))
"""

from belonging.core.export.document import (
    SHARED_ONLY,
    ExportCheckIn,
    ExportConversation,
    ExportDocument,
    ExportFollowUp,
    ExportNote,
    ExportPrompt,
    ExportScope,
    IncludeOptions,
    LeftOut,
    NoteCensus,
    Outcome,
    PromptCounts,
)
from belonging.core.export.files import (
    ExportExistsError,
    ExportFormat,
    name_slug,
    suggested_file_stem,
    write_export_file,
)
from belonging.core.export.html_writer import to_html
from belonging.core.export.labels import (
    DEFAULT_LABELS,
    ExportLabels,
    describe_left_out,
    format_date,
    format_datetime,
    left_out_items,
)
from belonging.core.export.markdown_writer import to_markdown

__all__ = [
    "DEFAULT_LABELS",
    "SHARED_ONLY",
    "ExportCheckIn",
    "ExportConversation",
    "ExportDocument",
    "ExportExistsError",
    "ExportFollowUp",
    "ExportFormat",
    "ExportLabels",
    "ExportNote",
    "ExportPrompt",
    "ExportScope",
    "IncludeOptions",
    "LeftOut",
    "NoteCensus",
    "Outcome",
    "PromptCounts",
    "describe_left_out",
    "format_date",
    "format_datetime",
    "left_out_items",
    "name_slug",
    "suggested_file_stem",
    "to_html",
    "to_markdown",
    "write_export_file",
]
