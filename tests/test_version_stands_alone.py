"""`careerclimb --version` prints the version; anything typed with it is refused
with the usage, as any other malformed command line is."""

from __future__ import annotations

import pytest

from careerclimb_tui import __version__
from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock

VERSION_LINES = [
    # (the command line, its exit code, what it prints: on stdout, then stderr)
    (["--version"], 0, f"careerclimb {__version__}", ""),
    (["--debug", "--version"], 0, f"careerclimb {__version__}", ""),
    (["--version", "extra"], 2, "", "invalid choice: 'extra'"),
    (["--version", "log", "Shipped"], 2, "", "--version takes no command"),
    (["wins", "--version"], 2, "", "unrecognized arguments: --version"),
]  # fmt: skip


@pytest.mark.parametrize("argv, code, out, err", VERSION_LINES)
def test_version_is_refused_with_anything_else(
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    out: str,
    err: str,
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv, clock=clock)

    assert stopped.value.code == code
    printed = capsys.readouterr()
    assert printed.out.strip() == out
    assert err in printed.err
    if code:
        assert printed.err.startswith("usage: careerclimb")
