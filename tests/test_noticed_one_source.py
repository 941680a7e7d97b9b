"""Who noticed a win is told the same way by the review, the journal and the packet."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from textual.widgets import Input, Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.evidence import noticed_after_answer, noticed_to_confirm
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import Noticed, Review, answer, start_review
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.screens.reviews import ReviewsScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.question import QuestionRow
from tests.helpers import make_app, type_text, wait_until

ALL_HANDS = "Payments lead thanked us in the eng all-hands"
RECOGNITION = "## Recognition from outside the team"


def noticed_win(field: str) -> Win:
    return Win(
        title="Cut payment retries", date=dt.date(2026, 11, 2), id=1
    ).with_changes(noticed_by=field)


@pytest.mark.parametrize(
    ("field", "given", "after"),
    [
        (
            "",
            Noticed.by("Checkout team lead", "QA guild"),
            "Checkout team lead, QA guild",
        ),
        (ALL_HANDS, Noticed.by(ALL_HANDS), ALL_HANDS),
        (ALL_HANDS, Noticed.by("Payments lead"), "Payments lead"),
        (
            "Lee (QA lead) and the mobile team lead thanked us in #eng",
            Noticed.by("Lee (QA)", "mobile team"),
            "Lee (QA), mobile team",
        ),
        ("SRE; VP Eng", Noticed.by("VP Eng", "SRE"), "SRE; VP Eng"),
        ("SRE", Noticed.by("SRE", "CTO"), "SRE, CTO"),
        ("SRE, CTO", Noticed.by("CTO"), "CTO"),
        (ALL_HANDS, Noticed.nobody(), ""),
        (ALL_HANDS, Noticed(outside=True), ALL_HANDS),
        ("", Noticed.nobody(), ""),
    ],
    ids=[
        "names only in the review go to the win",
        "the confirmed suggestion leaves the win as it is",
        "a shorter answer replaces the fuller account",
        "typed names replace an account that holds one of them",
        "the same people in another order and spelling",
        "a name added in the review",
        "a name dropped in the review",
        "nobody empties the win's record",
        "yes without names keeps the record",
        "nobody, and nobody on record",
    ],
)
def test_the_answer_to_question_4_is_what_the_win_then_records(
    field: str, given: Noticed, after: str
) -> None:
    assert noticed_after_answer(field, given) == after


@pytest.mark.parametrize(
    ("field", "given", "offered"),
    [
        (ALL_HANDS, None, Noticed.by(ALL_HANDS)),
        ("", None, None),
        (ALL_HANDS, Noticed.by(ALL_HANDS), None),
        ("", Noticed.nobody(), None),
        (ALL_HANDS, Noticed.nobody(), Noticed.by(ALL_HANDS)),
        ("", Noticed.by("QA guild"), Noticed.by("QA guild")),
        ("SRE", Noticed.by("CTO"), Noticed.by("SRE", "CTO")),
    ],
    ids=[
        "unanswered: the win's names",
        "unanswered, nothing on record",
        "the answer matches the win",
        "nobody, and nobody on record",
        "nobody, beside names on the win",
        "names the win does not hold yet",
        "the win and the answer name different people",
    ],
)
def test_question_4_offers_what_is_on_record_when_the_answer_does_not_match(
    field: str, given: Noticed | None, offered: Noticed | None
) -> None:
    assert noticed_to_confirm(noticed_win(field), given) == offered


# --- the app, the journal's JSON and the packet ------------------------------------


def seed_quarter(store: Store) -> list[Win]:
    store.save_profile(DEMO_PROFILE)
    day = dt.date(2026, 11, 2)
    return [
        store.add_win(framed(Win(title=title, date=day, noticed_by=noticed)))
        for title, noticed in [
            ("Cut payment retries from 12% to 2%", ALL_HANDS),
            ("Moved the billing jobs to the new scheduler", ""),
            ("Cut checkout errors from 5% to 1%", ""),
            ("Cut flaky test runs from 20% to 3%", "Platform team"),
        ]
    ]


def wins_json(clock: FixedClock) -> dict[str, str]:
    out = io.StringIO()
    assert main(["wins", "--json"], clock=clock, out=out) == 0
    return {win["title"]: win["noticed_by"] for win in json.loads(out.getvalue())}


def packet(clock: FixedClock) -> tuple[str, str]:
    """The packet's wins and its recognition section, apart."""
    out = io.StringIO()
    assert main(["export", "--format", "md"], clock=clock, out=out) == 0
    wins, _, recognition = out.getvalue().partition(RECOGNITION)
    return wins, recognition.split("\n## ")[0]


