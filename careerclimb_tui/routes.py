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
    purpose: str
    """What the screen is for, as the command palette says under its title."""


ROUTES: dict[str, Route] = {
    "journal": Route(
        "careerclimb_tui.screens.journal",
        "JournalScreen",
        catalogue.COMMAND_JOURNAL,
        catalogue.COMMAND_JOURNAL_PURPOSE,
    ),
    "review": Route(
        "careerclimb_tui.screens.reviews",
        "ReviewsScreen",
        catalogue.COMMAND_REVIEW,
        catalogue.COMMAND_REVIEW_PURPOSE,
    ),
    "gaps": Route(
        "careerclimb_tui.screens.gaps",
        "GapScreen",
        catalogue.COMMAND_GAPS,
        catalogue.COMMAND_GAPS_PURPOSE,
    ),
    "settings": Route(
        "careerclimb_tui.screens.settings",
        "SettingsScreen",
        catalogue.COMMAND_SETTINGS,
        catalogue.COMMAND_SETTINGS_PURPOSE,
    ),
    "privacy": Route(
        "careerclimb_tui.screens.privacy",
        "PrivacyScreen",
        catalogue.COMMAND_PRIVACY,
        catalogue.COMMAND_PRIVACY_PURPOSE,
    ),
    "problem": Route(
        "careerclimb_tui.screens.problem_hub",
        "ProblemHubScreen",
        catalogue.COMMAND_PROBLEM,
        catalogue.COMMAND_PROBLEM_PURPOSE,
    ),
    "manager": Route(
        "careerclimb_tui.screens.manager_hub",
        "ManagerHubScreen",
        catalogue.COMMAND_MANAGER,
        catalogue.COMMAND_MANAGER_PURPOSE,
    ),
    "prep": Route(
        "careerclimb_tui.screens.manager_prep",
        "PrepScreen",
        catalogue.COMMAND_PREP,
        catalogue.COMMAND_PREP_PURPOSE,
    ),
    "criteria": Route(
        "careerclimb_tui.screens.manager_criteria",
        "CriteriaScreen",
        catalogue.COMMAND_CRITERIA,
        catalogue.COMMAND_CRITERIA_PURPOSE,
    ),
    "peers": Route(
        "careerclimb_tui.screens.peers",
        "PeersScreen",
        catalogue.COMMAND_PEERS,
        catalogue.COMMAND_PEERS_PURPOSE,
    ),
    "pitch": Route(
        "careerclimb_tui.screens.pitch",
        "PitchScreen",
        catalogue.COMMAND_PITCH,
        catalogue.COMMAND_PITCH_PURPOSE,
    ),
    "export": Route(
        "careerclimb_tui.screens.export",
        "ExportScreen",
        catalogue.COMMAND_EXPORT,
        catalogue.COMMAND_EXPORT_PURPOSE,
    ),
}
