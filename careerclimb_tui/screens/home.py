"""The home dashboard: where the user stands, this quarter's wins, what to do next.

Home is the first thing drawn at every start, so it draws first and reads the wins
right after: with thousands of wins, reading them takes longer than drawing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import FAR_DAYS, day_in_words, span_in_words
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.screens.help import key_text
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.text import markup_safe as escape
from careerclimb_tui.widgets.text import one_line

if TYPE_CHECKING:
    from careerclimb_tui.domain.records import Win
    from careerclimb_tui.store import Store

RECENT_WINS = 12
"""The most recent wins home lists, as many as the table has room for."""
TABLE_FIXED_WIDTH = 29
"""Cells taken by the padding, the scrollbar and the date and framing columns."""
FOOTER_PALETTE_WIDTH = 12
"""Cells the footer keeps on its right for the command palette's key."""
FOOTER_KEY_SPACING = 3
"""Cells the footer puts around each key and its description."""
SHORT_HEIGHT = 24
"""At this many rows or fewer, home drops its top margin to show more wins."""
NAMED_ON_THEIR_NOTE = frozenset({"home.open_problem"})
"""Keys that act on one of home's notes and are named at the end of it. The list
of more keys leaves them out: they do something only while their note shows,
and there they are already said."""
LEFT_TO_THE_HELP = frozenset({"home.open_win"})
"""Keys of the recent wins' list, whose highlighted row invites them: the help
names them, and the line of more keys keeps its room for the other screens."""


