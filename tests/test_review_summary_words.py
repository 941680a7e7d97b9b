"""The review summary states a measure once, counts dimensions as the gap view
does and shows a long title whole; the walk's footer offers every key its text
names; question 3 asks "by how much" of a bare comparative."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from textual.widgets import Static

# Not exported by textual.widgets, but it is the widget the footer draws a key with.
from textual.widgets._footer import FooterKey

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.framing import vague_change_ask
from careerclimb_tui.domain.gaps import COVERED_MIN_WINS, GapStatus
from careerclimb_tui.domain.measure_text import states_measure
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import (
    FRAMING_ACTIVITY,
    Measure,
    Win,
    describe_measure,
)
from careerclimb_tui.domain.review import (
    answer,
    change_coach_text,
    read_change,
    start_review,
    suggest_change,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.screens.gaps import GapScreen
from careerclimb_tui.screens.review_summary import (
    HangingLines,
    ReviewSummaryScreen,
    cut_after_word,
    strong_win_lines,
)
from careerclimb_tui.screens.review_walk import ReviewWalkScreen, titled
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

MOMENT = dt.datetime(2026, 10, 6, 9, 0, tzinfo=dt.timezone.utc)

# --- a win's measure is stated once ------------------------------------------------


def test_the_demo_summary_states_each_measure_once_with_its_title(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    review = store.reviews()[-1]
    wins = {win.id: win for win in store.wins()}

    measured = 0
    for win_id, entry in review.entries.items():
        win = wins[win_id]
        if win.measure is None or not win.measure.is_complete:
            continue
        measured += 1
        title, _ = strong_win_lines(1, win, entry)
        assert states_measure(title, win.measure), title
        assert title.count(describe_measure(win.measure)) <= 1, title

    assert measured >= 2


CI_MEASURE = Measure(before=24, after=9, unit="minutes", label="CI duration")

# (title, what changed, whether the measure follows the title)
MEASURE_BESIDE_TITLE = [
    ("Cut CI time for the web app", "", True),
    # What changed giving the numbers does not take the measure from the title.
    ("Cut CI time for the web app", "Builds take 9 minutes, not 24.", True),
    ("Cut CI time for the web app from 24 to 9 minutes", "", False),
]  # fmt: skip


@pytest.mark.parametrize("title, changed, follows", MEASURE_BESIDE_TITLE)
def test_the_walk_and_the_summary_put_a_measure_beside_the_same_titles(
    title: str, changed: str, follows: bool
) -> None:
    win = framed(
        Win(
            title=title,
            date=dt.date(2026, 10, 5),
            id=1,
            what_changed=changed,
            measure=CI_MEASURE,
        )
    )
    review = start_review(quarter_of(win.date), [win], MOMENT)
    review = answer(review, 1, now=MOMENT, change=suggest_change(win))
    measured = f"{title} ({describe_measure(CI_MEASURE)})"

    summary_title, _ = strong_win_lines(1, win, review.entries[1])
    card_title = titled(win)

    assert summary_title == f"1. {measured if follows else title}"
    assert card_title == (measured if follows else title)


def test_a_measure_no_text_states_follows_the_title_alone() -> None:
    measure = Measure(before=24, after=9, unit="minutes", label="CI duration")
    win = framed(
        Win(
            title="Cut CI time for the web app",
            date=dt.date(2026, 10, 5),
            id=1,
            what_changed="Engineers get feedback before they switch context.",
            measure=measure,
        )
    )
    review = start_review(quarter_of(win.date), [win], MOMENT)
    # Confirmed as suggested: the change the win states, with its measure.
    review = answer(review, 1, now=MOMENT, change=suggest_change(win))

    title, change = strong_win_lines(1, win, review.entries[1])

    assert title.endswith("(CI duration 24 → 9 minutes)")
    assert "24" not in change and "→" not in change


# --- the summary counts dimensions as the gap view does -----------------------------


async def test_the_summary_and_the_gap_view_agree_on_the_demo(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    review = store.reviews()[-1]
    assert review.quarter == str(quarter_of(clock.today()))
    app = make_app(store, clock)
    view = current_gaps(store, app.ladder, DEMO_PROFILE, clock.today())
    covered = view.covered
    thin = sum(1 for gap in view.dimensions if gap.status is GapStatus.THIN)

    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ReviewSummaryScreen(review))
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        await wait_until(pilot, lambda: bool(app.screen.query(Static)))
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, GapScreen))
        gap_line = str(app.screen.query_one("#gaps-line", Static).render())

    total = len(view.dimensions)
    assert (covered, thin, total) == (3, 2, 6)
    assert f"{covered} of {total} dimensions covered" in gap_line
    assert (
        f"{covered + thin} of {total} dimensions with next-level evidence: "
        f"{covered} covered, {thin} thin"
    ) in shown
    # What "covered" takes is said beside the counts.
    assert f"covered with {COVERED_MIN_WINS} next-level wins" in shown
    names = [gap.name for gap in view.dimensions if gap.status is GapStatus.COVERED]
    assert catalogue.SUMMARY_COVERED.format(names=", ".join(names)) in shown


def test_the_printed_review_counts_dimensions_as_the_summary_does(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    quarter = store.reviews()[-1].quarter
    printed = io.StringIO()
    assert (
        main(["review", "--quarter", quarter, "--print"], clock=clock, out=printed) == 0
    )
    text = " ".join(printed.getvalue().split())
    assert "5 of 6 dimensions with next-level evidence: 3 covered, 2 thin" in text
    assert f"covered with {COVERED_MIN_WINS} next-level wins" in text
    assert "Covered: " in text and "Thin: " in text
    assert "Next-level evidence: " not in text

    out = io.StringIO()
    main(["review", "--quarter", quarter, "--json"], clock=clock, out=out)
    coverage = json.loads(out.getvalue())["summary"]["coverage"]
    assert (len(coverage["covered"]), len(coverage["thin"])) == (3, 2)
    assert coverage["text"].startswith("5 of 6 dimensions")


# --- a long title is shown whole, a long change cut after a whole word ---------------

LONG_TITLE = (
    "1. Moved the checkout service and its three satellite workers off the old "
    "queue cluster onto managed streams with zero downtime for shoppers, support "
    "staff and the finance team's nightly reconciliation jobs"
)


@pytest.mark.parametrize("width", [30, 50, 74])
def test_a_title_longer_than_two_lines_wraps_whole(width: int) -> None:
    lines = HangingLines(LONG_TITLE, hang=3).lines(width)

    words = " ".join(line.plain.strip() for line in lines).split()
    assert words == LONG_TITLE.split()
    assert len(lines) > 2
    assert all(line.cell_length <= width for line in lines)


@pytest.mark.parametrize("width", [30, 50, 74])
def test_a_change_longer_than_two_lines_ends_on_a_whole_word_and_an_ellipsis(
    width: int,
) -> None:
    lines = HangingLines(LONG_TITLE, most_lines=2).lines(width)

    assert len(lines) == 2
    last = lines[-1].plain.rstrip()
    assert last.endswith("…")
    shown = " ".join(line.plain.strip() for line in lines).removesuffix("…").split()
    # Every word shown is a whole word of the text, in order; a comma before
    # the ellipsis is dropped.
    words = LONG_TITLE.split()[: len(shown)]
    assert shown[:-1] == words[:-1]
    assert shown[-1] == words[-1].rstrip(",")


@pytest.mark.parametrize(
    "text, room, cut",
    [
        ("short enough", 20, "short enough"),
        ("zero downtime for shoppers", 20, "zero downtime for…"),
        ("zero downtime, for shoppers", 16, "zero downtime…"),
        ("Supercalifragilistic", 10, "Supercali…"),
    ],
    ids=["fits", "after a word", "no comma left before it", "one word too long"],
)
def test_a_cut_text_ends_after_a_whole_word(text: str, room: int, cut: str) -> None:
    assert cut_after_word(text, room) == cut


# --- the walk's footer offers the key its text names ---------------------------------


async def test_the_walk_footer_shows_d_while_the_text_asks_to_tag_a_dimension(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    measure = Measure(before=12, after=1, unit="%", label="flaky runs")
    store.add_win(
        framed(
            Win(
                title="Drove the flaky-test clean-up",
                date=dt.date(2026, 10, 5),
                measure=measure,
            )
        )
    )
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s", "n", "c", "enter", "y", *"SRE", "enter")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        verdict = walk.query_one("#verdict", Static)
        await wait_until(pilot, lambda: catalogue.WALK_UNTAGGED in str(verdict.content))
        await pilot.pause()
        footer_keys = {key.key for key in walk.query(FooterKey)}
        cut_off = [
            key.description
            for key in walk.query(FooterKey)
            if key.region.right > 80 or key.region.width == 0
        ]
        await pilot.press("escape")

    assert "(d)" in catalogue.WALK_UNTAGGED
    assert "d" in footer_keys
    assert not cut_off


# --- question 3 asks how much of a bare comparative ---------------------------------

TWENTY_TO_FIVE = Measure(before=20, after=5, unit="minutes", label="build time")


@pytest.mark.parametrize(
    "text, measure, vague",
    [
        ("faster", None, "Faster"),
        ("Builds got faster", None, "Faster"),
        ("Deploys are quicker now", None, "Quicker"),
        ("Sped up the builds", None, "Sped up"),
        ("Builds got 40% faster", None, ""),
        ("Builds went from 20 to 5 minutes", None, ""),
        ("Builds got faster", TWENTY_TO_FIVE, ""),
        ("Builds are faster for every web engineer", None, ""),
        ("Releases no longer need a babysitter", None, ""),
    ],
    ids=[
        "a bare word",
        "a bare comparative",
        "another comparative",
        "a phrasal comparative",
        "with a percentage",
        "with a before and after",
        "with a measure beside it",
        "with who benefited",
        "a change that is no comparative",
    ],
)
def test_question_3_asks_how_much_of_a_bare_comparative(
    text: str, measure: Measure | None, vague: str
) -> None:
    change = read_change(text, measure)
    coach = change_coach_text(change)

    asks = vague_change_ask(vague) if vague else ""
    if vague:
        assert change.framing == FRAMING_ACTIVITY
        assert not change.measured
        assert asks in coach
    else:
        assert "by how much" not in coach


def test_the_suggested_change_reads_a_bare_comparative_as_question_3_does() -> None:
    win = framed(
        Win(
            title="Reworked the build cache",
            date=dt.date(2026, 10, 5),
            id=1,
            what_changed="Builds got faster",
        )
    )

    suggested = suggest_change(win)

    assert suggested == read_change(win.what_changed)
    assert suggested.framing == FRAMING_ACTIVITY
    assert "“Faster” by how much" in change_coach_text(suggested, win.framing)
