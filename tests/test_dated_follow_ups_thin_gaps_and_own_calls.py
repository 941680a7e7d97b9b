"""A dated follow-up, home's step while evidence is thin, and the user's own call.

1. Proposing to meet again on a day ("revisit this on 15 January", "catch up on
   Jan 15", "check in next Tuesday") agrees a follow-up, and the day set for it
   does not name the promotion cycle; a past event with a date does neither.
2. Home's next step keeps pointing at the gap view's focus while its evidence is
   missing or thin; praise for framing comes only when nothing is more useful.
3. The review summary shows an overridden verdict as the printed review does:
   "(your call)" and the note, from the same function.
4. A verdict's reason after a colon reads mid-sentence.
5. A measure added to a sentence stands before its full stop; a prep evidence
   line runs on after the change and tells the title mid-sentence.
6. Every next-step template ends the same way, with a full stop.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.catalogs.manager_bank import load_manager_bank
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.conversation import EvidenceLine, read_reply
from careerclimb_tui.domain.measure_text import with_measure
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import (
    FRAMING_ACTIVITY,
    FRAMING_IMPACT,
    Measure,
    Win,
)
from careerclimb_tui.domain.rehearsal import respond, start_rehearsal
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Choice,
    Noticed,
    PeerAnswer,
    ReviewEntry,
    VerdictKind,
    WinAnswers,
    answer,
    change_for_win,
    dimensions_for_level,
    finish,
    override,
    read_change,
    start_review,
    verdict_lines,
)
from careerclimb_tui.domain.wins import CaseGaps, framed, next_step
from careerclimb_tui.ladders import BUNDLED_DIR, load_ladder
from careerclimb_tui.queries import current_gaps
from careerclimb_tui.screens.review_summary import ReviewSummaryScreen
from careerclimb_tui.store import Store
from tests.helpers import make_app, wait_until

# --- 1. A dated follow-up -----------------------------------------------------------

CYCLE_WORDS = ("January", "2027")
"""The cycle closes in January 2027, the month of some follow-ups below."""

# (case, what the user said, agrees a follow-up, names the cycle)
DATED = [
    (
        "revisit on a day, with the criteria",
        "Can we agree to revisit this on 15 January, with the criteria written down?",
        True,
        False,
    ),
    ("revisit on a short date", "Can we revisit this on Jan 15?", True, False),
    ("revisit in a month", "Let's revisit this in a month.", True, False),
    (
        "catch up on a day",
        "Could we catch up on Jan 15 to see where it stands?",
        True,
        False,
    ),
    ("check in next Tuesday", "Let's check in next Tuesday.", True, False),
    (
        "come back to it on a day",
        "I'd like to come back to this on the 15th.",
        True,
        False,
    ),
    ("review it on a day", "Shall we review this on 15 January?", True, False),
    (
        "a meeting noun with a day",
        "I presented the design review on 3 January.",
        False,
        True,
    ),
    ("a past event with a day", "The deploy failed again on 3 March.", False, False),
    ("the cycle's month alone", "What would count by January?", False, True),
    ("refused", "I don't want to revisit this on 15 February.", False, False),
]


@pytest.mark.parametrize(
    ("said", "follow_up", "cycle"),
    [case[1:] for case in DATED],
    ids=[case[0] for case in DATED],
)
def test_a_day_set_to_meet_again_agrees_a_follow_up(
    said: str, follow_up: bool, cycle: bool
) -> None:
    reading = read_reply(said, ("senior",), CYCLE_WORDS)

    assert (reading.agrees_follow_up, reading.names_cycle) == (follow_up, cycle)


def test_a_tough_manager_hears_a_dated_follow_up_as_one() -> None:
    rehearsal = start_rehearsal(
        load_manager_bank(), "tough", 42, level_names=("Senior engineer", "senior")
    )
    rehearsal, _ = respond(
        rehearsal, "What would I need to demonstrate, specifically, for senior?"
    )

    rehearsal, _ = respond(rehearsal, DATED[0][1])

    said = rehearsal.turns[-2].reading
    assert said is not None
    assert said.asks_for_specifics and said.agrees_follow_up


# --- 2. Home's next step while evidence is thin -------------------------------------

TODAY = dt.date(2026, 11, 18)
LOGGED = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.timezone.utc)


def win(framing: str = FRAMING_IMPACT) -> Win:
    return Win(id=1, title="A win", date=TODAY, framing=framing, created_at=LOGGED)


AIM_THIN = catalogue.NEXT_THIN_DIMENSION.format(dimension="Mentoring")
AIM_MISSING = catalogue.NEXT_MISSING_DIMENSION.format(dimension="Scope")
LINK_ONE = catalogue.NEXT_BARE_CRITERIA.format(count=1, noun="criterion", verb="has")

# (case, the wins, what the case lacks, the step)
THIN_STEPS = [
    (
        "a thin focus is aimed at",
        [win()],
        CaseGaps(thin_dimension="Mentoring"),
        AIM_THIN,
    ),
    (
        "a missing dimension comes before a thin one",
        [win()],
        CaseGaps(missing_dimension="Scope", thin_dimension="Mentoring"),
        AIM_MISSING,
    ),
    (
        "a criterion with no evidence comes before a thin dimension",
        [win()],
        CaseGaps(bare_criteria=1, thin_dimension="Mentoring"),
        LINK_ONE,
    ),
    (
        "an activity-only win comes before a thin dimension",
        [win(FRAMING_ACTIVITY)],
        CaseGaps(thin_dimension="Mentoring"),
        catalogue.NEXT_REFRAME.format(count=1, noun="win", verb="is"),
    ),
    ("all covered: keep capturing", [win()], CaseGaps(), catalogue.NEXT_ALL_IMPACT),
]


@pytest.mark.parametrize(
    ("wins", "case", "step"),
    [row[1:] for row in THIN_STEPS],
    ids=[row[0] for row in THIN_STEPS],
)
def test_the_next_step_aims_at_a_thin_focus_before_praising_the_framing(
    wins: list[Win], case: CaseGaps, step: str
) -> None:
    assert next_step(wins, TODAY, 1, {}, None, set(), case) == step


def _review_every_dimension_once(store: Store, clock: FixedClock) -> None:
    """One next-level win for every dimension of the target level: all thin."""
    ladder = load_ladder(BUNDLED_DIR / "software-engineer.yaml")
    dimensions = tuple(d.id for d in dimensions_for_level(ladder, "senior"))
    title = "Deploy failures dropped from 20% to 12% across three teams"
    saved = store.add_win(
        framed(Win(title=title, date=clock.today(), dimensions=dimensions))
    )
    assert saved.id is not None
    now = clock.now()
    review = start_review(quarter_of(clock.today()), [saved], now)
    review = answer(
        review,
        saved.id,
        now=now,
        peer_could=PeerAnswer.NO,
        choice=Choice.CHOSE,
        change=read_change(title),
        noticed=Noticed.by("Payments team"),
    )
    store.save_review(finish(review, now=now))


async def test_home_keeps_pointing_at_the_focus_after_a_review_leaves_it_thin(
    store: Store, clock: FixedClock
) -> None:
    store.save_profile(DEMO_PROFILE)
    _review_every_dimension_once(store, clock)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        shown = app.screen.query_one("#next-step", Static)
        await wait_until(pilot, lambda: "Next:" in str(shown.content))
        step = " ".join(str(shown.content).split())
        view = current_gaps(store, app.ladder, DEMO_PROFILE, clock.today())

    assert view.covered == 0 and view.focus is not None
    assert step == "Next: " + catalogue.NEXT_THIN_DIMENSION.format(
        dimension=view.focus.name
    )


# --- 3. and 4. The user's own call, and a reason after a colon ----------------------

NOTE = "Release Eng adopted it as their standard"
MEASURED = WinAnswers(
    peer_could=PeerAnswer.YES,
    choice=Choice.CHOSE,
    change=ChangeAnswer("Lint runs fell from 9 to 2 minutes", measured=True),
    noticed=Noticed.nobody(),
)
UNBACKED = WinAnswers(
    peer_could=PeerAnswer.NO,
    choice=Choice.ASSIGNED,
    change=ChangeAnswer("Pages reach one person now", False, FRAMING_IMPACT),
    noticed=Noticed.nobody(),
)
CURRENT = "current-level: a peer at your level could have done this"

# (case, the entry, the lines as printed, each line's start)
VERDICTS = [
    ("the questions' verdict", ReviewEntry(win_id=1, answers=MEASURED), [CURRENT]),
    (
        "a reason that starts with you",
        ReviewEntry(win_id=1, win_framing=FRAMING_IMPACT, answers=UNBACKED),
        ["unclear: you judge this beyond your level"],
    ),
    (
        "a call with its note",
        ReviewEntry(
            win_id=1,
            answers=MEASURED,
            override_kind=VerdictKind.NEXT_LEVEL,
            override_note=NOTE,
        ),
        [
            f"next-level (your call): {NOTE}",
            "The four questions said current-level: a peer at your level",
        ],
    ),
    (
        "a call with a note typed as a sentence",
        ReviewEntry(
            win_id=1,
            answers=MEASURED,
            override_kind=VerdictKind.NEXT_LEVEL,
            override_note="My manager named it as a promotion example",
        ),
        [
            "next-level (your call): My manager named it as a promotion example",
            "The four questions said current-level: a peer",
        ],
    ),
    (
        "a call with no note",
        ReviewEntry(win_id=1, answers=MEASURED, override_kind=VerdictKind.NEXT_LEVEL),
        ["next-level (your call, no note).", "The four questions said current-level"],
    ),
]


@pytest.mark.parametrize(
    ("entry", "starts"),
    [row[1:] for row in VERDICTS],
    ids=[row[0] for row in VERDICTS],
)
def test_a_verdict_is_told_with_its_reason_mid_sentence(
    entry: ReviewEntry, starts: list[str]
) -> None:
    lines = verdict_lines(entry)

    assert len(lines) == len(starts)
    for line, start in zip(lines, starts, strict=True):
        assert line.startswith(start), line


def _overridden_review(store: Store, clock: FixedClock) -> None:
    """A measured win the four questions call current-level, called next-level."""
    store.save_profile(DEMO_PROFILE)
    saved = store.add_win(
        framed(Win(title="Lint runs fell from 9 to 2 minutes", date=clock.today()))
    )
    assert saved.id is not None
    now = clock.now()
    review = start_review(quarter_of(clock.today()), [saved], now)
    review = answer(
        review,
        saved.id,
        now=now,
        peer_could=PeerAnswer.YES,
        choice=Choice.CHOSE,
        change=read_change(saved.title),
        noticed=Noticed.nobody(),
    )
    review = override(review, saved.id, VerdictKind.NEXT_LEVEL, NOTE, now=now)
    store.save_review(finish(review, now=now))


async def test_the_summary_shows_the_users_call_and_note_as_the_print_does(
    store: Store, clock: FixedClock
) -> None:
    _overridden_review(store, clock)
    printed = io.StringIO()
    quarter = str(quarter_of(clock.today()))
    main(["review", "--quarter", quarter, "--print"], clock=clock, out=printed)
    own = f"next-level (your call): {NOTE}"

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ReviewSummaryScreen(store.reviews()[-1]))
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewSummaryScreen))
        screen = app.screen
        await wait_until(pilot, lambda: bool(screen.query(".strong-change")))
        shown = " ".join(str(w.render()) for w in screen.query(".strong-change"))

    assert own in " ".join(printed.getvalue().split())
    assert own in " ".join(shown.split())


# --- 5. A measure and a sentence's full stop ----------------------------------------

PAGES = Measure(before=35, after=12, unit="pages/week", label="pages")

# (case, the text, the text with its measure)
WITH_MEASURE = [
    (
        "a sentence",
        "Nights are quiet.",
        "Nights are quiet (pages 35 → 12 per week).",
    ),
    (
        "no full stop",
        "Nights are quiet",
        "Nights are quiet (pages 35 → 12 per week)",
    ),
    (
        "trailing off",
        "Nights are quiet...",
        "Nights are quiet... (pages 35 → 12 per week)",
    ),
    ("stated already", "Pages fell from 35 to 12.", "Pages fell from 35 to 12."),
]


@pytest.mark.parametrize(
    ("text", "shown"),
    [row[1:] for row in WITH_MEASURE],
    ids=[row[0] for row in WITH_MEASURE],
)
def test_a_measure_stands_before_the_sentences_full_stop(text: str, shown: str) -> None:
    assert with_measure(text, PAGES) == shown


def test_the_measure_before_a_full_stop_is_not_saved_into_what_changed() -> None:
    measured = Win(title="Quietened on-call", date=TODAY, measure=PAGES)

    kept = change_for_win(with_measure("Nights are quiet.", PAGES), measured)

    assert kept == "Nights are quiet."


# (case, title, change, the line)
EVIDENCE = [
    (
        "the change's stop goes, the title reads mid-sentence",
        "Found the root cause of our deploy failures",
        "Releases no longer need a babysitter (change failure rate 20% → 12%).",
        "Releases no longer need a babysitter (change failure rate 20% → 12%) — "
        "logged as: found the root cause of our deploy failures",
    ),
    (
        "a title led by a name keeps its capital",
        "Kafka consumers now retry",
        "Nobody replays messages by hand.",
        "Nobody replays messages by hand — logged as: Kafka consumers now retry",
    ),
    (
        "no change: the title leads",
        "Mentored two new hires",
        "",
        "Mentored two new hires",
    ),
]


@pytest.mark.parametrize(
    ("title", "change", "line"),
    [row[1:] for row in EVIDENCE],
    ids=[row[0] for row in EVIDENCE],
)
def test_an_evidence_line_runs_on_after_the_change(
    title: str, change: str, line: str
) -> None:
    assert EvidenceLine(title=title, change=change).text == line


# --- 6. Every next step ends the same way -------------------------------------------

NEXT_TEMPLATES = {
    name: getattr(catalogue, name)
    for name in dir(catalogue)
    if name.startswith("NEXT_")
}


def test_every_next_step_template_ends_with_a_full_stop() -> None:
    assert len(NEXT_TEMPLATES) >= 15
    unended = [name for name, text in NEXT_TEMPLATES.items() if not text.endswith(".")]

    assert not unended
