"""The garbage collector held back during exports, and given back as it was."""

import gc
import threading

import pytest

from belonging.application.collector import collector_paused


@pytest.fixture(autouse=True)
def _collector_left_on():
    """Each test starts and ends with automatic collection on, as the app runs."""
    gc.enable()
    yield
    gc.enable()


def test_collection_is_off_during_an_export_and_on_again_after():
    """Inside the block nothing is collected automatically; after it, collection resumes."""
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_exports_resume_collection_only_when_the_last_ends():
    """Two exports on two threads: the first to end leaves the collector off for the other."""
    first_in, first_out = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            first_out.wait(10)
        seen.append(gc.isenabled())

    thread = threading.Thread(target=first)
    thread.start()
    assert first_in.wait(10)
    with collector_paused():
        first_out.set()
        thread.join(10)
        seen.append(gc.isenabled())
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    """Whoever turned collection off before the export keeps it off after it."""
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_export_that_fails_still_gives_the_collector_back():
    """An error inside the block does not leave collection off."""
    with pytest.raises(OSError), collector_paused():
        raise OSError("disk full")
    assert gc.isenabled()
