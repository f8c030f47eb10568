"""The export's words in the user's language: core's English labels passed through `tr()`."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QCoreApplication, QLocale

from belonging.core.export import DEFAULT_LABELS, ExportLabels

_CONTEXT = "Export"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def translated_labels() -> ExportLabels:
    """Every label of `DEFAULT_LABELS` translated (in the "Export" context), the page's
    language set to the application's; untranslated words stay English."""
    changes: dict[str, object] = {}
    for field in fields(ExportLabels):
        value = getattr(DEFAULT_LABELS, field.name)
        if isinstance(value, str):
            changes[field.name] = _tr(value)
        elif isinstance(value, tuple):
            changes[field.name] = tuple(_tr(item) for item in value)
    changes["lang"] = QLocale().bcp47Name() or DEFAULT_LABELS.lang
    return replace(DEFAULT_LABELS, **changes)  # type: ignore[arg-type]
