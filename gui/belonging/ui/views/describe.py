"""Short descriptions of the plain rows, worded once for every page that shows them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from belonging.application.continuity_rows import FollowUpItem
from belonging.application.rows import PairRow, ScriptRow
from belonging.ui.widgets.date_field import SHORT_DATE_FORMAT


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


def time_text(moment: datetime) -> str:
    """A time of day in the user's language, e.g. "10:00"."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def day_text(day: date, today: date) -> str:
    """A day said as people say it: "today", "tomorrow", "Thursday" within the week ahead,
    otherwise a short date ("20 Mar 2025")."""
    ahead = (day - today).days
    if ahead == 0:
        return QCoreApplication.translate("Describe", "today")
    if ahead == 1:
        return QCoreApplication.translate("Describe", "tomorrow")
    if 1 < ahead < 7:
        return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return short_date(day)


def next_conversation_text(at: datetime, today: date) -> str:
    """When the next conversation is, e.g. "Thursday at 10:00"."""
    return QCoreApplication.translate("Describe", "{day} at {time}").format(
        day=day_text(at.astimezone().date(), today), time=time_text(at)
    )


def follow_up_details(item: FollowUpItem, today: date | None) -> str:
    """Whose a follow-up is and when it is due, e.g. "Sam · due 12 Mar 2025", or "Both of you
    · overdue since 3 Mar 2025" once the day has passed (or "… · done on 4 Mar 2025")."""
    details = [item.owner_name or QCoreApplication.translate("Describe", "Both of you")]
    if item.done:
        details.append(
            QCoreApplication.translate("Describe", "done on {date}").format(
                date=short_date(item.done_on)
            )
            if item.done_on is not None
            else QCoreApplication.translate("Describe", "done")
        )
    elif item.due is not None:
        if today is not None and item.overdue(today):
            details.append(
                QCoreApplication.translate("Describe", "overdue since {date}").format(
                    date=short_date(item.due)
                )
            )
        else:
            details.append(
                QCoreApplication.translate("Describe", "due {date}").format(
                    date=short_date(item.due)
                )
            )
    return " · ".join(details)
