"""Commands that open the app: where there is no terminal, and their outputs."""

from __future__ import annotations

import io

import pytest

from careerclimb_tui import catalogue
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock


@pytest.mark.parametrize(
    "argv", [[], ["review"], ["problem"], ["pitch"], ["demo"]], ids=" ".join
)
def test_the_app_is_not_started_without_a_terminal(
    clock: FixedClock, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    # Under pytest standard input is not a terminal, as in a script or a pipe.
    code = main(argv, clock=clock, out=io.StringIO())

    assert code == 2
    assert catalogue.TUI_NEEDS_TERMINAL in " ".join(capsys.readouterr().err.split())


def test_a_review_is_printed_as_text_or_as_json_not_both(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["review", "--print", "--json"], clock=clock, out=io.StringIO())
    assert stopped.value.code == 2
    assert "not allowed with" in capsys.readouterr().err
