"""Files that must be small are refused when they are not, without being read whole."""

from pathlib import Path

import pytest

from belonging.core.small_files import (
    FileTooLargeError,
    describe_size,
    describe_sizes,
    read_small_file,
)

_LIMIT = 1024 * 1024


def _sparse_file(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no room on disk and no time to make."""
    with path.open("wb") as file:
        file.truncate(size)
    return path


def test_a_file_known_to_be_too_large_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    """A 10 MiB file is refused from its size alone, naming its size and the limit."""
    big = _sparse_file(tmp_path / "big.md", 10 * _LIMIT)

    def never_opened(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", never_opened)
    with pytest.raises(FileTooLargeError) as refused:
        read_small_file(big, _LIMIT)
    assert (refused.value.size, refused.value.limit) == (10 * _LIMIT, _LIMIT)
    assert str(refused.value) == f"{big} is 10 MiB; the limit is 1 MiB"


def test_a_file_within_the_limit_is_read_whole(tmp_path):
    """A file of exactly the limit is read, every byte of it."""
    path = tmp_path / "ok.md"
    path.write_bytes(b"q" * _LIMIT)
    assert read_small_file(path, _LIMIT) == b"q" * _LIMIT


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_an_endless_device_is_refused_after_one_byte_past_the_limit():
    """/dev/zero, which never ends and reports no size, is refused rather than read forever."""
    with pytest.raises(FileTooLargeError) as refused:
        read_small_file(Path("/dev/zero"), _LIMIT)
    assert refused.value.size is None
    assert str(refused.value) == "/dev/zero is more than 1 MiB; the limit is 1 MiB"


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (900, "900 bytes"),
        (1536, "1.5 KiB"),
        (_LIMIT, "1 MiB"),
        (10 * _LIMIT + 300 * 1024, "10.3 MiB"),
        (5 * 1024 * _LIMIT, "5 GiB"),
    ],
)
def test_sizes_read_as_people_read_them(count, shown):
    """Sizes in messages are short and in the units a file manager shows."""
    assert describe_size(count) == shown


def test_a_size_just_over_the_limit_is_told_apart_from_it():
    """One byte too many is shown in bytes, so the message never reads "1 MiB; limit 1 MiB"."""
    assert describe_sizes(_LIMIT + 1, _LIMIT) == ("1,048,577 bytes", "1,048,576 bytes")
