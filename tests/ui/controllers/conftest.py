"""Fixtures of the controller tests: the services a controller is given — a real data folder
opened as the app opens it, the app's job runner, the window's settings — and a record of the
pages it asks to show. No window: each controller is tested with its own views."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from belonging.application.first_look import InstanceLock
from belonging.application.live_conversation import LiveConversation
from belonging.application.opening import open_workspace
from belonging.application.rows import SetupChoices
from belonging.application.setup import new_conversation, prepare
from belonging.core.engine import ManualClock
from belonging.ui.controllers.services import Services
from belonging.ui.jobs import JobRunner
from belonging.ui.pages import Page
from belonging.ui.settings import Settings
from support.flow import TEST_SCRIPT
from support.history import build_history


@pytest.fixture
def clock() -> ManualClock:
    """The conversation's clock, moved by hand."""
    return ManualClock()


@pytest.fixture
def builtin_scripts() -> Path | None:
    """The built-in scripts folder the data folder opens with (None: the real one)."""
    return None


@pytest.fixture
def test_scripts(tmp_path) -> Path:
    """A built-in scripts folder holding only the small test script."""
    folder = tmp_path / "builtin-scripts"
    folder.mkdir()
    (folder / "test-walk.md").write_text(TEST_SCRIPT, encoding="utf-8")
    return folder


class SharedScreen:
    """Whether the screen is shared, as a controller asks it; switched by the test."""

    def __init__(self) -> None:
        self.on = False

    def __call__(self) -> bool:
        return self.on


@pytest.fixture
def shared_screen() -> SharedScreen:
    """The shared-screen switch the services read (off unless the test turns it on)."""
    return SharedScreen()


@pytest.fixture
def services(qapp, data_dir, builtin_scripts, clock, shared_screen) -> Iterator[Services]:
    """The services of a data folder opened as the app opens it; closed after the test."""
    workspace = open_workspace(
        data_dir, lock=InstanceLock(data_dir), builtin_scripts=builtin_scripts, clock=clock
    )
    jobs = JobRunner()
    yield Services(workspace, jobs, Settings(data_dir), is_shared_screen=shared_screen)
    jobs.shutdown()
    workspace.close()


class ShownPages(list):
    """The pages a controller asked to show, in order; call it as `show_page`."""

    def __call__(self, page: Page) -> None:
        self.append(page)

    @property
    def last(self) -> Page | None:
        """The page showing now."""
        return self[-1] if self else None


@pytest.fixture
def shown() -> ShownPages:
    """A `show_page` that records the pages asked for."""
    return ShownPages()


def new_live(
    services: Services, script_id: str = "test-walk", owner: str = "Sam", partner: str = "Alex"
) -> LiveConversation:
    """A conversation set up for two new people, not started yet, as the set-up makes it."""
    workspace = services.workspace
    script = workspace.library.get(script_id)
    assert script is not None
    choices = SetupChoices(
        pair_id=None,
        owner_name=owner,
        owner_role="Manager",
        partner_name=partner,
        partner_role="Report",
        script_id=script_id,
        minutes=30,
        start_depth=1,
    )
    prepared = prepare(workspace, choices, script)
    return new_conversation(workspace, prepared, script, services.jobs)


def settle(qtbot, services: Services, live: LiveConversation | None = None) -> None:
    """Waits until every job has reported back and nothing of `live` waits to be saved."""
    qtbot.waitUntil(
        lambda: not services.jobs.busy and (live is None or live.writes.count == 0),
        timeout=10_000,
    )


@pytest.fixture
def history(services) -> dict:
    """Sam and Alex's history of "Defining moments" (see `support.history`) in the data
    folder, with the built-in scripts."""
    workspace = services.workspace
    with workspace.session() as session:
        return build_history(session, workspace.library)


def shown_widget(qtbot, widget):
    """`widget` on screen at a comfortable size, closed after the test."""
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
