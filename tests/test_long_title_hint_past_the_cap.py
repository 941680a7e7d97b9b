"""The coach's hint on a long title says whether the title still saves."""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.wins import (
    LONG_TITLE,
    TITLE_MAX_CHARS,
    check_title_length,
    length_hints,
)
from careerclimb_tui.errors import CareerClimbError


@pytest.mark.parametrize(
    ("length", "saves"),
    [
        (LONG_TITLE + 1, True),
        (TITLE_MAX_CHARS, True),
        (TITLE_MAX_CHARS + 1, False),
        (TITLE_MAX_CHARS * 2, False),
    ],
)
def test_the_long_title_hint_says_it_saves_only_when_it_does(
    length: int, saves: bool
) -> None:
    title = "x" * length

    [hint] = length_hints(title)

    try:
        check_title_length(title)
        saved = True
    except CareerClimbError:
        saved = False
    assert saved is saves
    assert ("It still saves as it is" in hint) is saves
    assert ("will not save" in hint) is not saves
    assert "one or two sentences" in hint
