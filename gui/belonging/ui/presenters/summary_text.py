"""The engine's summary of a conversation in a few plain sentences, for the wrap-up page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from belonging.core.engine import ConversationSummary


def minutes_text(seconds: float) -> str:
    """A duration to the minute, "less than a minute" below one."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return QCoreApplication.translate("Summary", "less than a minute")
    if minutes < 60:
        return QCoreApplication.translate("Summary", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("Summary", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=minutes % 60
    )


def summary_facts(summary: ConversationSummary, level_count: int) -> str:
    """E.g. "You went as deep as level 3 of 5. Answered 6 · skipped 1 · parked 1.
    Talked for 34 min, paused for 4 min." — counts of zero are left out."""
    lines = [
        QCoreApplication.translate(
            "Summary", "You went as deep as level {depth} of {count}."
        ).format(depth=max(1, summary.depth_reached), count=level_count)
    ]
    counts = [
        (summary.prompts_answered, QCoreApplication.translate("Summary", "answered {n}")),
        (summary.prompts_skipped, QCoreApplication.translate("Summary", "skipped {n}")),
        (summary.prompts_parked, QCoreApplication.translate("Summary", "parked {n}")),
    ]
    shown = [text.format(n=n) for n, text in counts if n]
    if shown:
        sentence = " · ".join(shown)
        lines.append(
            QCoreApplication.translate("Summary", "Prompts: {counts}.").format(counts=sentence)
        )
    time = QCoreApplication.translate("Summary", "Talked for {talking}.").format(
        talking=minutes_text(summary.talking_seconds)
    )
    if summary.paused_seconds >= 60:
        time = QCoreApplication.translate(
            "Summary", "Talked for {talking}, paused for {paused}."
        ).format(
            talking=minutes_text(summary.talking_seconds),
            paused=minutes_text(summary.paused_seconds),
        )
    lines.append(time)
    return " ".join(lines)
