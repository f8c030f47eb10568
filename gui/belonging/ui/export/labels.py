"""The export's words in the window's language, from core's catalogue (`core.export.catalogue`)."""

from __future__ import annotations

from belonging.core.export import ExportLabels
from belonging.core.export.catalogue import labels_for
from belonging.ui.language import current_language


def translated_labels() -> ExportLabels:
    """The export's labels and month names in the language the window speaks."""
    return labels_for(current_language())
