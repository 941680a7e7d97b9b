"""The pitch backs its story up with the user's strongest wins only: never a win
their own review called current-level, and never a title that reads as activity
when its change can be told instead; the problem sentence reads as a sentence
whatever the measure's label."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE, seed_full_demo
from careerclimb_tui.domain.pitch import (
    FlagKind,
    Part,
    PitchDraft,
    PitchFlag,
    build_pitch,
    check_pitch,
    entry_for,
    problem_sentence,
    worth_supporting,
)
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import (
    ChangeAnswer,
    Noticed,
    Review,
    VerdictKind,
    answer,
    latest_entries,
    override,
    start_review,
)
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.export.packet import packet_markdown
from careerclimb_tui.ladders import load_shelf
from careerclimb_tui.screens.pitch import PitchScreen
from careerclimb_tui.store import Store
from careerclimb_tui.store.peers_docs import initiative_facts
from tests.helpers import make_app, wait_until

TODAY = dt.date(2026, 11, 18)
MOMENT = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)
BUSY_TITLE = "Worked on the CI pipeline and reviewed 200 PRs"
BUSY_CHANGE = "PR review turnaround for the team fell from 3 days to 1 day"
BUSY_BY_CHANGE = f"Also: {BUSY_CHANGE}."

LEAD = Win(
    id=1,
    title="Cut the CI build time for the web app",
    date=dt.date(2026, 11, 1),
    what_changed="build time went from 24 minutes to 9 minutes",
    noticed_by="platform team",
)
BUSY = Win(id=2, title=BUSY_TITLE, date=dt.date(2026, 11, 5), what_changed=BUSY_CHANGE)

STRONG: dict[str, Any] = {
    "peer_could": "no",
    "choice": "chose",
    "change": ChangeAnswer("Builds take 9 minutes", measured=True),
    "noticed": Noticed.by("platform team"),
}
PEER_COULD: dict[str, Any] = {
    "peer_could": "yes",
    "choice": "assigned",
    "change": ChangeAnswer(BUSY_CHANGE, measured=True),
    "noticed": Noticed.nobody(),
}
UNSURE: dict[str, Any] = {"peer_could": "no", "choice": "assigned"}


def reviewed(
    wins: list[Win],
    answers: dict[int, dict[str, Any]],
    calls: dict[int, VerdictKind] | None = None,
) -> list[Review]:
    """One review of the wins' quarter, with the answers and the user's calls."""
    review = start_review(quarter_of(wins[0].date), wins, MOMENT)
    for win_id, given in answers.items():
        review = answer(review, win_id, now=MOMENT, **given)
    for win_id, kind in (calls or {}).items():
        review = override(review, win_id, kind, "My call", now=MOMENT)
    return [review]


def support_lines(draft: PitchDraft) -> list[str]:
    return [line.text for line in draft.lines if line.part is Part.SUPPORT]


def flags_on_support(flags: tuple[PitchFlag, ...]) -> list[PitchFlag]:
    """Flags about a supporting line: its text, or a win it tells of."""
    return [
        flag
        for flag in flags
        if flag.excerpt.startswith("Also:")
        or flag.kind in (FlagKind.ACTIVITY, FlagKind.PEER_COULD)
    ]


# --- which wins back the story up, and how they are told ---------------------


@pytest.mark.parametrize(
    ("answers", "calls", "supports"),
    [
        pytest.param({}, {}, [BUSY_BY_CHANGE], id="never reviewed: told by change"),
        pytest.param(
            {2: UNSURE}, {}, [BUSY_BY_CHANGE], id="unclear: told by its change"
        ),
        pytest.param(
            {2: UNSURE},
            {2: VerdictKind.CURRENT_LEVEL},
            [],
            id="the user's own call is current-level",
        ),
        pytest.param({2: PEER_COULD}, {}, [], id="the test says current-level"),
        pytest.param(
            {2: PEER_COULD},
            {2: VerdictKind.NEXT_LEVEL},
            [BUSY_BY_CHANGE],
            id="the user called it next-level",
        ),
    ],
)
def test_a_supporting_win_is_never_current_level_nor_told_as_activity(
    answers: dict[int, dict[str, Any]],
    calls: dict[int, VerdictKind],
    supports: list[str],
) -> None:
    wins = [framed(LEAD), framed(BUSY)]
    reviews = reviewed(wins, {1: STRONG, **answers}, calls)

    draft = build_pitch(wins, reviews, [], TODAY)

    assert draft.lines[0].win_id == 1
    assert support_lines(draft) == supports
    flags = check_pitch(draft.text, wins, reviews, drafted=draft.lines)
    assert flags_on_support(flags) == []


@pytest.mark.parametrize(
    ("answers", "calls", "worth"),
    [
        ({}, {}, True),
        ({2: PEER_COULD}, {}, False),
        ({2: UNSURE}, {2: VerdictKind.CURRENT_LEVEL}, False),
        ({2: PEER_COULD}, {2: VerdictKind.UNCLEAR}, True),
    ],
    ids=["not reviewed", "current-level", "called current-level", "called unclear"],
)
def test_a_win_worth_supporting_is_not_current_level_work(
    answers: dict[int, dict[str, Any]], calls: dict[int, VerdictKind], worth: bool
) -> None:
    wins = [framed(LEAD), framed(BUSY)]
    entries = latest_entries(reviewed(wins, answers, calls))

    assert worth_supporting(wins[1], entry_for(wins[1], entries)) is worth


def test_the_sample_career_drafts_nothing_the_check_questions(
    store: Store, clock: FixedClock
) -> None:
    seed_full_demo(store, clock.today())
    initiatives = initiative_facts(store)
    first = build_pitch(store.wins(), store.reviews(), initiatives, clock.today())
    [called, *_] = [line.win_id for line in first.lines if line.part is Part.SUPPORT]
    [review] = [r for r in store.reviews() if called in r.win_ids]
    store.save_review(
        override(review, called or 0, VerdictKind.CURRENT_LEVEL, now=MOMENT)
    )
    wins, reviews = store.wins(), store.reviews()

    draft = build_pitch(wins, reviews, initiatives, clock.today())

    assert called not in draft.win_ids
    # The one next-level win left backs the story up; the search migration,
    # which the review judged unclear, is not put beside it.
    assert len(support_lines(draft)) == 1
    assert "search migration" not in draft.text
    flags = check_pitch(draft.text, wins, reviews, initiatives, drafted=draft.lines)
    assert flags_on_support(flags) == []


# --- on the pitch screen and in the packet ------------------------------------


def store_overridden(store: Store) -> None:
    """The lead win and the busy one, which the user called current-level."""
    store.save_profile(DEMO_PROFILE)
    wins = [store.add_win(framed(LEAD)), store.add_win(framed(BUSY))]
    lead_id, busy_id = (win.id or 0 for win in wins)
    review = start_review(quarter_of(LEAD.date), wins, MOMENT)
    review = answer(review, lead_id, now=MOMENT, **STRONG)
    review = answer(review, busy_id, now=MOMENT, **UNSURE)
    review = override(review, busy_id, VerdictKind.CURRENT_LEVEL, now=MOMENT)
    store.save_review(review)


async def test_the_pitch_screen_and_packet_leave_current_level_work_out(
    store: Store, clock: FixedClock
) -> None:
    store_overridden(store)

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        screen = app.screen
        assert isinstance(screen, PitchScreen)
        assert "What I drove: cut the CI build time" in screen.text
        assert BUSY_TITLE.casefold() not in screen.text.casefold()
        assert BUSY_CHANGE.casefold() not in screen.text.casefold()
        flags = " ".join(str(screen.query_one("#pitch-flags", Static).render()).split())
        assert "Reads as activity" not in flags
        assert catalogue.PITCH_FLAG_PEER_COULD not in flags

        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: screen.text == screen._baseline)

    ladder = load_shelf().get(DEMO_PROFILE.ladder_id)
    assert ladder is not None
    packet = packet_markdown(store, ladder, store.profile(), clock.today())
    section = packet.split(f"## {catalogue.PACKET_PITCH}", 1)[1].split("\n## ", 1)[0]
    assert "What I drove: cut the CI build time" in section
    assert "Also:" not in section
    assert "reviewed 200 PRs" not in section


# --- the problem sentence -----------------------------------------------------


@pytest.mark.parametrize(
    ("label", "told", "said"),
    [
        ("build time", "", "The problem: build time was 24 minutes."),
        ("failed builds", "", "The problem: failed builds were 24 minutes."),
        ("time to recover", "", "The problem: time to recover was 24 minutes."),
        (
            "builds finish",
            "builds finish in 9 minutes instead of 24",
            "The problem: builds finish in 24 minutes.",
        ),
        ("builds finish", "", "Before: 24 minutes."),
        ("deploys take", "", "The problem: deploys take 24 minutes."),
        (
            "deploys take",
            "deploys take 9 minutes instead of 24",
            "The problem: deploys take 24 minutes.",
        ),
        (
            "pages load",
            "pages load within 9 minutes now",
            "The problem: pages load within 24 minutes.",
        ),
        ("", "", "Before: 24 minutes."),
    ],
    ids=[
        "noun",
        "plural noun",
        "noun ending in a verb",
        "verb phrase with its link",
        "verb phrase, link unknown",
        "verb that takes the amount",
        "verb that takes the amount, told",
        "verb only by the text",
        "empty",
    ],
)
def test_the_problem_sentence_reads_as_a_sentence_whatever_the_label(
    label: str, told: str, said: str
) -> None:
    measure = Measure(before=24, after=9, unit="minutes", label=label)
    assert problem_sentence(measure, told) == said


def test_a_win_told_as_a_clause_opens_with_the_users_own_words() -> None:
    win = framed(
        Win(
            id=7,
            title="Cut the CI build time for the web app",
            date=dt.date(2026, 11, 1),
            what_changed="builds finish in 9 minutes instead of 24",
        )
    )
    assert win.measure is not None and win.measure.label == "builds finish"

    draft = build_pitch([win], [], [], TODAY)

    assert draft.lines[0].text == "The problem: builds finish in 24 minutes."


# --- a supporting win's change told once --------------------------------------


RERUNS = Measure(before=60, after=12, unit="", label="reruns per week")


@pytest.mark.parametrize(
    ("what_changed", "support"),
    [
        pytest.param(
            "Reruns per week went from 60 to 12",
            "Also: cut reruns per week from 60 to 12.",
            id="only the title again: left out",
        ),
        pytest.param(
            "Reruns per week went from 60 to 12, so merges land the same day",
            "Also: cut reruns per week from 60 to 12. Reruns per week went from 60 "
            "to 12, so merges land the same day.",
            id="something of its own: kept",
        ),
    ],
)
def test_a_supporting_line_leaves_out_a_change_that_repeats_its_title(
    what_changed: str, support: str
) -> None:
    reruns = Win(
        id=2,
        title="Cut reruns per week from 60 to 12",
        date=dt.date(2026, 11, 5),
        what_changed=what_changed,
        measure=RERUNS,
    )
    wins = [framed(LEAD), framed(reruns)]
    reviews = reviewed(wins, {1: STRONG})

    draft = build_pitch(wins, reviews, [], TODAY)

    assert support_lines(draft) == [support]
