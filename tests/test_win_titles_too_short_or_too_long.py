"""A title of a letter or two is asked to say something, and a title past the
longest a win keeps is refused, by the log command and the log form alike."""

from __future__ import annotations

import io

import pytest
from textual.widgets import TextArea

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.framing import read_win, title_says_nothing
from careerclimb_tui.domain.records import FRAMING_ACTIVITY, FRAMING_IMPACT, Measure
from careerclimb_tui.domain.wins import TITLE_MAX_CHARS, check_title_length
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.log_win import LogWinScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

DEPLOY = Measure(label="", before=5, after=3, unit="min")
"""A complete before → after, which alone reads a win as impact."""


@pytest.mark.parametrize(
    ("title", "says_nothing"),
    [
        ("", False),
        ("   ", False),
        ("x", True),
        (" ok ", True),
        ("a b", True),
        ("Fix", False),
        ("Cut deploy time", False),
    ],
)
def test_a_title_of_a_letter_or_two_says_nothing(
    title: str, says_nothing: bool
) -> None:
    assert title_says_nothing(title) is says_nothing


@pytest.mark.parametrize(
    ("title", "measure", "framing", "asks_for_title"),
    [
        ("x", DEPLOY, FRAMING_ACTIVITY, True),
        ("ok", None, FRAMING_ACTIVITY, True),
        ("Cut deploy time", DEPLOY, FRAMING_IMPACT, False),
    ],
)
def test_the_coach_asks_a_title_of_a_letter_or_two_for_a_real_one(
    title: str, measure: Measure | None, framing: str, asks_for_title: bool
) -> None:
    reading = read_win(title, "", measure)

    assert reading.framing == framing
    asked = bool(reading.hints) and reading.hints[0] == catalogue.FRAMING_ASK_REAL_TITLE
    assert asked is asks_for_title


@pytest.mark.parametrize(
    ("title", "refused"),
    [
        ("x" * TITLE_MAX_CHARS, False),
        ("x" * TITLE_MAX_CHARS + "   ", False),
        ("x" * (TITLE_MAX_CHARS + 1), True),
        ("y" * 20_000, True),
    ],
)
def test_a_title_past_the_limit_is_refused_naming_the_limit(
    title: str, refused: bool
) -> None:
    if not refused:
        check_title_length(title)
        return
    with pytest.raises(CareerClimbError) as raised:
        check_title_length(title)

    assert raised.value.exit_code == 2
    assert f"at most {TITLE_MAX_CHARS:,}" in raised.value.message


def test_the_log_command_refuses_a_title_past_the_limit(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["log", "y" * 20_000], clock=clock, out=io.StringIO())

    assert code == 2
    assert f"at most {TITLE_MAX_CHARS:,}" in capsys.readouterr().err
    assert store.wins() == []


def test_the_log_command_saves_a_one_letter_title_as_activity_and_asks(
    store: Store, clock: FixedClock
) -> None:
    out = io.StringIO()
    argv = ["log", "x", "--before", "5", "--after", "3", "--unit", "min"]
    code = main(argv, clock=clock, out=out)

    assert code == 0
    [saved] = store.wins()
    assert saved.framing == FRAMING_ACTIVITY
    assert f"coach: {catalogue.FRAMING_ASK_REAL_TITLE}" in out.getvalue()


async def test_the_form_refuses_a_title_past_the_limit_under_the_title(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, LogWinScreen))
        screen = app.screen
        screen.query_one("#title", TextArea).text = "y" * (TITLE_MAX_CHARS + 1)

        await pilot.press("ctrl+s")
        await wait_until(
            pilot,
            lambda: (
                f"at most {TITLE_MAX_CHARS:,}"
                in " ".join(str(screen.query_one("#title-error").render()).split())
            ),
        )
        assert screen.focused is screen.query_one("#title")

    assert store.wins() == []
