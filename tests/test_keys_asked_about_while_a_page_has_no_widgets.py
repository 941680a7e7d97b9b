"""The footer asks a page which keys it offers at any moment, also while the page
is being built or taken down and its widgets are not there: the page answers
instead of failing, which would end the app with a traceback."""

from __future__ import annotations

import pytest
from textual.screen import Screen

from careerclimb_tui.screens.journal import JournalScreen
from careerclimb_tui.screens.manager_hub import ManagerHubScreen

# (page, action, its parameters, what the page answers with no widgets)
ASKED: list[tuple[type[Screen[None]], str, tuple[object, ...], bool | None]] = [
    (ManagerHubScreen, "scroll_page", ("down",), True),
    (JournalScreen, "clear_search", (), False),
    (JournalScreen, "empty_search", (), None),
]


@pytest.mark.parametrize(
    ("page", "action", "parameters", "answer"),
    ASKED,
    ids=[f"{page.__name__}-{action}" for page, action, _, _ in ASKED],
)
def test_a_page_without_its_widgets_still_answers_which_keys_it_offers(
    page: type[Screen[None]],
    action: str,
    parameters: tuple[object, ...],
    answer: bool | None,
) -> None:
    assert page().check_action(action, parameters) is answer
