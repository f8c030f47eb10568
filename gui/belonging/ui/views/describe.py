"""Short descriptions of the plain rows, worded once for every page that shows them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from belonging.ui.views.rows import PairRow, ScriptRow


def pair_names(row: PairRow) -> str:
    """The two names of a pair, e.g. "Sam and Alex"."""
    return QCoreApplication.translate("Describe", "{owner} and {partner}").format(
        owner=row.owner_name, partner=row.partner_name
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
