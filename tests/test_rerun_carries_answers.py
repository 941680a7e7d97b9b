"""A re-run of a quarter starts from the answers the earlier run gave."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.demo import DEMO_PROFILE
from careerclimb_tui.domain.quarters import Quarter
from careerclimb_tui.domain.records import Win
from careerclimb_tui.domain.review import (
    Choice,
    Noticed,
    PeerAnswer,
    RerunMark,
    Review,
    VerdictKind,
    WinAnswers,
    answer,
    carry_forward,
    finish,
    mark_judged,
    override,
    read_change,
    rerun_marks,
    start_review,
)
from careerclimb_tui.screens.review_walk import ReviewWalkScreen
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until

Q4 = Quarter(2026, 4)
FIRST = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)
LATER = dt.datetime(2026, 12, 1, 9, tzinfo=dt.timezone.utc)
ANSWERED = {
    "peer_could": PeerAnswer.NO,
    "choice": Choice.CHOSE,
    "change": read_change("Reruns fell from 12 to 2 a week"),
    "noticed": Noticed.by("SRE lead"),
}
NOTE = "My manager already counts it"


def _wins(*days: int) -> list[Win]:
    return [
        Win(id=day, title=f"Win {day}", date=dt.date(2026, 10, day)) for day in days
    ]


def _first_run(answered: dict[int, dict[str, object]]) -> Review:
    review = start_review(Q4, _wins(1, 3, 5), FIRST)
    for win_id, given in answered.items():
        review = answer(review, win_id, now=FIRST, **given)  # type: ignore[arg-type]
    review = override(review, 3, VerdictKind.NEXT_LEVEL, NOTE, now=FIRST)
    return finish(review, now=FIRST)


# (case, answers given in run 1, wins in run 2, walk order, carried wins, opens on)
CARRIES = [
    (
        "two wins logged late take their place by date; the walk opens on the first",
        {1: ANSWERED, 3: {"peer_could": PeerAnswer.YES}, 5: ANSWERED},
        (1, 2, 3, 4, 5),
        (1, 2, 3, 4, 5),
        (1, 3, 5),
        2,
    ),
    (
        "a win run 1 never answered is the first left to answer",
        {1: ANSWERED},
        (1, 3, 5, 6),
        (1, 3, 5, 6),
        (1, 3),
        5,
    ),
    (
        "nothing new: every win carried, the walk opens on the first",
        {1: ANSWERED, 3: ANSWERED, 5: ANSWERED},
        (1, 3, 5),
        (1, 3, 5),
        (1, 3, 5),
        1,
    ),
]


@pytest.mark.parametrize(
    ("given", "now_walked", "order", "carried", "opens_on"),
    [case[1:] for case in CARRIES],
    ids=[case[0] for case in CARRIES],
)
def test_a_rerun_carries_the_answers_and_opens_on_the_first_new_win(
    given: dict[int, dict[str, object]],
    now_walked: tuple[int, ...],
    order: tuple[int, ...],
    carried: tuple[int, ...],
    opens_on: int,
) -> None:
    first = _first_run(given)

    second = carry_forward(
        start_review(Q4, _wins(*now_walked), LATER, earlier=[first]), [first]
    )

    assert second.run == 2
    assert second.win_ids == order
    assert second.current_win_id == opens_on
    for win_id in now_walked:
        entry, before = second.entry(win_id), first.entries.get(win_id)
        if win_id in carried:
            assert before is not None
            assert entry.answers == before.answers
        else:
            assert entry.answers == WinAnswers()
    # The user's own call travels with its note.
    assert second.entry(3).override_kind is VerdictKind.NEXT_LEVEL
    assert second.entry(3).override_note == NOTE


def test_the_marks_follow_what_the_user_changes() -> None:
    first = _first_run({1: ANSWERED, 3: ANSWERED, 5: ANSWERED})
    second = carry_forward(
        start_review(Q4, _wins(1, 3, 5, 6), LATER, earlier=[first]), [first]
    )

    assert rerun_marks(second, [first, second]) == {
        1: RerunMark(carried_from=1),
        3: RerunMark(carried_from=1),
        5: RerunMark(carried_from=1),
        6: RerunMark(new=True),
    }

    changed = answer(second, 1, now=LATER, peer_could=PeerAnswer.NOT_SURE)
    changed = override(changed, 3, None, now=LATER)

    marks = rerun_marks(changed, [first])
    assert 1 not in marks and 3 not in marks
    assert marks[5] == RerunMark(carried_from=1)
    assert rerun_marks(first, [first]) == {}


async def test_rerunning_a_quarter_asks_first_then_carries_run_1(
    tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(tmp_path / "data.json", clock=clock)
    store.save_profile(DEMO_PROFILE)
    old = [
        store.add_win(Win(title=title, date=dt.date(2026, 10, day)))
        for day, title in [(2, "Cut CI reruns"), (6, "Moved to canary deploys")]
    ]
    run_1 = start_review(Q4, old, FIRST)
    for win in old:
        # The answers are of the types the four questions take.
        run_1 = answer(run_1, win.id or 0, now=FIRST, **ANSWERED)  # type: ignore
    run_1 = override(run_1, old[1].id or 0, VerdictKind.NEXT_LEVEL, NOTE, now=FIRST)
    store.save_review(finish(run_1, now=FIRST))
    late = store.add_win(Win(title="Mentored two new hires", date=dt.date(2026, 10, 4)))

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        asked = app.screen
        assert isinstance(asked, ConfirmDialog)
        assert asked.question == catalogue.REVIEWS_RERUN_CONFIRM.format(
            run=2, quarter="2026Q4", last=1
        )

        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewWalkScreen))
        walk = app.screen
        assert isinstance(walk, ReviewWalkScreen)
        mark = walk.query_one("#walk-carried", Static)
        assert walk.review.current_win_id == late.id
        assert str(mark.content) == catalogue.WALK_NEW_IN_RUN.format(run=1)

        # The walk goes by date: the late win sits between the two carried.
        await pilot.press("pagedown")
        await pilot.pause()
        assert walk.review.current_win_id == old[1].id
        assert str(mark.content) == catalogue.WALK_CARRIED.format(run=1)
        verdict = str(walk.query_one("#verdict", Static).content)
        assert NOTE in verdict

        await pilot.press("pageup", "pageup")
        await pilot.pause()
        assert walk.review.current_win_id == old[0].id
        assert str(mark.content) == catalogue.WALK_CARRIED.format(run=1)
        # Enter on the page keeps the carried answers and moves on.
        walk.query_one("#walk").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert walk.review.current_win_id == late.id

        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ReviewWalkScreen))

    runs = sorted(store.reviews(), key=lambda r: r.run)
    assert [r.run for r in runs] == [1, 2]
    assert (
        runs[1].entry(old[0].id or 0).answers == runs[0].entry(old[0].id or 0).answers
    )
    assert runs[1].entry(old[1].id or 0).override_note == NOTE


NAMED = "Restored checkout for EU customers within 20 minutes"
BETWEEN = dt.datetime(2026, 11, 20, 9, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("carried_text", "what_changed", "updated_at", "kept"),
    [
        ("", NAMED, FIRST, False),
        ("", "", BETWEEN, False),
        ("Reruns fell from 12 to 2 a week", "", FIRST, True),
        ("Reruns fell from 12 to 2 a week", NAMED, BETWEEN, False),
        ("", "", FIRST, True),
        ("Reruns fell from 12 to 2 a week", NAMED, None, True),
    ],
    ids=[
        "nothing named then, a change on the win now",
        "edited after the earlier run",
        "unchanged since the earlier run",
        "edited after the earlier run, a change named both times",
        "nothing named then or now",
        "a win with no saved time keeps the answer",
    ],
)
def test_a_rerun_leaves_question_3_open_when_the_win_tells_a_newer_change(
    carried_text: str, what_changed: str, updated_at: dt.datetime | None, kept: bool
) -> None:
    first = start_review(Q4, _wins(1), FIRST)
    given = {**ANSWERED, "change": read_change(carried_text)}
    first = answer(first, 1, now=FIRST, **given)  # type: ignore[arg-type]
    first = finish(first, now=FIRST)
    win = Win(
        id=1,
        title="Win 1",
        date=dt.date(2026, 10, 1),
        what_changed=what_changed,
        updated_at=updated_at,
    )

    started = start_review(Q4, [win], LATER, earlier=[first])
    second = carry_forward(started, [first], [win])

    carried = second.entry(1).answers
    assert (carried.change == first.entry(1).answers.change) is kept
    if not kept:
        assert carried.change is None
    # The other answers travel as before.
    assert carried.peer_could is PeerAnswer.NO
    assert carried.noticed == Noticed.by("SRE lead")


@pytest.mark.parametrize(
    ("edit", "kept"),
    [
        ({"dimensions": ("technical_direction",)}, True),
        ({"tags": ("ci",)}, True),
        ({"what_changed": NAMED}, False),
        ({"title": "Win 1, told again"}, False),
    ],
    ids=[
        "a dimension linked since keeps the answer",
        "a tag added since keeps the answer",
        "a new change is asked about again",
        "a new title is asked about again",
    ],
)
def test_a_run_that_knows_what_it_judged_reasks_only_for_what_the_questions_read(
    edit: dict[str, object], kept: bool
) -> None:
    judged = Win(
        id=1,
        title="Win 1",
        date=dt.date(2026, 10, 1),
        what_changed="Reruns fell from 12 to 2 a week",
        updated_at=FIRST,
    )
    first = start_review(Q4, [judged], FIRST)
    given = {**ANSWERED, "change": read_change(judged.what_changed)}
    first = answer(first, 1, now=FIRST, **given)  # type: ignore[arg-type]
    first = mark_judged(first, judged, now=FIRST)
    first = finish(first, now=FIRST)
    # Saved after the run, whatever was edited: only what changed counts.
    win = replace(judged, updated_at=BETWEEN, **edit)  # type: ignore[arg-type]

    started = start_review(Q4, [win], LATER, earlier=[first])
    second = carry_forward(started, [first], [win])

    carried = second.entry(1).answers
    assert (carried.change == first.entry(1).answers.change) is kept
