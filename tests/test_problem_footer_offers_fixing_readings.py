"""Once a problem is measuring or done, its page's footer offers r, the key that
puts a reading typed wrong right, as the README points users to it.
"""

from __future__ import annotations

import pytest

from careerclimb_tui.domain.initiative import Stage
from careerclimb_tui.screens.initiative import FOOTER_KEYS


@pytest.mark.parametrize("stage", [Stage.MEASURING, Stage.DONE])
def test_the_footer_offers_fixing_readings_once_there_is_a_result(
    stage: Stage,
) -> None:
    keys = FOOTER_KEYS[stage]

    assert "r" in keys and "m" in keys and "escape" in keys
    assert len(keys) <= 6
