"""Short descriptions of the plain rows, worded once for every page that shows them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from belonging.application.rows import PairRow, ScriptRow


def pair_names(row: PairRow) -> str:
    """The two names of a pair, e.g. "Sam and Alex"."""
    return and_text(row.owner_name, row.partner_name)


def and_text(first: str, second: str) -> str:
    """Two names (or roles) joined as the pages say them: "Sam and Alex"."""
    return QCoreApplication.translate("Describe", "{owner} and {partner}").format(
        owner=first, partner=second
    )


def depth_text(depth: int | None, level_count: int | None) -> str:
    """How deep a conversation went: "Level 3 of 5", or "Level 3" when its script is gone;
    empty when it never reached a level."""
    if not depth:
        return ""
    if level_count is None:
        return QCoreApplication.translate("History", "Level {depth}").format(depth=depth)
    return QCoreApplication.translate("History", "Level {depth} of {count}").format(
        depth=depth, count=level_count
    )


def long_date(day: date) -> str:
    """A date written out in the user's language, e.g. "Wednesday 12 March 2025"."""
    return QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)


#: Day, abbreviated month and year: never ambiguous, unlike 03/04/2025.
SHORT_DATE_FORMAT = "d MMM yyyy"


def short_date(day: date) -> str:
    """A compact date in the user's language, for lists."""
    return QLocale().toString(QDate(day), SHORT_DATE_FORMAT)


def script_facts(row: ScriptRow) -> str:
    """One line of facts, e.g. "Levels: 3 · Prompts: 24 · About 40 minutes · For mentors"."""
    facts = [
        QCoreApplication.translate("Describe", "Levels: {count}").format(
            count=len(row.level_titles)
        ),
        QCoreApplication.translate("Describe", "Prompts: {count}").format(count=row.prompt_count),
    ]
    if row.minutes:
        facts.append(
            QCoreApplication.translate("Describe", "About {minutes} minutes").format(
                minutes=row.minutes
            )
        )
    if row.audience:
        facts.append(
            QCoreApplication.translate("Describe", "For {audience}").format(audience=row.audience)
        )
    return " · ".join(facts)
