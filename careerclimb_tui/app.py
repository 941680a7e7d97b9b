"""The CareerClimb app: routing between screens, global keys, the shared services."""

from __future__ import annotations

import asyncio
import importlib
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from weakref import WeakKeyDictionary

from textual import events
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding
from textual.color import Color
from textual.css.query import NoMatches
from textual.notifications import Notification, Notifications, Notify
from textual.screen import ModalScreen, SystemModalScreen
from textual.widgets._toast import ToastRack

from careerclimb_tui import catalogue
from careerclimb_tui.clock import Clock, SystemClock
from careerclimb_tui.commands import commands_provider
from careerclimb_tui.domain.settings import Settings
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.keys_in_turn import KeysInTurnApp
from careerclimb_tui.notices import file_notice
from careerclimb_tui.paths import in_export_folder
from careerclimb_tui.routes import ROUTES

# The first frame needs only what is imported above; the store's records, the
# ladders and the coaching rules are imported and read once it is on screen.
if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from careerclimb_tui.domain.ladder import Ladder
    from careerclimb_tui.domain.records import Profile, Win
    from careerclimb_tui.ladders import LadderShelf
    from careerclimb_tui.store import DataFileDamaged, DataFileTooNew, Store

T = TypeVar("T")

log = logging.getLogger(__name__)

DEFAULT_LADDER = "software-engineer"
REMINDER_SECONDS = 10
"""How long the opening reminders stay: long enough to read a few lines."""
NOTE_MIN_SECONDS = 3.0
"""The shortest time an information toast stays: a short note covers less."""
NOTE_WORDS_PER_SECOND = 3.0
"""A slow reading pace, so a longer note stays until it can be read."""
NOTE_MAX_SECONDS = 15.0
"""The longest a toast stays unless told otherwise: long enough for a paragraph."""
READABLE_CONTRAST = 4.6
"""The least contrast a coloured word keeps on every background (WCAG AA is 4.5)."""
READABLE_COLOURS = ("accent", "warning", "success", "error")
"""Theme colours offered as ``$readable-<name>`` for text, in every theme."""
OWN_WIDTH = "-own-width"
"""The class of a notice's holder when the notice has a width of its own."""
ACTIONS_WHILE_TOO_SMALL = frozenset({"quit", "help_quit"})
"""The app's actions that still work while the terminal is too small."""
QUIT_BINDING = Binding(
    "ctrl+q", "quit", "Quit", id="app.quit", show=False, priority=True
)


def luminance(colour: Color) -> float:
    """The relative luminance of ``colour``, as the WCAG contrast ratio defines it."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.r)
        + 0.7152 * linear(colour.g)
        + 0.0722 * linear(colour.b)
    )


def contrast(first: Color, second: Color) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(colour: Color, backgrounds: Iterable[Color]) -> Color:
    """``colour``, darkened or lightened only as far as it takes to be read.

    Args:
        colour: the theme's colour, kept as it is when it already reads well.
        backgrounds: every background the text may sit on.

    Returns:
        The colour moved toward black on light backgrounds (toward white on dark
        ones) until it has ``READABLE_CONTRAST`` against each background.
    """
    grounds = list(backgrounds)
    light = sum(luminance(ground) for ground in grounds) / len(grounds) > 0.18
    target = Color(0, 0, 0) if light else Color(255, 255, 255)
    for step in range(21):
        moved = colour.blend(target, step / 20)
        if all(contrast(moved, ground) >= READABLE_CONTRAST for ground in grounds):
            return moved
    return target


WRITE_ACTIONS = frozenset({"log_win", "quick_win", "edit_profile"})
"""The app's actions that only change the data: none is offered read-only."""


