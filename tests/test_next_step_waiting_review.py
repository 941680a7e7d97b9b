"""Home asks to review the quarter with the most wins waiting for a review: one that
ended unreviewed, or one whose finished review leaves wins out, this quarter
included; the reviews screen then offers that quarter."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import parse_quarter
from careerclimb_tui.domain.records import FRAMING_IMPACT, Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    answer,
    finish,
    left_out_counts,
    quarter_to_offer,
    runs_in_progress,
    start_review,
    suggest_change,
)
from careerclimb_tui.domain.wins import RunInProgress, next_step
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
"""In 2026Q4; 2026Q3 ended on 30 September."""
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

Q3 = dt.date(2026, 9, 15)
Q4 = dt.date(2026, 11, 10)


def _wins(*days: dt.date) -> list[Win]:
    return [
        Win(title=f"Win {n}", date=day, framing=FRAMING_IMPACT, id=n)
        for n, day in enumerate(days, start=1)
    ]


# (case, dates of the wins, quarters reviewed, wins left out by quarter,
# runs in progress by quarter, step)
WAITING = [
    (
        "more wins left out of this quarter's review than the last quarter holds",
        [Q3, Q4, Q4, Q4, Q4],
        {"2026Q4"},
        {"2026Q4": 3},
        {},
        "2026Q4 has 3 wins not in its review: review them (r).",
    ),
    (
        "more wins in the quarter that ended unreviewed",
        [Q3, Q3, Q4, Q4],
        {"2026Q4"},
        {"2026Q4": 1},
        {},
        "2026Q3 ended with 2 wins not reviewed: review them (r).",
    ),
    (
        "a tie goes to the older quarter",
        [Q3, Q4, Q4],
        {"2026Q4"},
        {"2026Q4": 1},
        {},
        "2026Q3 ended with 1 win not reviewed: review it (r).",
    ),
    (
        "a win left out of this quarter's review, nothing else waiting",
        [Q3, Q4, Q4],
        {"2026Q3", "2026Q4"},
        {"2026Q4": 1},
        {},
        "2026Q4 has 1 win not in its review: review it (r).",
    ),
    (
        "a win left out of the last quarter's review",
        [Q3, Q3, Q4],
        {"2026Q3"},
        {"2026Q3": 1},
        {},
        "2026Q3 has 1 win not in its review: review it (r).",
    ),
    (
        "a review older than twelve months is left alone",
        [dt.date(2025, 9, 1), Q4],
        {"2025Q3"},
        {"2025Q3": 1},
        {},
        catalogue.NEXT_ALL_IMPACT,
    ),
    (
        "nothing left out",
        [Q3, Q4],
        {"2026Q3", "2026Q4"},
        {},
        {},
        catalogue.NEXT_ALL_IMPACT,
    ),
    (
        "the quarter waiting has a run in progress",
        [Q3, Q4, Q4, Q4, Q4, Q4],
        {"2026Q3", "2026Q4"},
        {"2026Q4": 4},
        {"2026Q4": RunInProgress(run=2, total=8, left=5)},
        "Resume the 2026Q4 review, run 2: 5 of 8 wins left (r).",
    ),
    (
        "a run in progress with every win answered, new wins after it",
        [Q3, Q4, Q4, Q4, Q4, Q4],
        {"2026Q3", "2026Q4"},
        {"2026Q4": 4},
        {"2026Q4": RunInProgress(run=2, total=6, left=0)},
        "Finish the 2026Q4 review, run 2: all 6 wins answered (r).",
    ),
    (
        "a quarter that ended unreviewed, its first run in progress",
        [Q3, Q3, Q4],
        {"2026Q4"},
        {},
        {"2026Q3": RunInProgress(run=1, total=1, left=1)},
        "Resume the 2026Q3 review, run 1: 1 of 1 win left (r).",
    ),
    (
        "a run in progress of a quarter with fewer wins waiting",
        [Q3, Q3, Q4, Q4],
        {"2026Q4"},
        {"2026Q4": 1},
        {"2026Q4": RunInProgress(run=2, total=2, left=2)},
        "2026Q3 ended with 2 wins not reviewed: review them (r).",
    ),
]


@pytest.mark.parametrize(
    ("dates", "reviewed", "left_out", "running", "expected"),
    [case[1:] for case in WAITING],
    ids=[case[0] for case in WAITING],
)
def test_home_names_the_quarter_with_the_most_wins_waiting(
    dates: list[dt.date],
    reviewed: set[str],
    left_out: dict[str, int],
    running: dict[str, RunInProgress],
    expected: str,
) -> None:
    step = next_step(
        _wins(*dates), TODAY, reviewed=reviewed, left_out=left_out, running=running
    )

    assert step == expected


def test_wins_logged_after_a_finished_run_are_counted_as_left_out() -> None:
    wins = _wins(Q3, Q4)
    runs = [
        finish(start_review(parse_quarter("2026Q3"), wins, MOMENT), now=MOMENT),
        finish(start_review(parse_quarter("2026Q4"), wins, MOMENT), now=MOMENT),
    ]
    later = [*wins, *_wins(Q3, Q4, Q4, Q4, Q4)[2:]]
    later = [win.with_changes(id=n) for n, win in enumerate(later, start=1)]
    unfinished = start_review(parse_quarter("2026Q4"), later, MOMENT, runs)

    assert left_out_counts(runs, later) == {"2026Q4": 3}
    assert left_out_counts([*runs, unfinished], later) == {"2026Q4": 3}, (
        "only a finished run counts as reviewed"
    )
    assert str(quarter_to_offer(TODAY, later, runs)) == "2026Q4"


def test_only_a_quarters_unfinished_latest_run_is_in_progress() -> None:
    wins = _wins(Q3, Q4, Q4)
    done = finish(start_review(parse_quarter("2026Q3"), wins, MOMENT), now=MOMENT)
    first = finish(start_review(parse_quarter("2026Q4"), wins, MOMENT), now=MOMENT)
    second = start_review(parse_quarter("2026Q4"), wins, MOMENT, [done, first])
    second = answer(
        second,
        2,
        now=MOMENT,
        peer_could=PeerAnswer.NO,
        choice=Choice.CHOSE,
        change=suggest_change(wins[1]),
        noticed=Noticed.by("SRE lead"),
    )

    found = runs_in_progress([done, first, second])

    assert found == {"2026Q4": RunInProgress(run=2, total=2, left=1)}


async def test_home_and_the_reviews_screen_point_at_this_quarters_new_wins(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    for day, title in [(Q3, "Cut CI time"), (Q4, "Moved releases")]:
        store.add_win(Win(title, day, framing=FRAMING_IMPACT))
    wins = store.wins()
    for quarter in ("2026Q3", "2026Q4"):
        run = start_review(parse_quarter(quarter), wins, clock.now())
        store.save_review(finish(run, now=clock.now()))
    store.add_win(Win("Quieter on-call", Q3, framing=FRAMING_IMPACT))
    for title in ("Fewer pages", "Faster builds"):
        store.add_win(Win(title, Q4, framing=FRAMING_IMPACT))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:

        def step() -> str:
            return str(app.screen.query_one("#next-step", Static).render())

        await wait_until(pilot, lambda: bool(step().strip()))
        assert "2026Q4 has 2 wins not in its review" in step()

        await pilot.press("r")
        await wait_until(pilot, lambda: bool(app.screen.query("#review-quarter")))
        chosen = app.screen._chosen_quarter()  # type: ignore[attr-defined]
        assert str(chosen) == "2026Q4"
