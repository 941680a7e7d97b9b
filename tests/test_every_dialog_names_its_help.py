"""The help opened over a dialog is titled with the dialog's name, never the
app's: a fixed dialog by its title, a dialog titled per use by that title, and
a question by what it asks."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from careerclimb_tui import catalogue
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.screens.help import HelpScreen, help_title
from careerclimb_tui.screens.manager_dialogs import LineDialog
from careerclimb_tui.screens.problem_proposal import ReplaceFileDialog
from careerclimb_tui.store import Store
from careerclimb_tui.widgets.confirm import ConfirmDialog
from tests.helpers import make_app, wait_until
from tests.test_footer import DIALOGS, WITHOUT_FOOTER, Opener, Seed, every_dialog_class

# The help is not explained by a help of its own.
NOT_NAMED = {"HelpScreen"}

NAMED = [dialog for dialog in DIALOGS if dialog[0] not in NOT_NAMED]


def test_every_dialog_is_walked_for_its_help_name() -> None:
    walked = {name for name, _, _ in NAMED}
    missing = set(every_dialog_class()) - walked - WITHOUT_FOOTER - NOT_NAMED
    assert not missing, sorted(missing)


@pytest.mark.parametrize(
    ("name", "seed", "opener"), NAMED, ids=[dialog[0] for dialog in NAMED]
)
async def test_a_dialogs_help_is_titled_with_the_dialogs_name(
    store: Store, clock: FixedClock, name: str, seed: Seed, opener: Opener
) -> None:
    seed(store, clock)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await opener(app, pilot)
        await wait_until(pilot, lambda: type(app.screen).__name__ == name)
        title = help_title(app.screen)

    assert title.strip()
    assert title != catalogue.APP_NAME


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Drop this win?", "Drop this win?"),
        (
            "Leave without saving? What you typed will be lost.",
            "Leave without saving?",
        ),
        (
            "Replace it\nwith the draft? Saved versions stay.",
            "Replace it with the draft?",
        ),
        ("/tmp/a.v2.md already exists. Replace it?", "/tmp/a.v2.md already exists."),
        ("Start again", "Start again"),
    ],
)
def test_a_questions_help_is_named_by_what_it_asks(question: str, name: str) -> None:
    assert help_title(ConfirmDialog(question)) == name


def test_the_replace_question_is_named_without_its_path() -> None:
    dialog = ReplaceFileDialog("/tmp/proposal.md")

    assert help_title(dialog) == catalogue.HELP_REPLACE_FILE


async def test_the_help_shows_a_dialogs_name_as_typed_brackets_and_all(
    store: Store, clock: FixedClock
) -> None:
    asked = "An example for “[b]Own the [red]deploys[/red]”"
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(LineDialog(asked, "", "Enter saves"))
        await wait_until(pilot, lambda: isinstance(app.screen, LineDialog))
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        title = str(app.screen.query_one("#help-title", Static).render())

    assert title == catalogue.HELP_TITLE.format(screen=asked)
