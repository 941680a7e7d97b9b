"""Set up or edit the profile: the ladder, the current and target levels, the cycle."""

from __future__ import annotations

import calendar
import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import parse_date
from careerclimb_tui.domain.ladder import Ladder
from careerclimb_tui.domain.profile import read_cycle_closes, read_profile_name
from careerclimb_tui.domain.records import Profile
from careerclimb_tui.domain.review import year_start_warning
from careerclimb_tui.domain.target import target_note, target_problem
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.screens.base import FormScreen
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import (
    DateInput,
    FieldError,
    FormScroll,
    FormSelect,
    WholeInput,
)
from careerclimb_tui.widgets.footer import SteadyFooter


def level_options(ladder: Ladder) -> list[tuple[str, str]]:
    """Select options for a ladder's levels, with company names as aliases."""
    return [(level.label, level.id) for level in ladder.levels]


def target_options(ladder: Ladder, current_id: str) -> list[tuple[str, str]]:
    """Select options for the target: only the levels above the current one.

    At the top of the ladder there is nothing above to aim for, so the top
    level itself is the one choice.
    """
    options = level_options(ladder)
    ids = [level_id for _, level_id in options]
    above = ids.index(current_id) + 1 if current_id in ids else 0
    return options[above:] or options[-1:]


class SetupScreen(FormScreen[Profile]):
    """Asks who the user is on the ladder; shown on first run and from home."""

    CSS_PATH = "setup.tcss"
    FIELD_PAGE = "#setup-form"
    FIELD_GROUP = "setup-field"
    COMMAND_CATEGORY = "Profile"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="setup.save"),
        Binding("f2", "save", "Save", id="setup.save_f2", show=False),
        Binding("escape", "cancel", "Cancel", id="setup.cancel"),
        # On first run there is nothing to go back to: Esc offers to quit instead.
        Binding(
            "escape",
            "quit_setup",
            "Quit without a profile",
            id="setup.quit_first_run",
            show=False,
        ),
    ]

    def __init__(self, first_run: bool = False) -> None:
        super().__init__()
        self.first_run = first_run
        self._levels_of = ""
        """The ladder whose levels the level drop-downs offer."""

    def compose(self) -> ComposeResult:
        profile = self.profile
        shelf = self.careerclimb.shelf
        ladder = self.ladder
        self._levels_of = ladder.id
        current = profile.current_level if profile else _default_current(ladder)
        target = profile.target_level if profile else _next_id(ladder, current)
        cycle = (
            profile.cycle_closes.isoformat() if profile and profile.cycle_closes else ""
        )
        month = profile.fiscal_year_start_month if profile else 1

        with FormScroll(id="setup-form"):
            title = catalogue.SETUP_WELCOME if self.first_run else catalogue.SETUP_EDIT
            yield Static(title, id="setup-title")
            intro = (
                catalogue.SETUP_INTRO if self.first_run else catalogue.SETUP_EDIT_INTRO
            )
            yield Static(intro, classes="hint", id="setup-intro")
            # Each field sits with its label in one group, which is what is
            # marked while the field has focus and what is scrolled into view.
            with Vertical(classes="setup-field"):
                yield Label(catalogue.SETUP_NAME)
                yield WholeInput(profile.name if profile else "", id="name")
            with Vertical(classes="setup-field"):
                yield Label(catalogue.SETUP_LADDER)
                yield FormSelect(
                    shelf.choices(),
                    value=ladder.id,
                    allow_blank=False,
                    id="ladder",
                )
                if shelf.broken:
                    # Beside the list they are missing from, file and line each.
                    broken = "\n".join(f"• {b.message}" for b in shelf.broken)
                    yield Static(
                        catalogue.SETUP_BROKEN_LADDERS.format(messages=broken),
                        id="broken-ladders",
                        markup=False,
                    )
            with Vertical(classes="setup-field"):
                yield Label(catalogue.SETUP_CURRENT)
                yield FormSelect(
                    level_options(ladder),
                    value=current,
                    allow_blank=False,
                    id="current",
                )
            with Vertical(classes="setup-field"):
                yield Label(catalogue.SETUP_TARGET)
                yield FormSelect(
                    target_options(ladder, current),
                    value=target,
                    allow_blank=False,
                    id="target",
                )
                yield Static("", id="target-note", markup=False)
                yield FieldError(id="target-error")
            with Vertical(classes="setup-field"):
                yield Label(catalogue.SETUP_CYCLE)
                yield DateInput(cycle, placeholder="YYYY-MM-DD", id="cycle")
                yield FieldError(id="cycle-error")
            with Vertical(classes="setup-field"):
                yield Label(catalogue.SETUP_FISCAL)
                yield FormSelect(
                    [(calendar.month_name[m], m) for m in range(1, 13)],
                    value=month,
                    allow_blank=False,
                    id="fiscal",
                )
                yield Static(
                    catalogue.SETUP_FISCAL_HINT,
                    classes="hint",
                    id="fiscal-hint",
                    markup=False,
                )
            with Horizontal(id="setup-buttons"):
                yield Button(catalogue.SAVE_BUTTON, variant="primary", id="save")
                if not self.first_run:
                    yield Button(catalogue.CANCEL_BUTTON, id="cancel")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()
        self._show_target_note()
        self.remember_as_opened()

    def typed_values(self) -> tuple[object, ...]:
        return (
            self.query_one("#name", Input).value,
            *(
                self.query_one(f"#{field}", Select).value
                for field in ("ladder", "current", "target", "fiscal")
            ),
            self.query_one("#cycle", Input).value,
        )

    @on(Input.Submitted)
    @on(FormSelect.Done)
    def _next_field(self, event: Input.Submitted | FormSelect.Done) -> None:
        """Enter in a one-line field moves on, as in every dialog; Ctrl+S saves.

        A date that cannot be read keeps the focus, with the reason beside it,
        rather than waiting for the save to say so.
        """
        if isinstance(event, Input.Submitted) and event.input.id == "cycle":
            if not self._cycle_is_readable():
                return
        self.focus_next()

    @on(Input.Changed, "#cycle")
    def _cycle_edited(self) -> None:
        self._say_cycle_error("")

    def _say_cycle_error(self, message: str) -> None:
        """Show why the date cannot be used; the line takes no room when empty."""
        self.query_one("#cycle-error", FieldError).say(message)

    def _cycle_is_readable(self) -> bool:
        """Check the cycle date as typed, showing why when it cannot be used."""
        try:
            self._cycle_closes()
        except CareerClimbError as problem:
            self._say_cycle_error(problem.message)
            return False
        self._say_cycle_error("")
        return True

    def _cycle_closes(self) -> dt.date | None:
        """The cycle's closing date as typed; None when left blank.

        Raises:
            CareerClimbError: when it cannot be read, has passed or is too far.
        """
        cycle_text = self.query_one("#cycle", Input).value.strip()
        cycle = parse_date(cycle_text, self.clock.today()) if cycle_text else None
        return read_cycle_closes(cycle, self.clock.today())

    @on(Select.Changed, "#ladder")
    def _ladder_changed(self, event: Select.Changed) -> None:
        ladder = self.careerclimb.shelf.get(str(event.value))
        if ladder is None or ladder.id == self._levels_of:
            # The levels shown are this ladder's already, with the saved choice
            # in them; the drop-down says so once as it opens.
            return
        self._levels_of = ladder.id
        current = self.query_one("#current", Select)
        target = self.query_one("#target", Select)
        options = level_options(ladder)
        first = _default_current(ladder)
        current.set_options(options)
        target.set_options(target_options(ladder, first))
        current.value = first
        target.value = _next_id(ladder, first)

    @on(Select.Changed, "#current")
    def _current_changed(self, event: Select.Changed) -> None:
        """Offer as targets only the levels above the new current level.

        A target still above it is kept, so lowering the current level changes
        nothing the user chose; one left at or below it moves to the next level
        up, and the user is told where it went.
        """
        ladder = self._chosen_ladder()
        current = str(event.value)
        if ladder.level(current) is None:
            return
        target = self.query_one("#target", Select)
        chosen = target.value
        options = target_options(ladder, current)
        target.set_options(options)
        if any(chosen == level_id for _, level_id in options):
            target.value = chosen
            return

        target.value = _next_id(ladder, current)
        moved_to = ladder.find_level(str(target.value))
        if moved_to is not None and target.value != current:
            self.notify(catalogue.SETUP_TARGET_MOVED.format(level=moved_to.label))

    @on(Select.Changed, "#ladder, #current, #target")
    def _show_target_note(self) -> None:
        """Say beside the target when it skips a level; it is still allowed.

        A target that cannot be saved (at the top of the ladder, there is no
        level above to aim for) is said under it at once.
        """
        ladder = self._chosen_ladder()
        current = str(self.query_one("#current", Select).value)
        target = str(self.query_one("#target", Select).value)
        note = target_note(ladder, current, target)
        shown = self.query_one("#target-note", Static)
        shown.update(note)
        shown.display = bool(note)
        self.query_one("#target-error", FieldError).say(
            target_problem(ladder, current, target)
        )

    def _target_is_above(self) -> bool:
        """Check the target against the current level, saying why it cannot be.

        The focus goes where the fix is: the target, or the current level when
        nothing lies above it.
        """
        ladder = self._chosen_ladder()
        current = str(self.query_one("#current", Select).value)
        problem = target_problem(
            ladder, current, str(self.query_one("#target", Select).value)
        )
        self.query_one("#target-error", FieldError).say(problem)
        if not problem:
            return True
        field = "#current" if ladder.level_after(current) is None else "#target"
        self.query_one(field, Select).focus()
        return False

    def _chosen_ladder(self) -> Ladder:
        chosen = self.query_one("#ladder", Select).value
        return self.careerclimb.shelf.get(str(chosen)) or self.ladder

    def _profile_from_form(self) -> Profile:
        ladder = self._chosen_ladder()
        current = str(self.query_one("#current", Select).value)
        target = str(self.query_one("#target", Select).value)
        problem = target_problem(ladder, current, target)
        if problem:
            raise CareerClimbError(problem)
        cycle = self._cycle_closes()
        previous = self.profile
        fiscal = self.query_one("#fiscal", Select).value
        return Profile(
            ladder_id=ladder.id,
            current_level=current,
            target_level=target,
            name=read_profile_name(self.query_one("#name", Input).value),
            track=ladder.track,
            cycle_closes=cycle,
            fiscal_year_start_month=int(fiscal) if isinstance(fiscal, int) else 1,
            created_at=previous.created_at if previous else None,
            extra=previous.extra if previous else {},
        )

    async def action_save(self) -> None:
        """Check the form, save the profile off the event loop, then close.

        A new year start renames or re-labels the finished reviews, so the
        user is told what will happen to them and asked first.
        """
        if not self._cycle_is_readable():
            # Said beside the date, where the user fixes it.
            self.query_one("#cycle", Input).focus()
            return
        if not self._target_is_above():
            # Said under the target, where the user fixes it.
            return
        try:
            profile = self._profile_from_form()
        except CareerClimbError as error:
            self.notify(
                error.message, title=catalogue.SETUP_NOT_SAVED, severity="error"
            )
            return

        previous = self.profile
        was = previous.fiscal_year_start_month if previous else 1
        warning = year_start_warning(
            self.store.reviews(), was, profile.fiscal_year_start_month
        )
        if not warning:
            await self._save(profile)
            return

        def answered(change: bool | None) -> None:
            if change:
                self.call_later(self._save, profile)

        self.app.push_screen(ConfirmDialog(warning), answered)

    async def _save(self, profile: Profile) -> None:
        """Save the profile off the event loop, then close."""
        saved = await self.careerclimb.run_store(
            lambda: self.store.save_profile(profile), failure=catalogue.SETUP_NOT_SAVED
        )
        if saved is None:
            return
        self.careerclimb.profile_saved(saved)
        # A "not saved" message from an earlier try would contradict this one.
        self.app.clear_notifications()
        self.notify(catalogue.SETUP_SAVED)
        self.dismiss(saved)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """On first run there is nothing to go back to: Esc offers to quit."""
        if action == "cancel":
            return not self.first_run
        if action == "quit_setup":
            return self.first_run
        return True

    def action_quit_setup(self) -> None:
        """Ask whether to quit, since the app cannot be used without a profile."""

        def answered(leave: bool | None) -> None:
            if leave:
                self.app.exit()
            else:
                self.notify(catalogue.SETUP_NEEDED)

        self.app.push_screen(ConfirmDialog(catalogue.SETUP_QUIT_FIRST_RUN), answered)

    def action_cancel(self) -> None:
        """Go back, asking first when that would throw a change away."""
        if not self.is_dirty():
            self.dismiss()
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss()

        self.app.push_screen(ConfirmDialog(catalogue.SETUP_DISCARD), answered)


def _default_current(ladder: Ladder) -> str:
    ids = [level.id for level in ladder.levels]
    return "mid" if "mid" in ids else ids[0]


def _next_id(ladder: Ladder, level_id: str) -> str:
    after = ladder.level_after(level_id)
    return after.id if after else level_id
