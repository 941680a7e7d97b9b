"""The screens one can open from anywhere, by name.

Home keys, the command palette and sub-commands that open the app on one screen all
go through this table, so a new screen is added in one place. Screens are imported
only when first opened, which keeps start-up light.
"""

from __future__ import annotations

from dataclasses import dataclass

from careerclimb_tui import catalogue


@dataclass(frozen=True)
class Route:
    """A screen that opens with no arguments."""

    module: str
    """The module that defines the screen."""
    screen: str
    """The screen's class name."""
    palette_title: str
    """How the command palette offers it ("Go: Wins journal")."""


ROUTES: dict[str, Route] = {
    "journal": Route(
        "careerclimb_tui.screens.journal", "JournalScreen", catalogue.COMMAND_JOURNAL
    ),
    "review": Route(
        "careerclimb_tui.screens.reviews", "ReviewsScreen", catalogue.COMMAND_REVIEW
    ),
    "gaps": Route("careerclimb_tui.screens.gaps", "GapScreen", catalogue.COMMAND_GAPS),
    "settings": Route(
        "careerclimb_tui.screens.settings",
        "SettingsScreen",
        catalogue.COMMAND_SETTINGS,
    ),
    "privacy": Route(
        "careerclimb_tui.screens.privacy", "PrivacyScreen", catalogue.COMMAND_PRIVACY
    ),
    "problem": Route(
        "careerclimb_tui.screens.problem_hub",
        "ProblemHubScreen",
        catalogue.COMMAND_PROBLEM,
    ),
    "manager": Route(
        "careerclimb_tui.screens.manager_hub",
        "ManagerHubScreen",
        catalogue.COMMAND_MANAGER,
    ),
    "prep": Route(
        "careerclimb_tui.screens.manager_prep", "PrepScreen", catalogue.COMMAND_PREP
    ),
    "criteria": Route(
        "careerclimb_tui.screens.manager_criteria",
        "CriteriaScreen",
        catalogue.COMMAND_CRITERIA,
    ),
    "peers": Route(
        "careerclimb_tui.screens.peers", "PeersScreen", catalogue.COMMAND_PEERS
    ),
    "pitch": Route(
        "careerclimb_tui.screens.pitch", "PitchScreen", catalogue.COMMAND_PITCH
    ),
    "export": Route(
        "careerclimb_tui.screens.export", "ExportScreen", catalogue.COMMAND_EXPORT
    ),
}