class RecentBox(Vertical):
    """The box that holds the recent wins and takes the height left over."""

    class Resized(Message):
        """Posted when the box's height or width changed."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())


class HomeScreen(CoachScreen[None]):
    """The dashboard the user sees every time the app opens."""

    CSS_PATH = "home.tcss"
    COMMAND_CATEGORY = "Home"

    BINDINGS = [
        Binding("w", "app.log_win", "Log a win", id="home.log_win"),
        Binding("k", "app.quick_win", "Quick win", id="home.quick_win", show=False),
        Binding("j", "app.open('journal')", "Journal", id="home.journal"),
        Binding("r", "app.open('review')", "Review", id="home.review"),
        Binding("g", "app.open('gaps')", "Gaps", id="home.gaps"),
        Binding("l", "app.ladder", "Ladder", id="home.ladder"),
        Binding("e", "app.edit_profile", "Profile", id="home.profile", show=False),
        Binding("v", "app.open('privacy')", "Privacy", id="home.privacy", show=False),
        Binding(
            "o", "app.open('problem')", "Own a problem", id="home.problem", show=False
        ),
        Binding(
            "i", "open_problem", "Open problem", id="home.open_problem", show=False
        ),
        Binding(
            "m", "app.open('manager')", "Manager talk", id="home.manager", show=False
        ),
        Binding("p", "app.open('pitch')", "Pitch", id="home.pitch", show=False),
        Binding("x", "app.open('export')", "Export", id="home.export", show=False),
        Binding(
            "P", "app.open('peers')", "Promoted peers", id="home.peers", show=False
        ),
        Binding("enter", "open_win", "Open win", id="home.open_win", show=False),
        Binding("q", "app.quit", "Quit", id="home.quit"),
    ]

    class Loaded(Message):
        """Posted each time the dashboard has been filled from the store."""

    def __init__(self) -> None:
        super().__init__()
        # The wins in the recent table; None until they are first read.
        self._recent: list[Win] | None = None
        # Every win logged, to say how many the table leaves out.
        self._total_wins = 0
        # The problem in progress, read with the notes; its key opens it.
        self._problem_id: int | None = None

    def compose(self) -> ComposeResult:
        # A demo or read-only banner leads the screen: it is what must be read
        # before anything else. Then where the user stands, then the notes.
        with VerticalScroll(id="home-body"):
            yield Static(id="home-banner")
            yield Static(id="profile-line")
            yield Static(id="cycle-line", classes="hint")
            yield Static(id="quarter-line")
            yield Static(id="next-step")
            yield Static(id="home-notes", classes="hint")
            # The box takes the height left; the table in it shows as many
            # recent wins as fit, without filling the rest when there are few.
            with RecentBox(id="recent-box"):
                yield DataTable(id="recent", cursor_type="row", zebra_stripes=True)
                yield Static(id="recent-more", classes="hint")
                yield Static(
                    catalogue.HOME_NO_WINS_READ_ONLY
                    if self.store.read_only
                    else catalogue.HOME_NO_WINS,
                    id="recent-empty",
                    classes="empty-state",
                )
            yield Static(self._more_keys(), id="home-keys", classes="hint")
        yield SteadyFooter()

    def _more_keys(self) -> str:
        """The keys the footer has no room for, so that every flow is one key away.

        Besides the keys the footer never shows, a narrow terminal cuts off the
        last keys it does show; those are named here too, first.
        """
        bindings = [b for b in self.BINDINGS if isinstance(b, Binding)]
        cut = self._cut_from_footer([b for b in bindings if b.show])
        hidden = cut + [
            binding
            for binding in bindings
            if not binding.show
            and binding.id not in NAMED_ON_THEIR_NOTE | LEFT_TO_THE_HELP
            # Not named where it would not run (a new win in a read-only backup).
            and self._offered(binding.action)
        ]
        named = [
            f"[b]{escape(key_text(self.app.get_key_display(binding)))}[/b] "
            f"{binding.description}"
            for binding in hidden
        ]
        return catalogue.HOME_MORE_KEYS.format(keys=" · ".join(named))

    def _offered(self, action: str) -> bool:
        """False for an app action the app does not offer now (see its
        ``check_action``), so the key is named nowhere."""
        if not action.startswith("app."):
            return True
        name = action.removeprefix("app.").split("(", 1)[0]
        return self.app.check_action(name, ()) is not False

    @on(events.Key)
    def _say_why_a_key_is_not_offered(self, event: events.Key) -> None:
        """A key the app does not offer now (w in a backup opened read-only)
        still says why it does nothing, for those who press it by habit."""
        refused = any(
            binding.key == event.key and not self._offered(binding.action)
            for binding in self.BINDINGS
            if isinstance(binding, Binding)
        )
        if refused and self.store.read_only:
            self.notify(catalogue.STORE_READ_ONLY_NO_FORM, severity="warning")

    def _cut_from_footer(self, shown: list[Binding]) -> list[Binding]:
        """The footer's keys that do not fit, whole, across the terminal."""
        room = self.app.size.width - FOOTER_PALETTE_WIDTH
        used = 0
        cut: list[Binding] = []
        for binding in shown:
            used += (
                cell_len(self.app.get_key_display(binding))
                + cell_len(binding.description)
                + FOOTER_KEY_SPACING
            )
            if used > room:
                cut.append(binding)
        return cut

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys with nothing to open: the problem while none is in
        progress, a recent win while none is logged."""
        if action == "open_problem":
            return True if self._problem_id is not None else None
        if action == "open_win":
            return True if self._recent else None
        return True

    @on(DataTable.RowSelected, "#recent")
    def _recent_chosen(self) -> None:
        self.action_open_win()

    def action_open_win(self) -> None:
        """Show the highlighted recent win in full, as the journal does; it can be
        edited or deleted from there, and Esc comes back home."""
        from careerclimb_tui.screens.journal import edit_form, win_detail

        table = self.query_one("#recent", DataTable)
        recent = self._recent or []
        if not table.display or not 0 <= table.cursor_row < len(recent):
            return
        win = recent[table.cursor_row]

        def after(choice: str | None) -> None:
            # Home reads the store again when it shows after the form.
            if choice == "edit":
                self.app.push_screen(edit_form(win, self.store))
            elif choice == "delete":
                self.run_worker(self._delete(win))

        detail = win_detail(
            win, self.store, self.ladder, read_only=self.store.read_only
        )
        self.app.push_screen(detail, after)

    async def _delete(self, win: Win) -> None:
        from careerclimb_tui.screens.journal import delete_win

        if await delete_win(self, win):
            self.refresh_dashboard()

    def action_open_problem(self) -> None:
        """Open the tracker of the problem in progress; Escape comes back home."""
        from careerclimb_tui.screens.problem_hub import open_tracker

        if self._problem_id is not None:
            open_tracker(self.app, self._problem_id)

    def on_mount(self) -> None:
        table = self.query_one("#recent", DataTable)
        table.add_column("Date", key="date", width=10)
        table.add_column("Framing", key="framing", width=8)
        # The table's heading says what it lists, in place of a title line.
        table.add_column(catalogue.HOME_RECENT_TITLE, key="win")
        # The app fills the dashboard once the data is read, after this frame.
        self.query_one("#quarter-line", Static).update(catalogue.HOME_LOADING)
        table.display = False
        self.query_one("#recent-more", Static).display = False
        self.query_one("#recent-empty", Static).display = False
        self.follow_outside_changes()

    def on_screen_resume(self) -> None:
        # The first read is already on its way, after the first frame.
        if self._recent is not None:
            self.refresh_dashboard()

    def show_outside_changes(self) -> None:
        """Redraw the dashboard, once the first read has drawn it."""
        if self._recent is not None:
            self.refresh_dashboard()

    def on_resize(self) -> None:
        self.set_class(self.size.height <= SHORT_HEIGHT, "-short")
        # Only the titles' width and which keys the footer cuts off depend on the
        # size; nothing needs reading again.
        self.query_one("#home-keys", Static).update(self._more_keys())
        if self._recent is not None:
            self._show_recent(self._recent)
            # The profile line is broken to the width it gets once laid out.
            self.call_after_refresh(self._show_profile)

    def refresh_dashboard(self) -> None:
        """Read the profile and wins again and redraw every part of the dashboard."""
        from careerclimb_tui import queries
        from careerclimb_tui.home_lines import (
            BANNER_LINES,
            HOME_LINES,
            next_step_line,
            quarter_line,
        )

        profile = self.profile
        wins = queries.wins(self.store)
        today = self.clock.today()
        start_month = profile.fiscal_year_start_month if profile else 1

        self._show_profile()
        self.query_one("#quarter-line", Static).update(
            quarter_line(self.store, wins, today, start_month)
        )
        for widget_id, lines in (
            ("#home-banner", BANNER_LINES),
            ("#home-notes", HOME_LINES),
        ):
            notes = [line(self.store, self.ladder, profile, today) for line in lines]
            shown = [escape(note) for note in notes if note]
            widget = self.query_one(widget_id, Static)
            widget.update("\n".join(shown))
            widget.display = bool(shown)
        self._problem_id = _problem_in_progress(self.store)
        self.refresh_bindings()
        step = next_step_line(
            self.store, wins, today, start_month, self.ladder, profile
        )
        self.query_one("#next-step", Static).update(f"Next: {escape(step)}")
        self._recent = wins[:RECENT_WINS]
        self._total_wins = len(wins)
        self._show_recent(self._recent)
        self.post_message(self.Loaded())

    def _show_profile(self) -> None:
        profile = self.profile
        line = self.query_one("#profile-line", Static)
        cycle = self.query_one("#cycle-line", Static)
        if profile is None:
            line.update(catalogue.HOME_NO_PROFILE)
            cycle.update("")
            return
        ladder = self.ladder
        current = ladder.level(profile.current_level)
        target = ladder.level(profile.target_level)
        width = line.size.width
        name = profile.name
        if width > 0 and cell_len(name) > width // 2:
            # A long name would push the levels, and everything under them, down.
            name = one_line(name, width // 2, at_word=True).plain
        who = f"{name} · " if name else ""
        current_text = (
            _level_text(current.title, current.alias_text())
            if current
            else catalogue.HOME_UNKNOWN_LEVEL.format(level=profile.current_level)
        )
        target_text = (
            _level_text(target.title, target.alias_text())
            if target
            else catalogue.HOME_UNKNOWN_LEVEL.format(level=profile.target_level)
        )
        where = [(who, ""), (current_text, "b"), (" →", "")]
        going = [(target_text, "b")]
        # Before the first layout the width is 0: one line, broken once laid out.
        if width <= 0 or cell_len(who + current_text + " → " + target_text) <= width:
            line.update(broken_markup([*where, (" ", ""), *going], width))
        else:
            # Both levels keep their company names: a line too long for the
            # screen puts the target level on a line of its own instead.
            line.update(
                broken_markup(where, width) + "\n" + broken_markup(going, width)
            )
        if profile.cycle_closes is None:
            cycle.update(catalogue.HOME_NO_CYCLE)
            return
        days = (profile.cycle_closes - self.clock.today()).days
        closes = day_in_words(profile.cycle_closes)
        if days < 0:
            cycle.update(catalogue.HOME_CYCLE_PASSED.format(date=closes))
        elif days >= FAR_DAYS:
            # Thousands of days say nothing; a year is how far dates are felt.
            cycle.update(
                catalogue.HOME_CYCLE_FAR.format(date=closes, span=span_in_words(days))
            )
        else:
            cycle.update(
                catalogue.HOME_CYCLE.format(date=closes, weeks=days // 7, days=days)
            )

    def _show_recent(self, wins: list[Win]) -> None:
        from careerclimb_tui.domain.measure_text import with_measure

        table = self.query_one("#recent", DataTable)
        table.clear()
        width = self.size.width - TABLE_FIXED_WIDTH
        for win in wins:
            # The measure in brackets, unless the title already states it.
            title = with_measure(win.title, win.measure)
            table.add_row(
                win.date.isoformat(),
                win.framing,
                one_line(title, width, at_word=True),
                key=str(win.id),
            )
        shown_before = table.display
        table.display = bool(wins)
        self.query_one("#recent-empty", Static).display = not wins
        self._fit_recent()
        if wins and not shown_before:
            # The list is what home's arrows and Enter act on, once it shows.
            self.set_focus(table)

    def on_recent_box_resized(self) -> None:
        self._fit_recent()

    def _fit_recent(self) -> None:
        """Show as many recent wins as the box holds, and say how many are left out.

        The height is set from the rows rather than left to the table's own
        measure: a theme applied while home fills (as after unlocking, when the
        saved theme can only be read then) would keep the header-only height
        measured before the rows were added.
        """
        if self._recent is None:
            return
        table = self.query_one("#recent", DataTable)
        more = self.query_one("#recent-more", Static)
        room = self.query_one("#recent-box").content_size.height - table.header_height

        shown = min(len(self._recent), room)
        if self._total_wins > shown:
            # The line that says what is left out takes the last row's place.
            shown = max(min(len(self._recent), room - 1), 1)
        left_out = self._total_wins - shown if self._recent else 0

        table.styles.height = table.header_height + shown
        more.display = left_out > 0
        if left_out > 0:
            more.update(
                catalogue.HOME_RECENT_MORE.format(
                    count=left_out, key=_key_of("home.journal")
                )
            )


def _problem_in_progress(store: Store) -> int | None:
    """The id of the problem in progress, the one home's note is about."""
    from careerclimb_tui.domain.initiative import active_initiative
    from careerclimb_tui.store.initiative_docs import initiatives

    active = active_initiative(initiatives(store))
    return active.id if active is not None else None


