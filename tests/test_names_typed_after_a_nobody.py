"""Names typed on a win after its review answered "nobody" are the user's newer
word: the win's detail, the pitch and the packet tell them until the next
review asks about them again."""

from __future__ import annotations

import datetime as dt
import io

from textual.widgets import Static

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import quarter_of
from careerclimb_tui.domain.records import Measure, Win
from careerclimb_tui.domain.review import Noticed, answer, start_review
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.screens.journal import WinDetailScreen
from careerclimb_tui.store import Store
from tests.helpers import journal_opened, wait_until

NAMES = "Payments lead, QA guild"
RECOGNITION = "## Recognition from outside the team"


def answered_nobody_then_named(store: Store, clock: FixedClock) -> Win:
    """A win the review said nobody noticed, named by the user afterwards."""
    store.save_profile(DEMO_PROFILE)
    win = store.add_win(
        framed(
            Win(
                title="Cut payment retries",
                date=dt.date(2026, 11, 2),
                what_changed="Fewer customers see a failed payment",
                measure=Measure(before=12, after=2, unit="%", label="retry rate"),
            )
        )
    )
    assert win.id is not None
    now = clock.now()
    review = start_review(quarter_of(win.date), store.wins(), now)
    store.save_review(answer(review, win.id, now=now, noticed=Noticed.nobody()))
    return store.update_win(win.with_changes(noticed_by=NAMES))


def test_the_packet_tells_names_typed_after_the_review_said_nobody(
    store: Store, clock: FixedClock
) -> None:
    answered_nobody_then_named(store, clock)

    out = io.StringIO()
    assert main(["export", "--format", "md"], clock=clock, out=out) == 0
    wins, _, recognition = out.getvalue().partition(RECOGNITION)

    for name in ("Payments lead", "QA guild"):
        assert name in wins and name in recognition


def test_the_printed_pitch_tells_names_typed_after_the_review_said_nobody(
    store: Store, clock: FixedClock
) -> None:
    answered_nobody_then_named(store, clock)

    out = io.StringIO()
    assert main(["pitch", "--print"], clock=clock, out=out) == 0
    printed = " ".join(out.getvalue().split())

    assert "Noticed outside my team: the payments lead and the QA guild." in printed
    assert "Nothing in the story was noticed outside your team" not in printed


async def test_the_wins_detail_tells_names_typed_after_the_review_said_nobody(
    store: Store, clock: FixedClock
) -> None:
    answered_nobody_then_named(store, clock)

    async with journal_opened(store, clock) as (app, pilot, _):
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, WinDetailScreen))
        shown = [str(widget.render()) for widget in app.screen.query(Static)]

    assert NAMES in shown
