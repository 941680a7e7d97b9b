"""The problem commands' hints into the app name the keys of the screen that
`careerclimb problem` opens (the problems hub), not those of home.
"""

from __future__ import annotations

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.routes import ROUTES
from careerclimb_tui.screens.problem_hub import ProblemHubScreen

HINTS = [
    # (the hint, what it says to press on the hub, the action that key runs)
    (
        catalogue.PROBLEM_CLI_RESULT_WIN_BEHIND,
        "press o to open it",
        "o",
        "open_selected",
    ),
    (catalogue.PROBLEM_CLI_CATALOG, "`careerclimb problem`, then c", "c", "catalog"),
]


@pytest.mark.parametrize(
    ("hint", "said", "key", "action"), HINTS, ids=["result win behind", "catalogue"]
)
def test_problem_hints_name_keys_the_problems_hub_has(
    hint: str, said: str, key: str, action: str
) -> None:
    bindings = {binding.key: binding.action for binding in ProblemHubScreen.BINDINGS}

    assert ROUTES["problem"].screen == "ProblemHubScreen"
    assert said in " ".join(hint.split())
    assert "`careerclimb problem`" in hint
    assert bindings[key] == action