def _key_of(binding_id: str) -> str:
    """The key of one of home's bindings, by its id."""
    return next(
        binding.key
        for binding in HomeScreen.BINDINGS
        if isinstance(binding, Binding) and binding.id == binding_id
    )


def _level_text(title: str, aliases: str) -> str:
    return f"{title} ({aliases})" if aliases else title


def line_breaks(text: str, width: int) -> list[int]:
    """Where the text breaks to fit ``width`` cells: never inside "( … )".

    A level's company names ("L5 / E5 / SDE III") read as one name, so they move
    to the next line together rather than leave "III)" on a line of its own.

    Args:
        text: one line of plain text.
        width: cells available; 0 or less breaks nowhere.

    Returns:
        The offsets of the spaces to turn into line breaks, in order.
    """
    breaks: list[int] = []
    if width <= 0:
        return breaks
    start, last, depth = 0, -1, 0
    for offset, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char == " " and depth == 0:
            if cell_len(text[start:offset]) > width and last >= start:
                breaks.append(last)
                start = last + 1
            last = offset
    if cell_len(text[start:]) > width and last >= start:
        breaks.append(last)
    return breaks


def broken_markup(parts: list[tuple[str, str]], width: int) -> str:
    """Plain parts, each with a style ("" for none), as markup broken to ``width``.

    The parts are broken as one line by ``line_breaks``; what the user typed is
    never read as markup.
    """
    breaks = set(line_breaks("".join(text for text, _ in parts), width))
    markup, offset = [], 0
    for text, style in parts:
        chars = [
            "\n" if offset + index in breaks else char
            for index, char in enumerate(text)
        ]
        offset += len(text)
        shown = escape("".join(chars))
        markup.append(f"[{style}]{shown}[/{style}]" if style and text else shown)
    return "".join(markup)
