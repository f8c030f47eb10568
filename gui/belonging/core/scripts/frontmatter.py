"""The first steps of reading a script: bytes to text, then the `key: value` front matter.

Front matter is deliberately not YAML: one `key: value` per line is all a script needs, and a
tiny reader can tell an author exactly which line is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from belonging.core.scripts.ids import MAX_ID_LENGTH, is_valid_id
from belonging.core.scripts.model import TurnMode
from belonging.core.scripts.report import Report

#: A script is a page or two of prompts; anything this big is not one, and is refused early.
MAX_SCRIPT_BYTES = 1024 * 1024

KNOWN_KEYS = (
    "id",
    "title",
    "summary",
    "audience",
    "minutes",
    "turns",
    "closing",
    "manager_report_ceiling",
    "lend_prompts",
)
SCRIPT_MINUTES = (5, 240)

_FENCE_RE = re.compile(r"---[ \t]*")
_KEY_VALUE_RE = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)[ \t]*:(.*)")
# The parser marks lines with these private-use characters; an author never types them.
_RESERVED_CHARS = str.maketrans("", "", "\ue000\ue001")


def decode_script(data: bytes | str, report: Report) -> tuple[str, bytes] | None:
    """The text of a script with newlines normalised, and the bytes it was read from.

    Returns None (after reporting why) when the bytes are not UTF-8 or the file is too big.
    """
    if isinstance(data, str):
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError as error:
            report.error(
                _line_of(data[: error.start]),
                "the text holds a character that is not valid Unicode",
            )
            return None
    else:
        raw = bytes(data)
    if len(raw) > MAX_SCRIPT_BYTES:
        limit = MAX_SCRIPT_BYTES // 1024
        report.error(1, f"the file is larger than {limit} KiB; a script is far smaller")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _line_of(raw[: error.start].decode("utf-8"))
        report.error(
            line,
            f"not UTF-8 text (byte 0x{raw[error.start]:02x} on this line); save the file as UTF-8",
        )
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_RESERVED_CHARS), raw


def _line_of(text_before: str) -> int:
    """The 1-based line on which a position falls, counting every newline convention."""
    return text_before.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1


@dataclass
class FrontMatter:
    """The raw `key: value` pairs, the line of each key, and where the Markdown body starts."""

    values: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    #: Index into the file's lines of the first body line (0 when there is no front matter).
    body_start: int = 0


def split_front_matter(lines: list[str], report: Report) -> FrontMatter | None:
    """Reads the front matter at the top of `lines`, if any; None when it is never closed."""
    if not lines or not _FENCE_RE.fullmatch(lines[0]):
        return FrontMatter()
    for index in range(1, len(lines)):
        if _FENCE_RE.fullmatch(lines[index]):
            front = FrontMatter(body_start=index + 1)
            for offset, line in enumerate(lines[1:index], start=2):
                _read_front_line(line, offset, front, report)
            return front
    report.error(1, 'the front matter that starts here is never closed with a "---" line')
    return None


def _read_front_line(line: str, number: int, front: FrontMatter, report: Report) -> None:
    """Adds one `key: value` line to `front`, reporting lines that are not one."""
    if not line.strip() or line.lstrip().startswith("#"):
        return
    match = _KEY_VALUE_RE.fullmatch(line.strip())
    if match is None:
        report.error(number, 'a front-matter line must look like "key: value"')
        return
    key, value = match.group(1).lower(), _unquote(match.group(2).strip())
    if key not in KNOWN_KEYS:
        report.warning(
            number, f'unknown front-matter key "{key}" is ignored (known: {", ".join(KNOWN_KEYS)})'
        )
        return
    if key in front.values:
        report.warning(number, f'"{key}" is given twice; this later value is used')
    front.values[key] = value
    front.lines[key] = number


def _unquote(value: str) -> str:
    """A value without the quotes an author used to YAML might put around it."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


@dataclass
class Metadata:
    """The checked front-matter values of a script, with defaults filled in."""

    id: str | None
    title: str
    summary: str = ""
    audience: str = ""
    minutes: int | None = None
    turns: TurnMode = TurnMode.BOTH
    closing: str | None = None
    #: As written: only once the levels are counted can the parser tell whether it fits.
    manager_report_ceiling: str | None = None
    manager_report_ceiling_line: int = 0
    lend_prompts: bool = False


def read_metadata(front: FrontMatter, report: Report, *, default_id: str | None) -> Metadata:
    """Checks each front-matter value, reporting the bad ones on their own lines."""
    values, lines = front.values, front.lines
    script_id = values.get("id") or default_id
    id_line = lines.get("id", 1)
    if script_id is None:
        report.error(1, 'no id can be made from the file name; add "id:" to the front matter')
    elif not is_valid_id(script_id):
        report.error(
            id_line,
            f'bad id "{script_id}": use lowercase letters, digits and single hyphens, '
            f'like "defining-moments" (at most {MAX_ID_LENGTH} characters)',
        )
    meta = Metadata(
        id=script_id,
        title=values.get("title", ""),
        summary=values.get("summary", ""),
        audience=values.get("audience", ""),
        closing=values.get("closing") or None,
    )
    if "minutes" in values:
        meta.minutes = parse_minutes(
            values["minutes"], SCRIPT_MINUTES, lines["minutes"], report, what="minutes"
        )
    if "turns" in values:
        try:
            meta.turns = TurnMode(values["turns"].lower())
        except ValueError:
            report.error(lines["turns"], f'bad turns "{values["turns"]}": use "both" or "one-way"')
    if "manager_report_ceiling" in values:
        meta.manager_report_ceiling = values["manager_report_ceiling"]
        meta.manager_report_ceiling_line = lines["manager_report_ceiling"]
    if "lend_prompts" in values:
        answer = values["lend_prompts"].lower()
        if answer in ("yes", "no"):
            meta.lend_prompts = answer == "yes"
        else:
            report.error(
                lines["lend_prompts"],
                f'bad lend_prompts "{values["lend_prompts"]}": use "yes" or "no"',
            )
    return meta


def read_ceiling(meta: Metadata, level_count: int, report: Report) -> int | None:
    """The `manager_report_ceiling`, a level with a deeper one below it; None when unset or bad."""
    value, line = meta.manager_report_ceiling, meta.manager_report_ceiling_line
    if value is None or level_count == 0:
        return None
    if level_count == 1:
        report.error(
            line,
            "manager_report_ceiling has no effect: a script of one level has no deeper level "
            "to hold back; remove the key",
        )
        return None
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        report.error(
            line,
            f'bad manager_report_ceiling "{value}": '
            f"give a whole number from 1 to {level_count - 1}",
        )
        return None
    if int(value) >= level_count:
        report.error(
            line,
            f"manager_report_ceiling {int(value)} has no effect: the script has {level_count} "
            f"levels; give a whole number from 1 to {level_count - 1}",
        )
        return None
    return int(value)


def parse_minutes(
    value: str, bounds: tuple[int, int], line: int, report: Report, *, what: str
) -> int | None:
    """A whole number of minutes within `bounds`, or None after reporting why it is not."""
    low, high = bounds
    if value.isascii() and value.isdigit() and low <= int(value) <= high:
        return int(value)
    report.error(line, f'bad {what} "{value}": give a whole number from {low} to {high}')
    return None
