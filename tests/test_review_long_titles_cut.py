"""A win with a paragraph for a title is quoted by its first words in the review's
summary and its prints, as prep quotes it; the packet keeps it whole."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.conversation import EVIDENCE_TITLE_CHARS
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    SUMMARY_TITLE_CHARS,
    ChangeAnswer,
    Noticed,
    answer,
    finish,
    mark_judged,
    start_review,
    summary_title,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_summary import strong_win_lines
from careerclimb_tui.store import Store

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
OPENING = "Led the migration of the payments service to the new cluster"
LONG_TITLE = (
    f"{OPENING}, working with the platform team, the SRE rotation and two product "
    "squads to plan the cut-over, write the runbooks, rehearse the rollback twice, "
    "move the traffic in four steps over two weeks, keep the old cluster warm "
    "until the error budget recovered, and then retire it, which freed the "
    "on-call rotation from the weekly capacity pages and let the product squads "
    "ship their checkout changes without waiting for a maintenance window, as "
    "they had every month since the service was first built three years ago"
)
LATENCY = Measure(before=800, after=120, unit="ms", label="checkout latency")
MEASURED = "(checkout latency 800 → 120 ms)"
CUT = (
    f"{OPENING}, working with the platform team, the SRE rotation and two product "
    "squads to plan the cut-over…"
)


def test_the_summary_quotes_as_much_of_a_title_as_prep_does() -> None:
    assert SUMMARY_TITLE_CHARS == EVIDENCE_TITLE_CHARS


TITLES: list[tuple[str, str, Measure | None, str]] = [
    # (case, title, measure, quoted)
    ("short, whole", OPENING, None, OPENING),
    ("short, with its measure", OPENING, LATENCY, f"{OPENING} {MEASURED}"),
    ("long, cut after a whole word", LONG_TITLE, None, CUT),
    ("long, its measure after the cut", LONG_TITLE, LATENCY, f"{CUT} {MEASURED}"),
]


@pytest.mark.parametrize(
    ("title", "measure", "quoted"),
    [row[1:] for row in TITLES],
    ids=[row[0] for row in TITLES],
)
def test_summary_title_cuts_only_a_long_title(
    title: str, measure: Measure | None, quoted: str
) -> None:
    win = Win(id=1, title=title, date=dt.date(2026, 10, 9), measure=measure)
    assert summary_title(win) == quoted


def _long_win() -> Win:
    return framed(
        Win(id=1, title=LONG_TITLE, date=dt.date(2026, 10, 9), measure=LATENCY)
    )


def test_the_summary_screen_shows_a_long_title_cut() -> None:
    title, _ = strong_win_lines(1, _long_win(), None)

    assert title == f"1. {CUT} {MEASURED}"


def _reviewed_long_win(store: Store) -> Win:
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        framed(Win(title=LONG_TITLE, date=dt.date(2026, 10, 9), measure=LATENCY))
    )
    assert win.id is not None
    review = start_review(quarter_of(win.date), [win], NOW)
    review = answer(
        review,
        win.id,
        now=NOW,
        peer_could="no",
        choice="chose",
        change=ChangeAnswer("Checkout latency fell from 800 to 120 ms", True),
        noticed=Noticed.by("platform team"),
    )
    store.save_review(finish(mark_judged(review, win, now=NOW), now=NOW))
    return win


def test_review_print_cuts_a_long_title_and_the_packet_keeps_it_whole(
    store: Store, clock: FixedClock
) -> None:
    _reviewed_long_win(store)

    out = io.StringIO()
    assert main(["review", "--print"], clock=clock, out=out) == 0
    printed = " ".join(out.getvalue().split())
    # Cut on the win's own line and again where it ranks among the strongest.
    assert printed.count(CUT) == 2
    assert "rehearse the rollback" not in printed

    out = io.StringIO()
    assert main(["export", "--format", "md"], clock=clock, out=out) == 0
    assert LONG_TITLE in " ".join(out.getvalue().split())
