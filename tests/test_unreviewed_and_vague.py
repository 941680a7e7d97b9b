"""A quarter that ended unreviewed is not forgotten, and a vague change stays vague.

1. Home's next step names an ended quarter of the last twelve months that holds
   wins and has no finished review; the manager prep brings its strong wins,
   marked as not reviewed yet, and says to review them before the talk rather
   than that nothing shows their dimension.
2. "Builds got faster" under an activity title does not make the win impact.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.cli_manager import render_prep_markdown
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain import prep
from careerclimb_tui.domain.framing import how_much_ask, read_win, vague_change_ask
from careerclimb_tui.domain.gaps import DimensionGap, GapStatus, GapView
from careerclimb_tui.domain.quarters import Quarter, parse_quarter
from careerclimb_tui.domain.records import FRAMING_IMPACT, Measure, Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    answer,
    finish,
    start_review,
    suggest_change,
)
from careerclimb_tui.domain.wins import framed, next_step, unreviewed_quarter
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
"""In 2026Q4; 2026Q3 ended on 30 September."""
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

LATENCY = Measure(before=900, after=300, unit="ms", label="checkout p99 latency")


def _win(day: dt.date, number: int, **fields: object) -> Win:
    return Win(
        title=f"Win {number}",
        date=day,
        framing=FRAMING_IMPACT,
        id=number,
        **fields,  # type: ignore[arg-type]  # test data, typed by the caller
    )


# --- 1a. Home's next step -----------------------------------------------------------

# (case, dates of the wins, quarters with a finished review, the step expected)
ENDED = [
    (
        "one win in the last quarter, only this one reviewed",
        [dt.date(2026, 9, 15), dt.date(2026, 10, 6)],
        {"2026Q4"},
        "2026Q3 ended with 1 win not reviewed: review it (r).",
    ),
    (
        "two wins, nothing reviewed",
        [dt.date(2026, 7, 2), dt.date(2026, 8, 9), dt.date(2026, 11, 10)],
        set(),
        "2026Q3 ended with 2 wins not reviewed: review them (r).",
    ),
    (
        "the last quarter reviewed, the one before not",
        [dt.date(2026, 5, 4), dt.date(2026, 9, 1), dt.date(2026, 11, 10)],
        {"2026Q3"},
        "2026Q2 ended with 1 win not reviewed: review it (r).",
    ),
    (
        "older than twelve months is left alone",
        [dt.date(2025, 11, 30), dt.date(2026, 11, 10)],
        set(),
        catalogue.NEXT_ALL_IMPACT,
    ),
    (
        "every ended quarter reviewed",
        [dt.date(2026, 3, 3), dt.date(2026, 9, 1), dt.date(2026, 11, 10)],
        {"2026Q1", "2026Q3"},
        catalogue.NEXT_ALL_IMPACT,
    ),
    (
        "the current quarter is not over yet",
        [dt.date(2026, 11, 10)],
        set(),
        catalogue.NEXT_ALL_IMPACT,
    ),
]


@pytest.mark.parametrize(
    ("dates", "reviewed", "expected"),
    [case[1:] for case in ENDED],
    ids=[case[0] for case in ENDED],
)
def test_home_names_a_quarter_that_ended_unreviewed(
    dates: list[dt.date], reviewed: set[str], expected: str
) -> None:
    wins = [_win(day, number) for number, day in enumerate(dates, start=1)]

    assert next_step(wins, TODAY, reviewed=reviewed) == expected


def test_the_ended_quarter_comes_before_reframing_this_quarters_wins() -> None:
    wins = [
        _win(dt.date(2026, 9, 15), 1),
        Win(title="Reviewed 40 PRs", date=dt.date(2026, 11, 2), id=2),
    ]

    step = next_step(wins, TODAY, reviewed=set())

    assert step.startswith("2026Q3 ended with 1 win not reviewed")


def test_a_fiscal_year_names_its_own_quarters() -> None:
    # With a July start, September 2026 falls in 2027Q1 and November in 2027Q2.
    found = unreviewed_quarter([_win(dt.date(2026, 9, 15), 1)], TODAY, set(), 7)

    assert found is not None
    assert found.quarter == Quarter(2027, 1, 7)
    assert found.wins == 1


def _latency_win() -> Win:
    return framed(
        Win(
            title="Cut checkout p99 latency from 900 ms to 300 ms",
            date=dt.date(2026, 9, 15),
            what_changed="Checkout p99 latency fell from 900 ms to 300 ms",
            measure=LATENCY,
            noticed_by="VP of product",
            dimensions=("scope_impact",),
        )
    )


def _reviewed_quarter_four(store: Store, titles: list[str]) -> None:
    """Impact wins of 2026Q4, reviewed as next-level in Execution."""
    wins = [
        store.add_win(
            framed(
                Win(
                    title=title,
                    date=dt.date(2026, 10, 5 + index),
                    what_changed="Deploys fell from 40 minutes to 10",
                    measure=Measure(before=40, after=10, unit="minutes"),
                    noticed_by="SRE lead",
                    dimensions=("execution",),
                )
            )
        )
        for index, title in enumerate(titles)
    ]
    review = start_review(Quarter(2026, 4), wins, MOMENT)
    for win in wins:
        assert win.id is not None
        review = answer(
            review,
            win.id,
            now=MOMENT,
            peer_could=PeerAnswer.NO,
            choice=Choice.CHOSE,
            change=suggest_change(win),
            noticed=Noticed.by("SRE lead"),
        )
    store.save_review(finish(review, now=MOMENT))


async def test_home_says_the_last_quarter_ended_unreviewed(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    store.add_win(_latency_win())
    _reviewed_quarter_four(store, ["Faster deploys"])

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        shown = app.screen.query_one("#next-step", Static)
        await wait_until(pilot, lambda: "Next:" in str(shown.content))
        step = str(shown.content)

    assert "2026Q3 ended with 1 win not reviewed: review it (r)" in step
    assert "Keep capturing" not in step


# --- 1b. The manager prep -----------------------------------------------------------


@pytest.mark.parametrize(
    ("reviewed", "brought_too"),
    [
        (["Faster deploys", "Safer deploys"], True),
        (["Faster deploys", "Safer deploys", "Calmer deploys"], False),
    ],
    ids=["a place left after the reviewed wins", "every place reviewed"],
)
def test_an_unreviewed_strong_win_comes_only_after_the_reviewed_next_level_ones(
    tmp_path: Path, clock: FixedClock, reviewed: list[str], brought_too: bool
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    latency = store.add_win(_latency_win())
    _reviewed_quarter_four(store, reviewed)

    brought = prep.strongest_evidence(store.wins(), store.reviews())

    assert len(brought) == 3 if brought_too else len(reviewed)
    assert {w.title for w in brought[: len(reviewed)]} == set(reviewed)
    assert (brought[-1].id == latency.id) is brought_too


def test_an_unreviewed_win_in_a_covered_dimension_leaves_the_evidence_as_it_is(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    store.add_win(_latency_win().with_changes(dimensions=("execution",)))
    _reviewed_quarter_four(store, ["Faster deploys", "Safer deploys", "Calmer deploys"])

    brought = prep.strongest_evidence(store.wins(), store.reviews())

    assert all(not w.title.startswith("Cut checkout") for w in brought)


def _gap_view(status: GapStatus) -> GapView:
    gap = DimensionGap(
        dimension_id="scope_impact",
        name="Scope and impact",
        next_level_wins=0,
        latest_next_level=None,
        current_level_wins=0,
        criteria=(),
        status=status,
    )
    return GapView(
        today=TODAY,
        dimensions=(gap,),
        focus=gap,
        focus_reason="",
        cycle_closes=None,
        weeks_remaining=None,
        trend=(),
    )


# (case, the gap's status, the waiting wins' dates, the to-dos expected, the
# questions expected)
WAITING = [
    (
        "missing, one win",
        GapStatus.MISSING,
        [dt.date(2026, 9, 15)],
        [
            "Review your strong win on Scope and impact from 2026Q3: until a "
            "review judges it, it counts in no gap."
        ],
        [],
    ),
    (
        "thin, two wins of two quarters",
        GapStatus.THIN,
        [dt.date(2026, 9, 15), dt.date(2026, 5, 2)],
        [
            "Review your 2 strong wins on Scope and impact from 2026Q2, 2026Q3: "
            "until a review judges them, they count in no gap."
        ],
        [],
    ),
    (
        "missing, none waiting",
        GapStatus.MISSING,
        [],
        [],
        [catalogue.MANAGER_QUESTION_FOCUS_MISSING.format(dimension="Scope and impact")],
    ),
]


@pytest.mark.parametrize(
    ("status", "dates", "todos", "questions"),
    [case[1:] for case in WAITING],
    ids=[case[0] for case in WAITING],
)
def test_a_gap_with_a_strong_win_waiting_says_to_review_it_before_the_talk(
    status: GapStatus, dates: list[dt.date], todos: list[str], questions: list[str]
) -> None:
    waiting = [
        _win(day, n, measure=LATENCY, dimensions=("scope_impact",))
        for n, day in enumerate(dates, start=1)
    ]

    view = _gap_view(status)

    assert prep.before_the_talk(view, waiting) == todos
    assert prep.gap_questions(view, (), waiting) == questions
    assert prep.gaps_not_asked(view, (), waiting) == []


# (case, the win, whether it waits for a review)
STRONG = [
    ("measured impact of last quarter", {}, True),
    ("not measured", {"measure": None}, False),
    ("half a measure", {"measure": Measure(before=900, unit="ms")}, False),
    ("activity", {"framing": "activity"}, False),
    ("older than a year", {"date": dt.date(2025, 9, 30)}, False),
    ("reviewed", {"id": 99}, False),
]


@pytest.mark.parametrize(
    ("changes", "waits"), [c[1:] for c in STRONG], ids=[c[0] for c in STRONG]
)
def test_which_strong_wins_wait_for_their_review(
    changes: dict[str, object], waits: bool
) -> None:
    win = _win(dt.date(2026, 9, 15), 1, measure=LATENCY).with_changes(**changes)
    reviewed = start_review(Quarter(2026, 3), [_win(dt.date(2026, 9, 1), 99)], MOMENT)

    found = prep.unreviewed_strong_wins([win], [finish(reviewed, now=MOMENT)], TODAY)

    assert (found == [win]) is waits


async def test_the_prep_marks_the_unreviewed_win_and_lists_reviewing_it_first(
    tmp_path: Path, clock: FixedClock
) -> None:
    from careerclimb_tui.screens.manager_prep import PrepScreen

    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    store.add_win(_latency_win())
    _reviewed_quarter_four(store, ["Faster deploys", "Safer deploys"])

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(PrepScreen())
        await wait_until(pilot, lambda: getattr(app.screen, "plan", None) is not None)
        plan = app.screen.plan  # type: ignore[attr-defined]  # the prep screen's
        rows = [strip.text for strip in app.screen._compositor.render_strips()]
        shown = " ".join(" ".join(rows).split())

    todo = "Review your strong win on Scope and impact from 2026Q3"
    assert plan.evidence[-1].text.endswith("(not reviewed yet)")
    assert plan.evidence[-1].title.startswith("Cut checkout p99 latency")
    assert [line[: len(todo)] for line in plan.before] == [todo]
    assert all("Review" not in q and "Scope" not in q for q in plan.questions)
    assert all(q.endswith("?") for q in plan.questions)
    assert shown.index("Before the talk") < shown.index("The ask")
    assert "☐ Review your strong win on Scope and impact" in shown
    markdown = render_prep_markdown(plan)
    assert markdown.index("## Before the talk") < markdown.index("## Questions to ask")
    assert f"- [ ] {todo}" in markdown


# --- 2. A vague change does not flip an activity title to impact ----------------

WORK = "Worked on the CI pipeline and reviewed 200 PRs"

# (case, title, what changed, the framing read, the comparative asked about or "")
VAGUE = [
    ("got faster", WORK, "Builds got faster", "activity", "Faster"),
    ("are faster now", WORK, "Builds are faster now", "activity", "Faster"),
    ("much quicker", WORK, "CI is much quicker", "activity", "Quicker"),
    ("fewer", "Refactored the billing code", "Fewer bugs", "activity", "Fewer"),
    ("sped up", WORK, "The pipeline sped up", "activity", "Sped up"),
    (
        "way faster",
        "Worked on the test suite",
        "Tests run way faster",
        "activity",
        "Faster",
    ),
    ("adopted by a team", WORK, "The platform team adopted it", "impact", ""),
    ("measured", WORK, "review wait fell from 3 days to 1", "impact", ""),
    ("faster by a percentage", WORK, "Builds got 40% faster", "impact", ""),
    (
        "faster for someone",
        WORK,
        "Builds got faster for the mobile team",
        "activity",
        "",
    ),
    (
        "faster, and what it enabled",
        WORK,
        "Builds got faster, so engineers no longer switch context while waiting",
        "impact",
        "",
    ),
    ("the title states the change", "Cut CI time", "Builds got faster", "impact", ""),
    ("before and after", WORK, "Releases take 2 days instead of 5", "impact", ""),
]


@pytest.mark.parametrize(
    ("title", "changed", "framing", "word"),
    [case[1:] for case in VAGUE],
    ids=[case[0] for case in VAGUE],
)
def test_a_bare_comparative_leaves_an_activity_title_as_activity(
    title: str, changed: str, framing: str, word: str
) -> None:
    reading = read_win(title, changed)

    assert reading.framing == framing
    vague = vague_change_ask(word) if word else ""
    assert (vague in reading.hints) is bool(word)


def test_the_titles_effort_hint_stays_beside_the_vague_change() -> None:
    reading = read_win(WORK, "Builds got faster")

    assert reading.hints[0].startswith(
        "“Worked on the CI pipeline” and “reviewed 200 PRs”"
    )
    assert "count effort, not change" in reading.hints[0]
    assert "by how much, and for whom" in reading.hints[1]


def test_a_win_with_a_vague_change_is_saved_as_activity() -> None:
    win = framed(Win(title=WORK, date=TODAY, what_changed="Builds got faster"))

    assert win.framing == "activity"


@pytest.mark.parametrize(
    ("changed", "beneficiaries", "word"),
    [
        ("Builds got faster", "mobile team", "Faster"),
        ("Builds got faster for the mobile team", "", "Faster"),
        ("Review turnaround for the platform team got faster", "", "Faster"),
        ("Flaky failures dropped for the mobile team", "", "Dropped"),
    ],
)
def test_naming_who_gained_leaves_a_vague_change_asked_by_how_much(
    changed: str, beneficiaries: str, word: str
) -> None:
    reading = read_win(WORK, changed, beneficiaries=beneficiaries)

    assert reading.framing == "activity"
    assert reading.vague_change.casefold() == word.casefold()
    assert how_much_ask(word) in reading.hints
    assert vague_change_ask(word) not in reading.hints


def test_a_typed_measure_makes_the_change_concrete() -> None:
    measure = Measure(before=20, after=8, unit="minutes", label="build time")

    assert read_win(WORK, "Builds got faster", measure).is_impact


def test_a_win_of_the_current_quarter_waits_for_its_own_review() -> None:
    win = _win(dt.date(2026, 11, 2), 1, measure=LATENCY)

    assert prep.unreviewed_strong_wins([win], [], TODAY) == []


# (case, dates of the wins, finished reviews, unfinished reviews, quarter offered)
OFFERED = [
    ("no wins: the current quarter", (), (), (), "2026Q4"),
    ("wins this quarter only", ("2026-11-02",), (), (), "2026Q4"),
    ("an ended quarter unreviewed", ("2026-09-15",), (), (), "2026Q3"),
    ("it was reviewed", ("2026-09-15",), ("2026Q3",), (), "2026Q4"),
    ("a run left unfinished", ("2026-09-15",), (), ("2026Q3",), "2026Q3"),
    ("older than a year", ("2025-09-15",), (), (), "2026Q4"),
    ("the newest of two", ("2026-03-02", "2026-06-01"), (), (), "2026Q2"),
]


@pytest.mark.parametrize(
    ("dates", "finished", "unfinished", "offered"),
    [case[1:] for case in OFFERED],
    ids=[case[0] for case in OFFERED],
)
def test_the_reviews_screen_offers_the_quarter_home_asks_to_review(
    dates: tuple[str, ...],
    finished: tuple[str, ...],
    unfinished: tuple[str, ...],
    offered: str,
) -> None:
    from careerclimb_tui.domain.review import Review, quarter_to_offer

    moment = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.timezone.utc)
    wins = [
        Win(title=f"Win {n}", date=dt.date.fromisoformat(day), id=n)
        for n, day in enumerate(dates, start=1)
    ]
    # A finished run holds the wins of its quarter, as a real one does.
    reviews = [
        finish(start_review(parse_quarter(q), wins, moment), now=moment)
        for q in finished
    ] + [Review(quarter=q, started_at=moment, updated_at=moment) for q in unfinished]
    today = dt.date(2026, 11, 18)
    assert str(quarter_to_offer(today, wins, reviews)) == offered
