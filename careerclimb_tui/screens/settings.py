"""Settings: the theme, and which reminders appear when the app opens."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Label, Select, Static, Switch

from careerclimb_tui import catalogue
from careerclimb_tui.domain.reminders import REMINDER_KEYS, REMINDER_LABELS
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.store.settings_docs import save_settings
from careerclimb_tui.widgets.fields import FormSelect
from careerclimb_tui.widgets.footer import SteadyFooter


class SettingsScreen(CoachScreen[None]):
    """A small form; the theme is kept as soon as it is picked, reminders on Save."""

    CSS_PATH = "settings.tcss"
    COMMAND_CATEGORY = "Settings"
    IS_FORM = True
    # Start on the first field: the scrolling pane around the form would otherwise
    # take focus first and show it nowhere.
    AUTO_FOCUS = "#theme"
    BINDINGS = [
        Binding("ctrl+s,f2", "save", "Save", id="settings.save"),
        Binding("escape", "back", "Back", id="settings.back"),
    ]

    def compose(self) -> ComposeResult:
        settings = self.careerclimb.settings
        themes = sorted(self.app.available_themes, key=theme_title)
        with VerticalScroll(id="settings"):
            yield Static(catalogue.SETTINGS_TITLE, id="settings-title")
            yield Label(catalogue.SETTINGS_THEME, id="theme-label")
            yield FormSelect(
                [(theme_title(name), name) for name in themes],
                value=self.app.theme,
                allow_blank=False,
                id="theme",
            )
            yield Label(catalogue.SETTINGS_REMINDERS, classes="section-title")
            for key in REMINDER_KEYS:
                on_now = key not in settings.reminders_off
                with Horizontal(classes="reminder"):
                    yield Switch(on_now, id=f"remind-{key}")
                    # The switch shows its state by colour and knob alone; the
                    # word keeps it readable without colour.
                    yield Static(_state_word(on_now), classes="switch-state")
                    yield Label(REMINDER_LABELS[key])
            with Horizontal(id="settings-buttons"):
                yield Button(catalogue.SAVE_BUTTON, variant="primary", id="save")
        yield SteadyFooter()

    def _reminders_off(self) -> tuple[str, ...]:
        return tuple(
            key
            for key in REMINDER_KEYS
            if not self.query_one(f"#remind-{key}", Switch).value
        )

    def is_dirty(self) -> bool:
        return self._reminders_off() != self.careerclimb.settings.reminders_off

    @on(Switch.Changed)
    def _switched(self, event: Switch.Changed) -> None:
        row = event.switch.parent
        if row is not None:
            row.query_one(".switch-state", Static).update(_state_word(event.value))

    @on(Select.Changed, "#theme")
    def _theme_picked(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and event.value != self.app.theme:
            self.app.theme = event.value

    @on(FormSelect.Done, "#theme")
    def _theme_done(self) -> None:
        """Enter on the theme once picked moves on, as in every form."""
        self.focus_next()

    @on(Button.Pressed, "#save")
    async def _save_pressed(self) -> None:
        await self.action_save()

    async def action_save(self) -> None:
        app = self.careerclimb
        wanted = replace(
            app.settings, theme=self.app.theme, reminders_off=self._reminders_off()
        )
        saved = await app.run_store(
            lambda: save_settings(self.store, wanted),
            failure=catalogue.SETTINGS_NOT_SAVED,
        )
        if saved is None:
            return
        app.settings = saved
        self.notify(catalogue.SETTINGS_SAVED)
        self.dismiss()

    def action_back(self) -> None:
        if not self.is_dirty():
            self.dismiss()
            return
        from careerclimb_tui.widgets.confirm import ConfirmDialog

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        self.app.push_screen(ConfirmDialog(catalogue.SETTINGS_DISCARD), answered)


# Words in theme ids that are not written as plain capitalised words.
_THEME_WORDS = {"ansi": "ANSI"}
# Light and dark name a variant of a theme, not part of its name.
_THEME_VARIANTS = {"dark", "light"}


def theme_title(theme: str) -> str:
    """A theme's id as a person would name it: "textual-dark" is "Textual dark".

    Args:
        theme: the id Textual knows the theme by, which is what is saved.

    Returns:
        The words of the id, each capitalised but for light or dark after the
            first.
    """
    words = theme.replace("_", "-").split("-")
    shown = []
    for place, word in enumerate(words):
        if place > 0 and word in _THEME_VARIANTS:
            shown.append(word)
        else:
            shown.append(_THEME_WORDS.get(word, word.capitalize()))
    return " ".join(word for word in shown if word)


def _state_word(on_now: bool) -> str:
    return catalogue.SETTINGS_ON if on_now else catalogue.SETTINGS_OFF
