"""Reading files that must be small, without ever reading more of one than its limit.

A script or a question list is a page or two. A file of gigabytes, or a device such as
`/dev/zero` given by mistake or on purpose, must be refused at once, not read whole first.
"""

from __future__ import annotations

from pathlib import Path


class FileTooLargeError(Exception):
    """A file holds more than `limit` bytes; `size` is None when it cannot be told how many.

    `size_text` and `limit_text` say both for a person, for messages that name the limit.
    """

    def __init__(self, path: Path, size: int | None, limit: int) -> None:
        self.path, self.size, self.limit = path, size, limit
        self.size_text, self.limit_text = describe_sizes(size, limit)
        super().__init__(f"{path} is {self.size_text}; the limit is {self.limit_text}")


def read_start(path: Path, count: int) -> bytes:
    """The first `count` bytes of the file at `path` (all of it when it is shorter)."""
    with Path(path).open("rb") as file:
        return file.read(count)


def read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of the file at `path`; FileTooLargeError when it holds more than `limit`.

    A file whose size is known to be too large is refused before it is opened; any other file
    (a pipe, a device, a file still growing) is read no further than one byte past the limit.
    Raises OSError when the file cannot be read.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > limit:
        raise FileTooLargeError(path, size, limit)
    data = read_start(path, limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(path, None, limit)
    return data


def describe_sizes(size: int | None, limit: int) -> tuple[str, str]:
    """A size over a limit and the limit for a person, told apart even when they round alike."""
    if size is None:
        return f"more than {describe_size(limit)}", describe_size(limit)
    if describe_size(size) == describe_size(limit):
        return f"{size:,} bytes", f"{limit:,} bytes"
    return describe_size(size), describe_size(limit)


def describe_size(count: int) -> str:
    """A number of bytes as a person reads it: "900 bytes", "12 KiB", "10.5 MiB"."""
    if count < 1024:
        return "1 byte" if count == 1 else f"{count} bytes"
    units = ("KiB", "MiB", "GiB")
    value, unit = count / 1024, 0
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    return f"{value:.1f}".removesuffix(".0") + f" {units[unit]}"
