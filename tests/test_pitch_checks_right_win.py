"""The pitch judges the wins it was drafted from, says plainly what a part lacks,
and its palette reaches every screen."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.commands import CareerClimbCommands
from careerclimb_tui.demo import seed_demo
from careerclimb_tui.domain.pitch import (
    FlagKind,
    Part,
    build_pitch,
    check_pitch,
    problem_before,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    answer,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.routes import ROUTES
from careerclimb_tui.screens.home import HomeScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
TITLE = "Cut the time to recover the payments service"

PEER_COULD: dict[str, Any] = {
    "peer_could": "yes",
    "choice": "assigned",
    "change": ChangeAnswer("The rota had cover", measured=False),
    "noticed": Noticed.nobody(),
}
NEXT_LEVEL: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Recovery fell from 78 to 8 minutes", measured=True),
    "noticed": Noticed.by("platform team"),
}

STRONG = Win(
    id=18,
    title=TITLE,
    date=dt.date(2026, 10, 20),
    what_changed="Incidents on the payments service now close in 8 minutes",
    measure=Measure(before=78, after=8, unit="minutes", label="time to recover"),
    noticed_by="platform team",
)
ROUTINE = Win(id=25, title=TITLE, date=dt.date(2026, 10, 1))


def reviewed(wins: list[Win], answers: dict[int, dict[str, Any]]) -> list[Review]:
    reviews = []
    for quarter in sorted({quarter_of(w.date) for w in wins}):
        review = start_review(quarter, wins, MOMENT)
        for win_id in review.win_ids:
            if win_id in answers:
                review = answer(review, win_id, now=MOMENT, **answers[win_id])
        reviews.append(review)
    return reviews


# --- the committee judges the win that was drafted ----------------------------


@pytest.mark.parametrize(
    ("answers", "typed", "flagged"),
    [
        # Drafted from the strong win: the other's verdict is not its own.
        ({18: NEXT_LEVEL, 25: PEER_COULD}, "", False),
        # Drafted from the strong win, and the title typed again beneath it.
        ({18: NEXT_LEVEL, 25: PEER_COULD}, f"\n\nAlso: {TITLE}.", False),
        # The drafted win itself is current-level work: still said.
        ({18: PEER_COULD, 25: NEXT_LEVEL}, "", True),
    ],
    ids=["as drafted", "title typed again", "the drafted win is peer work"],
)
def test_the_check_judges_the_drafted_win_when_two_share_a_title(
    answers: dict[int, dict[str, Any]], typed: str, flagged: bool
) -> None:
    wins = [framed(STRONG), framed(ROUTINE)]
    reviews = reviewed(wins, answers)
    draft = build_pitch([framed(STRONG)], reviews, [], TODAY)
    assert set(draft.win_ids) == {18}

    found = check_pitch(draft.text + typed, wins, reviews, drafted=draft.lines)

    assert (FlagKind.PEER_COULD in {flag.kind for flag in found}) is flagged


def test_text_the_user_typed_is_still_judged_by_its_title() -> None:
    wins = [framed(ROUTINE)]
    reviews = reviewed(wins, {25: PEER_COULD})
    draft = build_pitch([framed(STRONG)], [], [], TODAY)

    found = check_pitch(f"I drove this: {TITLE}.", wins, reviews, drafted=draft.lines)

    assert FlagKind.PEER_COULD in {flag.kind for flag in found}


# --- the problem part says what it lacks and reads well ------------------------


@pytest.mark.parametrize(
    ("label", "before", "unit", "said"),
    [
        ("time to diagnose", 30, "minutes", "time to diagnose was 30 minutes."),
        ("failures", 102, "failures/week", "there were 102 failures/week."),
        ("failed deploys", 12, "a week", "failed deploys were 12 a week."),
        ("builds per day", 4, "", "there were 4 builds per day."),
        ("CI success", 80, "%", "CI success was 80%."),
        ("DNS errors", 9, "", "DNS errors were 9."),
        ("incidents", 1, "incidents", "there was 1 incident."),
    ],
)
def test_the_problem_sentence_agrees_with_its_label(
    label: str, before: float, unit: str, said: str
) -> None:
    assert problem_before(label, before, unit) == said


@pytest.mark.parametrize(
    ("measure", "hint"),
    [
        (
            Measure(before=30, after=3, unit="minutes", label=""),
            catalogue.PITCH_PROMPT_PROBLEM_UNNAMED.format(value="30 minutes"),
        ),
        (Measure(after=3, unit="minutes", label="MTTR"), Part.PROBLEM.prompt),
        (None, Part.PROBLEM.prompt),
    ],
    ids=["unnamed measure", "no before value", "no measure"],
)
def test_the_missing_problem_says_what_is_actually_missing(
    measure: Measure | None, hint: str
) -> None:
    win = Win(id=1, title="From stdin: MTTR", date=TODAY, measure=measure)

    draft = build_pitch([framed(win)], [], [], TODAY)

    assert Part.PROBLEM in draft.missing
    assert draft.prompt_for(Part.PROBLEM) == hint


# --- the palette reaches every screen -----------------------------------------


@pytest.mark.parametrize("route", sorted(set(ROUTES) - {"journal"}))
async def test_the_palette_offers_the_journal_on_every_main_screen(
    store: Store, clock: FixedClock, route: str
) -> None:
    seed_demo(store, clock.today())
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.action_open(route)
        shown = ROUTES[route].screen
        await wait_until(pilot, lambda: type(app.screen).__name__ == shown)
        await pilot.pause()
        titles = [c.title for c in CareerClimbCommands(app.screen)._commands()]

        assert catalogue.COMMAND_JOURNAL in titles
