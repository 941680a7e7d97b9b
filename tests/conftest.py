"""Shared test set-up: every test gets its own CareerClimb home, never the real one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual import _wait
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.paths import DATA_FILE_NAME, HOME_ENV
from careerclimb_tui.store import Store
from careerclimb_tui.store.storage import ensure_private_dir

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def steady_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a focused field's cursor shown instead of blinking.

    A blink is timed: on a busy machine a picture could catch the cursor in either
    half of its cycle, and the same screen would compare differently by load.
    """
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture(autouse=True, scope="session")
def css_parsed_once() -> Iterator[None]:
    """Parse each piece of CSS once per test process, not once per app.

    Every app builds its own stylesheet and parses every widget's CSS and every
    ``.tcss`` file again, and thousands of tests start an app. Parsing depends only
    on the CSS text, where it came from and the theme's variables, so the rules
    parsed for one app are handed to the next one with the same inputs; Textual
    already shares them between the parses of one app. CSS that fails to parse
    raises as before and is not remembered.
    """
    parse_rules = Stylesheet._parse_rules
    parsed: dict[tuple[object, ...], list[RuleSet]] = {}
    # The variables of the last stylesheet seen, as a key: an app keeps the same
    # mapping until its theme changes, and building the key costs more than a
    # lookup.
    last_variables: list[tuple[dict[str, str], frozenset[tuple[str, str]]]] = []

    def variables_key(stylesheet: Stylesheet) -> frozenset[tuple[str, str]]:
        variables = stylesheet._variables
        if not last_variables or last_variables[0][0] is not variables:
            last_variables[:] = [(variables, frozenset(variables.items()))]
        return last_variables[0][1]

    def parse_once(
        self: Stylesheet,
        css: str,
        read_from: tuple[str, str],
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        inputs = (css, read_from, is_default_rules, tie_breaker, scope)
        key = (*inputs, variables_key(self))
        if key not in parsed:
            parsed[key] = parse_rules(self, *inputs)
        return parsed[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Stylesheet, "_parse_rules", parse_once)
        yield


TEXTUAL_IDLE_CHECK = (_wait.SLEEP_GRANULARITY, _wait.SLEEP_IDLE)
"""Textual's own idle-check step and the processor time that still counts as idle."""
QUICK_IDLE_CHECK = (0.005, 0.005 / 20)
"""The same rule on a quarter of the step, used between typed keys."""


@pytest.fixture(autouse=True)
def quick_idle_checks(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Check that the app has gone idle every 5 ms between keys, not every 20 ms.

    After each key it sends, the test pilot sleeps in steps until a whole step
    passes with the app using almost no processor time. Tests type whole
    sentences a key at a time, so at Textual's 20 ms step most of the suite was
    spent asleep. Between keys the step is shorter and the idle rule unchanged
    (under a twentieth of the step busy). An explicit ``pilot.pause()`` keeps
    Textual's own step: it is where a test lets the app settle before reading
    the screen. A snapshot test keeps Textual's step throughout: its picture is
    taken once the keys are played, with no condition to wait for.
    """
    if "snap_compare" in request.fixturenames:
        yield
        return

    def use(check: tuple[float, float]) -> None:
        _wait.SLEEP_GRANULARITY, _wait.SLEEP_IDLE = check

    settle = Pilot.pause

    async def pause(self: Pilot[object], delay: float | None = None) -> None:
        if delay is not None:
            await settle(self, delay)
            return
        use(TEXTUAL_IDLE_CHECK)
        try:
            await settle(self)
        finally:
            use(QUICK_IDLE_CHECK)

    use(QUICK_IDLE_CHECK)
    monkeypatch.setattr(Pilot, "pause", pause)
    yield
    use(TEXTUAL_IDLE_CHECK)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point CareerClimb, and the platform's user folders, at a temporary place."""
    home = tmp_path / "careerclimb-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user" / "config"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
def clock() -> FixedClock:
    """A clock stopped on a Wednesday in the middle of 2026Q4."""
    return FixedClock(dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc))


@pytest.fixture
def store(isolated_home: Path, clock: FixedClock) -> Store:
    """An empty store in the test's own home, its folder already made (private),
    as a user's first save makes it."""
    ensure_private_dir(isolated_home)
    return Store(isolated_home / DATA_FILE_NAME, clock=clock)
