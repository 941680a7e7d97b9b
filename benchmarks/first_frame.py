"""One cold start, in a fresh process: CareerClimb, or a bare Textual app.

``benchmarks/run.py`` starts this script once per sample. CareerClimb is opened the
way the ``careerclimb`` command opens it (``cli.main``, so the same imports, checks
and screens), except that the app class is swapped for :class:`BenchmarkApp`, which
runs headless at a fixed size and quits at the chosen moment. The bare app is the
floor: a Textual app that shows one widget.

The moment each stage is reached is written as ``time.monotonic_ns()``, a clock the
whole machine shares on Linux, so the parent can subtract the moment it started
this process. The peak memory of the process is written too.

    python benchmarks/first_frame.py bare RESULT
    python benchmarks/first_frame.py app RESULT DATA_DIR YYYY-MM-DD STAGE

STAGE is ``frame`` (quit when the home screen's first frame has been drawn),
``loaded`` (quit when home shows the wins) or ``journal`` (then open the journal
and quit when it shows its first page).
"""

from __future__ import annotations

import sys
import time
from typing import Any

SIZE = (100, 30)
"""The terminal size every run uses, so that each draws the same amount."""

_marks: dict[str, int] = {}


def _mark(stage: str) -> None:
    _marks.setdefault(stage, time.monotonic_ns())


def _peak_memory_kib() -> int:
    """The most memory this process has held in RAM, in KiB.

    Read from /proc: ``getrusage`` would report the parent's peak when that was
    larger, since Linux keeps it across the exec that started this program.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _report(path: str, **extra: Any) -> None:
    # Imported only now, so that the start-up being measured is not charged for
    # a module the app itself would not load.
    import json

    result = {"marks_ns": _marks, "max_rss_kib": _peak_memory_kib(), **extra}
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(result, handle)


def run_bare(result_path: str) -> None:
    """Show one widget, quit once it has been drawn, and report."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class BareApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("CareerClimb")

        def on_mount(self) -> None:
            self.call_after_refresh(self._drawn)

        def _drawn(self) -> None:
            _mark("frame")
            self.exit()

    BareApp().run(headless=True, size=SIZE)
    _report(result_path)


def run_app(result_path: str, data_dir: str, today: str, stage: str) -> None:
    """Open CareerClimb through its command line and report the stages reached."""
    import datetime as dt
    from pathlib import Path

    from careerclimb_tui import app as app_module
    from careerclimb_tui import cli
    from careerclimb_tui.clock import FixedClock

    base_css = app_module.CareerClimbApp.CSS_PATH
    assert isinstance(base_css, str), "the app keeps its CSS in one file"

    class BenchmarkApp(app_module.CareerClimbApp):
        """The real app, headless, quitting once the chosen stage is reached."""

        # Textual finds a relative CSS path beside the class's own module.
        CSS_PATH = str(Path(app_module.__file__).with_name(str(base_css)))

        def _display(self, screen: Any, renderable: Any) -> None:
            # Every frame of the top screen passes through here, headless or not.
            # Textual has no public event for "a frame was drawn", and a callback
            # after the next refresh would run behind home's own reading of the
            # wins, so this private method is the one exact place to look. The
            # screen is named, not imported, so the check loads nothing new.
            super()._display(screen, renderable)
            if renderable is None or type(screen).__name__ != "HomeScreen":
                return
            if "frame" not in _marks:
                _mark("frame")
                if stage == "frame":
                    self.call_later(self.exit)

        async def on_home_screen_loaded(self) -> None:
            _mark("loaded")
            if stage == "loaded":
                self.exit()
            elif stage == "journal" and "journal_asked" not in _marks:
                _mark("journal_asked")
                await self.run_action("open('journal')")

        def on_journal_screen_loaded(self) -> None:
            _mark("journal")
            self.exit()

        def run(self, *args: Any, **kwargs: Any) -> Any:
            return super().run(headless=True, size=SIZE)

    # The command imports the app class when it opens the TUI, so it finds this one.
    app_module.CareerClimbApp = BenchmarkApp  # type: ignore[misc]
    # The command refuses to open the app without a terminal to draw in; this one
    # draws headless, so the sample runs with no terminal attached.
    cli._on_a_terminal = lambda: True  # type: ignore[attr-defined]
    moment = dt.datetime.combine(
        dt.date.fromisoformat(today), dt.time(9, 30), tzinfo=dt.timezone.utc
    )
    code = cli.main(["--data-dir", data_dir], clock=FixedClock(moment))
    _report(result_path, exit_code=code)


def main(argv: list[str]) -> int:
    """Run one sample as the arguments say; see the module docstring."""
    if argv[:1] == ["bare"] and len(argv) == 2:
        run_bare(argv[1])
        return 0
    if argv[:1] == ["app"] and len(argv) == 5:
        run_app(*argv[1:])
        return 0
    sys.stderr.write(__doc__ or "")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