class CareerClimbApp(KeysInTurnApp[None]):
    """The promotion coach. The store, ladders and clock are handed in, never found."""

    TITLE = "CareerClimb"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        QUIT_BINDING,
        Binding("f1", "help", "Help", id="app.help", show=False, priority=True),
        Binding("question_mark", "help", "Help", id="app.help_key", show=False),
    ]
    COMMANDS = App.COMMANDS | {commands_provider}

    def __init__(
        self,
        store: Store | Callable[[], Store],
        shelf: LadderShelf | Callable[[], LadderShelf],
        clock: Clock | None = None,
        start: str | None = None,
        problem: CareerClimbError | None = None,
        data_file: Path | None = None,
        passphrase: str | None = None,
    ):
        """Create the app.

        Args:
            store: where the user's data lives, or a function that opens it.
            shelf: the ladders, or a function that finds them. The command line
                passes functions, so that both are opened after the first frame.
            clock: the source of today's date (tests pass a fixed one).
            start: an action to open on top of home once the app is up (such as
                "review"), for sub-commands that open the app on one screen.
            problem: why the data file could not be read, when that is already
                known; the app then offers the ways out instead of opening home.
            data_file: the data file's path, when ``store`` is a function; the
                first frame looks into it for the theme and the seal.
            passphrase: tried once on an encrypted file before the unlock
                dialog is shown (the command line passes
                ``CAREERCLIMB_PASSPHRASE``); when it does not open the file, the
                dialog says so.
        """
        super().__init__()
        self._store = None if callable(store) else self._watched(store)
        self._store_opener = store if callable(store) else None
        self._data_file = data_file if callable(store) else store.path
        self._shelf = None if callable(shelf) else shelf
        self._shelf_finder = shelf if callable(shelf) else None
        self.clock: Clock = clock or SystemClock()
        self._profile: Profile | None = None
        self._start = start
        self._problem = problem
        self._passphrase = passphrase
        self.settings = Settings()
        self._keys_before_notice: dict[str, int] = {}
        """For each notice raised, how many keys had been handed on by then."""
        self._place: Screen[object] | None = None
        """The full screen the user was last on; dialogs above it do not count."""
        self._place_depth = -1
        """Where that screen stands in the stack: 0 at the bottom."""
        self._notice_widths: dict[str, int] = {}
        """The width of each notice laid out to a width of its own."""
        self._dialogs_opened: WeakKeyDictionary[Screen[object], int] = (
            WeakKeyDictionary()
        )
        """For each dialog shown, how many keys had been handed on when it opened."""
        self._damage_told: str | None = None
        """The damage to the data file the last notice about it described."""
        self.last_export_folder: Path | None = None
        """The folder of the last file an export wrote: the next export is
        offered there, as the user is likely to keep their exports together."""
        self.deleted_wins: list[Win] = []
        """Wins deleted from the journal since the app opened, last deleted last:
        Ctrl+Z in the journal brings back the last one, however often the
        journal was closed and opened again meanwhile."""
        self.wins_restored = 0
        """How many of those deletes Ctrl+Z has undone, so that with none left
        the journal says every deleted win is back rather than none was deleted."""

    @property
    def store(self) -> Store:
        """Where the user's data lives, opened the first time it is needed."""
        if self._store is None:
            assert self._store_opener is not None
            self._store = self._watched(self._store_opener())
        return self._store

    @store.setter
    def store(self, store: Store) -> None:
        self._store = self._watched(store)

    def _watched(self, store: Store) -> Store:
        """``store``, set to tell this app when its file is damaged while open."""
        store.on_damage = self._damaged_while_open
        return store

    def _damaged_while_open(self, damage: DataFileDamaged | DataFileTooNew) -> None:
        """Offer the ways out of a file damaged since it was read (any thread)."""
        # Textual posts the call to the app's own loop, from whatever thread.
        self.call_later(self._offer_ways_out, damage)

    def _offer_ways_out(self, damage: DataFileDamaged | DataFileTooNew) -> None:
        """Show the damaged-file screen, or, over typing not yet saved, a notice.

        The screen replaces every other one, so a form the user is typing in is
        left alone: a notice says why nothing can be saved, and the screen comes
        once the form is left and the next read finds the file still damaged.
        A file a newer app wrote gets the notice only: putting a backup back
        over it would lose what that app saved, so updating is the way out.
        """
        from careerclimb_tui.screens.damaged import DamagedFileScreen
        from careerclimb_tui.store import DataFileTooNew

        if self._store is None or self._store.damage is None:
            return
        if isinstance(damage, DataFileTooNew):
            if self._damage_told != damage.message:
                self.tell_damaged(damage)
            return
        if any(isinstance(screen, DamagedFileScreen) for screen in self.screen_stack):
            return
        if any(
            getattr(screen, "is_dirty", lambda: False)() for screen in self.screen_stack
        ):
            if self._damage_told != damage.message:
                self.tell_damaged(damage)
            return
        self._show_problem(damage)

    def tell_damaged(self, damage: DataFileDamaged | DataFileTooNew) -> None:
        """Say, once on screen, that the file is damaged and nothing can be saved.

        A file a newer app wrote is told the same way, with its own next step.
        A notice already up with the same words is taken down first, so that a
        save tried again does not stack a second one under it.
        """
        from careerclimb_tui.store import DataFileTooNew

        after = (
            catalogue.DATA_FILE_TOO_NEW_WHILE_OPEN
            if isinstance(damage, DataFileTooNew)
            else catalogue.DATA_FILE_DAMAGED_WHILE_OPEN
        )
        message = f"{damage.message} {after}"
        laid_out = file_notice(message, str(damage.path), self.size.width)
        for notice in list(self._notifications):
            if notice.message == laid_out.text:
                # Textual has no public call to take down one notice.
                self._unnotify(notice)
        self._damage_told = damage.message
        self.notify(
            laid_out.text,
            title=damage.title or catalogue.DATA_FILE_DAMAGED_TITLE,
            severity="error",
            width=laid_out.width,
        )

    @property
    def shelf(self) -> LadderShelf:
        """The ladders found at start-up, looked for the first time they are needed."""
        if self._shelf is None:
            assert self._shelf_finder is not None
            self._shelf = self._shelf_finder()
        return self._shelf

    @property
    def profile(self) -> Profile | None:
        """The saved profile, read once and kept until it is saved again."""
        if self._profile is None:
            self._profile = self.store.profile()
        return self._profile

    @property
    def ladder(self) -> Ladder:
        """The ladder of the profile, or the bundled one before set-up."""
        profile = self.profile
        ladder = self.shelf.get(profile.ladder_id) if profile else None
        ladder = ladder or self.shelf.get(DEFAULT_LADDER)
        if ladder is None:
            ladder = next(iter(self.shelf.ladders.values()))
        return ladder

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
        width: int | None = None,
    ) -> None:
        """Show a notification as plain text, whatever the caller asked for.

        Messages quote names, titles and paths exactly as the user typed them, and
        none is written with tags, so a bracket in them must never be read as one.

        Args:
            message: what to say.
            title: the heading above it.
            severity: how it is coloured.
            timeout: seconds on screen, or None for the time it takes to read
                it, at most fifteen seconds; information stays at least three,
                warnings and errors at least as long as Textual's default.
            markup: ignored; notifications never parse markup.
            width: the notice's width in columns, when not the usual one.
        """
        if timeout is None:
            words = len(f"{title} {message}".split())
            reading = min(words / NOTE_WORDS_PER_SECOND, NOTE_MAX_SECONDS)
            shortest = (
                NOTE_MIN_SECONDS
                if severity == "information"
                else self.NOTIFICATION_TIMEOUT
            )
            timeout = max(shortest, reading)
        if severity == "error":
            # That an error was shown, and where, is worth keeping in the debug
            # log; its words are not, since they may quote what the user typed.
            caller = sys._getframe(1)
            shown_on = self.screen_stack[-1] if self.screen_stack else None
            log.info(
                "error shown on %s, from %s.%s:%s",
                type(shown_on).__name__,
                caller.f_globals.get("__name__", "?"),
                caller.f_code.co_name,
                caller.f_lineno,
            )
        notice = Notification(message, title, severity, timeout, markup=False)
        self._keys_before_notice[notice.identity] = self.typed_count
        if width is not None:
            # Only the notices still up need their width kept.
            live = {shown.identity for shown in self._notifications}
            self._notice_widths = {
                identity: kept
                for identity, kept in self._notice_widths.items()
                if identity in live
            }
            self._notice_widths[notice.identity] = width
        self.post_message(Notify(notice))

    def export_written(self, path: Path) -> None:
        """Remember the folder of a file an export wrote, to offer it next."""
        self.last_export_folder = path.expanduser().absolute().parent

    def offered_export_path(self, default: str) -> str:
        """Where an export dialog offers to write, from its usual ``default``."""
        return in_export_folder(default, self.last_export_folder)

    def notify_file(self, message: str, path: str, *, title: str = "") -> None:
        """Tell the user a file was written, its path broken only after a "/".

        Args:
            message: what to say, with ``path`` in it.
            path: the file as shown to the user.
            title: the heading above it.
        """
        laid_out = file_notice(message, path, self.size.width)
        self.notify(laid_out.text, title=title, width=laid_out.width)

    def _refresh_notifications(self) -> None:
        """Show the notices on the screen on top; most dialogs show only their own.

        A dialog leaves out the notices raised before the key that opened it:
        they speak of the page under it, and drawn again over the dialog they
        would cover its title or the key hint at its foot. A yes/no question
        keeps them, since one may say why the question is asked (a save that
        failed, before asking whether to leave). Textual's own dialogs, such as
        the command palette, show every notice as Textual does.
        """
        from careerclimb_tui.widgets.confirm import ConfirmDialog

        # Textual calls this whenever its notices change or a screen returns.
        try:
            screen = self.screen
            rack = screen.get_child_by_type(ToastRack)
        except (ScreenStackError, NoMatches):
            return
        opened = None
        if isinstance(screen, ModalScreen) and not isinstance(
            screen, (ConfirmDialog, SystemModalScreen)
        ):
            opened = self._dialogs_opened.setdefault(screen, self.typed_count)
        self.call_later(self._show_notices, rack, opened)

    def _show_notices(self, rack: ToastRack, opened: int | None) -> None:
        """Show the notices raised since key ``opened`` (all, if None) in ``rack``."""
        shown = Notifications()
        raised = self._keys_before_notice
        for notice in self._notifications:
            if opened is None or raised.get(notice.identity, -1) >= opened:
                shown.add(notice)
        rack.show(shown)
        for notice in shown:
            width = self._notice_widths.get(notice.identity)
            if width is None:
                continue
            # The toast is mounted later, into the holder made for it now: the
            # holder takes the width and the toast fills it (see app.tcss).
            for holder in rack.query_children(f"#{ToastRack._toast_id(notice)}"):
                holder.styles.width = width
                holder.add_class(OWN_WIDTH)

    def _place_changed(self, _screen: Screen[object]) -> None:
        """Take down the notices the user has moved on from, when a screen opens.

        A notice speaks of the screen it was raised on; left up, it would cover
        the next screen's content. What the key that opened the screen raised
        ("Saved" from a form that then opens the next step) is news about the
        move and stays. Going back to a screen from before (a form closing,
        Escape) keeps the notices: one may be the news the closing screen left.
        Opening or closing a dialog, the help or the palette changes no place.
        """
        log.debug("screen: %s", type(_screen).__name__)
        stack = self.screen_stack
        depth, place = next(
            (
                (index, screen)
                for index, screen in reversed(list(enumerate(stack)))
                if not isinstance(screen, ModalScreen)
            ),
            (-1, None),
        )
        if place is self._place:
            return
        # Pushed above the last place, or switched in for it at the same depth.
        opened = self._place is not None and depth >= self._place_depth
        self._place, self._place_depth = place, depth
        if not opened:
            return

        since = self._keys_before_notice
        for notice in list(self._notifications):
            if since.get(notice.identity, -1) < self.typed_count:
                # Textual has no public call to take down one notice.
                self._unnotify(notice)
        # Forget notices gone since; one raised for this key may not be shown yet.
        shown = {notice.identity for notice in self._notifications}
        self._keys_before_notice = {
            identity: keys
            for identity, keys in since.items()
            if identity in shown or keys == self.typed_count
        }

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own palette commands that make sense to a user, quitting last.

        The panel of low-level keys and the screenshot are left out: neither is
        about the user's career, and the panel does not close with Escape.

        Args:
            screen: the screen the palette was opened on.

        Yields:
            Each command kept, with a category as the app's own have: "Theme"
            as "App: Change theme", so that "change theme" finds it too, and
            "App: Quit" naming its key as the other entries name theirs.
        """
        from careerclimb_tui.screens.help import key_text

        left_out = {self.action_show_help_panel, self.action_hide_help_panel}
        quit_command: SystemCommand | None = None
        for command in super().get_system_commands(screen):
            if command.callback in left_out or command.title == "Screenshot":
                continue
            if command.callback == self.action_quit:
                key = key_text(self.get_key_display(QUIT_BINDING))
                quit_command = command._replace(
                    title=catalogue.COMMAND_QUIT,
                    help=catalogue.COMMAND_GO_KEY_HELP.format(
                        purpose=catalogue.COMMAND_QUIT_PURPOSE, key=key
                    ),
                )
                continue
            if command.callback == self.action_change_theme:
                command = command._replace(
                    title=catalogue.COMMAND_CHANGE_THEME,
                    help=catalogue.COMMAND_CHANGE_THEME_HELP,
                )
            else:
                command = command._replace(
                    title=catalogue.COMMAND_APP.format(title=command.title)
                )
            yield command
        if quit_command is not None:
            yield quit_command

    def search_themes(self) -> None:
        """The palette of themes, each named as the settings screen names it."""
        from textual.command import CommandPalette

        from careerclimb_tui.commands import ThemeCommands

        self.push_screen(
            CommandPalette(
                providers=[ThemeCommands],
                placeholder=catalogue.COMMAND_THEME_SEARCH,
            )
        )

    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, self._place_changed, immediate=True)
        if self._problem is not None:
            self._show_problem(self._problem)
            return
        self._open_home()

    def _show_problem(self, problem: CareerClimbError) -> None:
        from careerclimb_tui.screens.damaged import DamagedFileScreen

        self._problem = problem
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(DamagedFileScreen(problem))

    def on_resize(self, event: events.Resize) -> None:
        """Cover the app while the terminal is too small, and uncover it after."""
        from careerclimb_tui.screens.too_small import TooSmallScreen, too_small

        small = too_small(event.size.width, event.size.height)
        showing = isinstance(self.screen, TooSmallScreen)
        if small and not showing:
            self.push_screen(TooSmallScreen())
        elif not small and showing:
            self.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the terminal is too small, only quitting works.

        The notice asking for a larger window covers everything; help or the
        palette opened above it could not be read at that size either.
        """
        from careerclimb_tui.screens.too_small import TooSmallScreen

        stack = self.screen_stack
        if stack and isinstance(stack[-1], TooSmallScreen):
            return action in ACTIONS_WHILE_TOO_SMALL
        if action in WRITE_ACTIONS and self._store is not None:
            # A backup opened read-only takes no new win: the keys are not offered.
            return not self._store.read_only
        return True

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """A one-line field the user leaves shows its text from the start again."""
        from textual.widgets import Input

        from careerclimb_tui.widgets.fields import show_text_from_start

        if isinstance(event.widget, Input):
            show_text_from_start(event.widget)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A one-line field the user comes back to shows where its cursor is."""
        from textual.widgets import Input

        from careerclimb_tui.widgets.fields import show_cursor

        if isinstance(event.widget, Input):
            show_cursor(event.widget)

    def key_space(self) -> None:
        """Space presses the focused button, as Enter does.

        Textual's buttons take only Enter, while every other choice in the app
        (answers, switches, toggles) takes Space too. Only a Space that no field
        or binding took comes this far, so it never steals one that means more.
        """
        from textual.widgets import Button

        if isinstance(self.focused, Button):
            self.focused.press()

    def open_store(self, store: Store) -> None:
        """Switch to another store (a restored file, or a backup read-only)."""
        self.store = store
        self._data_file = store.path
        self._profile = None
        self._problem = None
        # An undo puts a win back into the file it was deleted from, never another.
        self.deleted_wins = []
        self.wins_restored = 0
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self._open_home()

    def _open_home(self) -> None:
        from careerclimb_tui.screens.home import HomeScreen
        from careerclimb_tui.screens.setup import SetupScreen
        from careerclimb_tui.store import peek

        if self._sealed():
            # Nothing can be read before the passphrase is given; home comes after.
            self._unlock_then(self._open_home)
            return
        # Home draws its frame before the data file is opened: with years of
        # wins, reading the file takes longer than drawing the screen. The theme
        # is looked up first, so that the frame is drawn in the user's colours.
        theme = peek.saved_theme(self._data_file) if self._data_file else None
        if theme in self.available_themes and theme != self.theme:
            self.settings = replace(self.settings, theme=theme)
            self.theme = theme
        self.push_screen(HomeScreen())
        if self._data_file is not None and not self._data_file.exists():
            # The very first run: nothing to read, so set-up opens at once.
            self.push_screen(SetupScreen(first_run=True))
        self.call_after_refresh(self._read_and_fill_home)

    def _sealed(self) -> bool:
        """Whether the data file waits for a passphrase, asking the store if open."""
        if self._store is not None:
            return self._store.needs_passphrase
        from careerclimb_tui.store import peek

        return self._data_file is not None and peek.is_sealed(self._data_file)

    def _unlock_then(self, then: Callable[[], None]) -> None:
        """Unlock the data file, then call ``then``.

        The passphrase given at start is tried first, once; without one, or when
        it fails, the unlock dialog asks for it. Nothing is ever asked on the
        terminal, which belongs to the app.
        """
        from careerclimb_tui.screens.passphrase import PassphraseScreen

        given, self._passphrase = self._passphrase, None
        if given is None:
            self.push_screen(PassphraseScreen(), lambda _: then())
            return
        self.run_worker(self._unlock_with(given, then), group="unlock")

    async def _unlock_with(self, passphrase: str, then: Callable[[], None]) -> None:
        """Try ``passphrase`` off the event loop; ask for one if it fails."""
        from careerclimb_tui.screens.passphrase import PassphraseScreen
        from careerclimb_tui.store import DataFileDamaged, DataFileTooNew
        from careerclimb_tui.store.storage import PassphraseRefused

        store = self.store
        try:
            await asyncio.to_thread(store.unlock, passphrase)
        except PassphraseRefused:
            note = catalogue.PRIVACY_UNLOCK_ENV_REFUSED.format(
                variable=catalogue.PRIVACY_PASSPHRASE_ENV
            )
            self.push_screen(PassphraseScreen(note=note), lambda _: then())
            return
        except (DataFileDamaged, DataFileTooNew) as error:
            self._show_problem(error)
            return
        except (CareerClimbError, OSError) as error:
            note = (
                error.message
                if isinstance(error, CareerClimbError)
                else error.strerror or str(error)
            )
            self.push_screen(PassphraseScreen(note=note), lambda _: then())
            return
        # From the app's own queue, as a dialog's answer comes: a screen pushed
        # from this task could be filled before it is mounted.
        self.call_later(then)

    def _read_and_fill_home(self) -> None:
        """Read the data file, then fill home and open what start-up calls for."""
        from careerclimb_tui.screens.home import HomeScreen
        from careerclimb_tui.screens.setup import SetupScreen
        from careerclimb_tui.store import DataFileDamaged, DataFileTooNew
        from careerclimb_tui.store.settings_docs import load_settings
        from careerclimb_tui.store.storage import PassphraseNeeded

        try:
            self.store.check()
            self.settings = load_settings(self.store)
        except PassphraseNeeded:
            # Sealed by another window since the first frame looked at it.
            self._unlock_then(self._read_and_fill_home)
            return
        except (DataFileDamaged, DataFileTooNew) as error:
            self._show_problem(error)
            return
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        home = self.screen_stack[1] if len(self.screen_stack) > 1 else None
        if isinstance(home, HomeScreen):
            home.refresh_dashboard()
        if self.profile is None:
            if not any(isinstance(s, SetupScreen) for s in self.screen_stack):
                self.push_screen(SetupScreen(first_run=True))
        elif self._start:
            self.call_after_refresh(self.run_action, self._start)
        self.call_after_refresh(self._report_problems)
        self.call_after_refresh(self._remind)

    def _remind(self) -> None:
        """Show the reminders the user's data calls for, unless turned off."""
        from careerclimb_tui import queries
        from careerclimb_tui.domain.reminders import reminders_for

        found = reminders_for(
            queries.wins(self.store),
            queries.reviews(self.store),
            queries.stored_initiatives(self.store),
            self.profile,
            self.clock.today(),
            self.settings.reminders_off,
        )
        if not found:
            return
        # One notice for all of them: several stacked would cover half the screen.
        if len(found) == 1:
            text, title = found[0].text, catalogue.REMIND_TITLE
        else:
            text = "\n".join(f"• {reminder.text}" for reminder in found)
            title = catalogue.REMIND_TITLES
        self.notify(text, title=title, timeout=REMINDER_SECONDS)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, and text colours that read well on its backgrounds.

        A light theme's accent or warning is often a pale orange that cannot be
        read on its light grey; ``$readable-accent`` and the others are the same
        hue, darkened (or lightened on a dark theme) only as far as needed. Under
        NO_COLOR every hue turns grey, and a red one nearly as dark as the screen:
        there they are the text colour, and bold and glyphs carry the emphasis.
        """
        variables = super().get_css_variables()
        grounds = [
            Color.parse(variables[name]) for name in ("background", "surface", "panel")
        ]
        for name in READABLE_COLOURS:
            readable = readable_on(Color.parse(variables[name]), grounds)
            if self.no_color:
                readable = Color.parse(variables["foreground"])
            variables[f"readable-{name}"] = readable.hex
        self.theme_variables = variables
        return variables

    def watch_theme(self, theme: str) -> None:
        """Remember the theme picked from the palette or the settings screen."""
        settings = getattr(self, "settings", None)
        if settings is None or settings.theme == theme or self.store.read_only:
            return
        self.settings = replace(settings, theme=theme)
        self.run_worker(self._save_settings(), exclusive=True, group="settings")

    async def _save_settings(self) -> None:
        from careerclimb_tui.store.settings_docs import save_settings

        saved = await self.run_store(
            lambda: save_settings(self.store, self.settings),
            failure=catalogue.SETTINGS_NOT_SAVED,
        )
        if saved is not None:
            self.settings = saved

    def _report_problems(self) -> None:
        """Tell the user, once, about ladders or records that could not be read."""
        from careerclimb_tui import queries
        from careerclimb_tui.domain.review import counted

        for broken in self.shelf.broken:
            self.notify(
                broken.message,
                title=catalogue.APP_BROKEN_LADDER,
                severity="warning",
                timeout=12,
            )
        queries.wins(self.store)
        if self.store.problems:
            self.notify(
                counted(
                    len(self.store.problems),
                    catalogue.APP_UNREADABLE_RECORD,
                    catalogue.APP_UNREADABLE_RECORDS,
                ),
                severity="warning",
                timeout=12,
            )

    def action_help_quit(self) -> None:
        """Say how to quit when Ctrl+C is pressed outside a field, in plain words."""
        self.notify(catalogue.QUIT_HOW, markup=False)

    # --- navigation: reachable from home keys, the palette and any screen ----------

    def action_go_home(self) -> None:
        """Close every screen above the home screen, asking first about typing."""
        from careerclimb_tui.navigation import go_to
        from careerclimb_tui.screens.home import HomeScreen

        go_to(self, HomeScreen, None)

    def action_log_win(self) -> None:
        """Open the guided form for a new win, unless nothing can be saved."""
        self._open_win_form(quick=False)

    def action_quick_win(self) -> None:
        """Open the one-line form for a thirty-second capture, unless read-only."""
        self._open_win_form(quick=True)

    def _open_win_form(self, *, quick: bool) -> None:
        from careerclimb_tui.screens.log_win import LogWinScreen

        if self.store.read_only:
            # Say so at once rather than after the whole form is filled in; the
            # message names the read-only backup, so it needs no title above it.
            self.notify(catalogue.STORE_READ_ONLY_NO_FORM, severity="warning")
            return
        self.push_screen(LogWinScreen(quick=quick))

    def action_ladder(self) -> None:
        """Open the ladder browser on the profile's current and target levels."""
        from careerclimb_tui.navigation import go_to
        from careerclimb_tui.screens.ladder_browser import LadderScreen

        ladder = self.ladder
        profile = self.profile
        current = profile.current_level if profile else ladder.levels[0].id
        if profile is not None:
            target = profile.target_level
        else:
            target = (ladder.level_after(current) or ladder.levels[0]).id
        go_to(self, LadderScreen, lambda: LadderScreen(ladder, current, target))

    def action_edit_profile(self) -> None:
        """Open the profile form, unless nothing can be saved."""
        from careerclimb_tui.screens.setup import SetupScreen

        if self.store.read_only:
            self.notify(catalogue.STORE_READ_ONLY_NO_FORM, severity="warning")
            return

        self.push_screen(SetupScreen(first_run=self.profile is None))

    def action_open(self, name: str) -> None:
        """Open a screen listed in ``routes.ROUTES`` by its name.

        It opens over the screen showing, so Escape from it goes back there; a
        screen already open is brought back instead, the screens over it closing
        (after asking, when a form among them holds typing). See ``navigation``.
        """
        from careerclimb_tui.navigation import go_to

        route = ROUTES[name]
        module = importlib.import_module(route.module)
        screen_type = getattr(module, route.screen)
        go_to(self, screen_type, screen_type)

    def action_help(self) -> None:
        """Explain the current screen and list its keys; on the help, close it.

        F1 reaches the app before any screen, so the help dialog would never see
        the key that opened it: the same key closes it here.
        """
        from careerclimb_tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
        else:
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Quit, asking first when a form holds typing that was never saved.

        It works from any dialog too, the question asked over it; while that
        question itself is open, the key asks nothing more.
        """
        from careerclimb_tui.widgets.confirm import ConfirmDialog

        unsaved = [
            screen
            for screen in self.screen_stack
            if getattr(screen, "is_dirty", lambda: False)()
        ]
        if not unsaved:
            self.exit()
            return

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.exit()

        # The topmost screen with something to lose may say what that is; a
        # rehearsal, say, is not a form and is never saved.
        ask = getattr(unsaved[-1], "quit_question", lambda: catalogue.QUIT_DISCARD)
        question = str(ask())
        asking = self.screen
        if not (isinstance(asking, ConfirmDialog) and asking.question == question):
            self.push_screen(ConfirmDialog(question), answered)

    def profile_saved(self, profile: Profile) -> None:
        """Remember a newly saved profile; screens read it from here."""
        self._profile = profile

    async def run_store(self, action: Callable[[], T], *, failure: str) -> T | None:
        """Run a store call off the event loop; tell the user if it fails.

        Args:
            action: the call to make.
            failure: the title of the message shown when it fails.

        Returns:
            What the call returned, or None when it failed.
        """
        try:
            return await asyncio.to_thread(action)
        except CareerClimbError as error:
            self.tell_store_error(error, failure)
            return None

    def tell_store_error(self, error: CareerClimbError, failure: str = "") -> None:
        """Say why a read or a save of the data file failed, the same everywhere.

        A damaged file, or one a newer app wrote, is told with the next step
        (:meth:`tell_damaged`); any other error with its own title, else
        ``failure``.

        Args:
            error: what the store raised.
            failure: the title when the error has none of its own.
        """
        from careerclimb_tui.store import DataFileDamaged, DataFileTooNew

        if isinstance(error, (DataFileDamaged, DataFileTooNew)):
            self.tell_damaged(error)
            return
        self.notify(error.message, title=error.title or failure, severity="error")
