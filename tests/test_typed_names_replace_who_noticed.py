"""Names typed over question 4's offer are what the win then records."""

from __future__ import annotations

import io

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.review import Noticed
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from tests.helpers import (
    answer_up_to_the_names,
    make_app,
    seed_win,
    type_text,
    wait_until,
)

LOGGED = "Lee (QA lead) and the mobile team lead thanked us in #eng"
TYPED = "Lee (QA), mobile team"
RECOGNITION = "## Recognition from outside the team"


async def test_names_typed_over_the_offer_replace_the_win_s_noticed_by(
    store: Store, clock: FixedClock
) -> None:
    win = seed_win(store, noticed_by=LOGGED)
    assert win.id is not None
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        names = await answer_up_to_the_names(pilot)
        assert names.selected_text == LOGGED, "typing replaces the offer"
        await type_text(pilot, TYPED)
        await pilot.press("enter")
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        await wait_until(pilot, lambda: walk.wins[win.id].noticed_by == TYPED)
        assert names.value == TYPED
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReviewWalkScreen))

    reopened = Store(store.path, clock=clock)
    [review] = reopened.reviews()
    assert review.entry(win.id).answers.noticed == Noticed.by("Lee (QA)", "mobile team")
    [saved] = reopened.wins()
    assert saved.noticed_by == TYPED

    out = io.StringIO()
    assert main(["export", "--format", "md"], clock=clock, out=out) == 0
    recognition = out.getvalue().partition(RECOGNITION)[2].split("\n## ")[0]
    assert "Lee (QA)" in recognition and "mobile team" in recognition
    assert "thanked us" not in recognition
