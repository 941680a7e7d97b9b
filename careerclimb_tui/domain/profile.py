"""Rules a profile's fields must meet before the profile is saved."""

from __future__ import annotations

from careerclimb_tui import catalogue
from careerclimb_tui.errors import CareerClimbError

NAME_MAX_CHARS = 80
"""The longest name the app addresses the user by; longer is not a name."""


def read_profile_name(text: str) -> str:
    """Check the name typed into the profile.

    Args:
        text: the name as typed; it may be blank, the name being optional.

    Returns:
        The name without spaces around it; empty when none was typed.

    Raises:
        CareerClimbError: when the name is longer than ``NAME_MAX_CHARS``.
    """
    name = text.strip()
    if len(name) > NAME_MAX_CHARS:
        raise CareerClimbError(
            catalogue.SETUP_NAME_TOO_LONG.format(count=len(name), limit=NAME_MAX_CHARS)
        )
    return name