async def test_the_review_shows_and_pre_fills_who_the_win_says_noticed(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        card = str(walk.query_one("#win-card", Static).render())
        assert f"Noticed: {ALL_HANDS}" in card, "in view from the first sight"

        await pilot.press("n", "c", "enter")
        q4 = walk.query_one("#q4", QuestionRow)
        assert app.focused is q4
        assert q4.value is None and q4.cursor == 1, "yes is pre-selected"
        assert ALL_HANDS in str(walk.query_one("#q4-suggested", Static).render())
        assert walk.query_one("#q4-who", Input).value == ALL_HANDS

        await pilot.press("enter", "enter")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewsScreen))

    [review] = Store(store.path, clock=clock).reviews()
    assert review.entries_in_order()[0].answers.noticed == Noticed.by(ALL_HANDS)


async def test_the_packet_and_the_journal_agree_after_the_review(
    store: Store, clock: FixedClock
) -> None:
    seed_quarter(store)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        # The logged names, confirmed; no one on record, and nobody said;
        # names typed only here; the logged names, answered nobody.
        await pilot.press("n", "c", "enter", "enter", "enter", "enter")
        await pilot.press("y", "a", "enter", "n", "enter")
        await pilot.press("n", "c", "enter", "y")
        await type_text(pilot, "Checkout team lead, QA guild")
        await pilot.press("enter")
        await wait_until(pilot, lambda: walk.wins[3].noticed_by != "")
        await pilot.press("enter")
        await pilot.press("n", "c", "enter", "n", "y")
        await wait_until(pilot, lambda: walk.wins[4].noticed_by == "")
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReviewWalkScreen))

    assert wins_json(clock) == {
        "Cut payment retries from 12% to 2%": ALL_HANDS,
        "Moved the billing jobs to the new scheduler": "",
        "Cut checkout errors from 5% to 1%": "Checkout team lead, QA guild",
        "Cut flaky test runs from 20% to 3%": "",
    }
    wins, recognition = packet(clock)
    for told in (ALL_HANDS, "Checkout team lead", "QA guild"):
        assert told in wins and told in recognition
    assert "Platform team" not in wins + recognition


async def test_an_earlier_nobody_beside_logged_names_is_offered_again(
    store: Store, clock: FixedClock
) -> None:
    first, *_ = seed_quarter(store)
    assert first.id is not None
    now = clock.now()
    review: Review = start_review(quarter_of(clock.today()), store.wins(), now)
    review = answer(review, first.id, now=now, noticed=Noticed.nobody())
    store.save_review(review)

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "s")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        q4 = walk.query_one("#q4", QuestionRow)
        assert q4.value is None and q4.cursor == 1, "the logged names, offered"
        hint = walk.query_one("#q4-suggested", Static)
        assert hint.display and ALL_HANDS in str(hint.render())

        q4.focus()
        await pilot.press("enter", "enter")
        await wait_until(
            pilot, lambda: walk.review.entry(1).answers.noticed != Noticed.nobody()
        )
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReviewWalkScreen))

    wins, recognition = packet(clock)
    assert ALL_HANDS in wins and ALL_HANDS in recognition
    assert wins_json(clock)["Cut payment retries from 12% to 2%"] == ALL_HANDS
