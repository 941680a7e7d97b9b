"""The ladder browser: two levels of a ladder side by side, dimension by dimension.

It opens on the level the user holds, on the left, and the level they are aiming
for, on the right, with the signals that show someone already works above their
level. Moving the pair along the ladder keeps each column's heading true to the
level it shows, so the user's own level stays marked wherever it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from careerclimb_tui import catalogue
from careerclimb_tui.domain.ladder import Dimension, Ladder, Level
from careerclimb_tui.widgets.footer import KeysFooter

NARROW_BELOW = 60
"""Below this many columns the two levels are stacked instead of side by side."""


@dataclass(frozen=True)
class LevelPair:
    """The two levels being compared, and the level right above the current one."""

    current: Level
    target: Level
    above: Level | None
    """The level after ``current``: the one its next-level signals point to."""

    @property
    def target_is_next(self) -> bool:
        """Whether the target is the level right after the current one."""
        return self.above is not None and self.above.id == self.target.id


def resolve_pair(ladder: Ladder, current_id: str, target_id: str) -> LevelPair:
    """Choose the two levels to show, falling back when an id is not in the ladder.

    Args:
        ladder: the ladder, with at least one level.
        current_id: the level the user holds; the lowest level when unknown.
        target_id: the level to compare with; the one after the current level when
            unknown, or the current level itself at the top of the ladder.

    Returns:
        The pair to show.
    """
    current = ladder.level(current_id) or ladder.levels[0]
    above = ladder.level_after(current.id)
    target = ladder.level(target_id) or above or current
    return LevelPair(current=current, target=target, above=above)


def level_name(level: Level) -> str:
    """A level's title and its company aliases, as "Senior engineer (L5 / E5)".

    The title alone when the ladder gives the level no aliases.
    """
    aliases = level.alias_text()
    if not aliases:
        return level.title
    return catalogue.LADDER_LEVEL_WITH_ALIASES.format(
        title=level.title, aliases=aliases
    )


def level_role(ladder: Ladder, level: Level, own: str, aim: str) -> str:
    """How a level shown relates to the user's: theirs, their target, or neither.

    Args:
        ladder: the ladder the levels belong to.
        level: the level shown in a column.
        own: the id of the level the user holds.
        aim: the id of the level the user is aiming for.

    Returns:
        The heading of the column that shows ``level``.
    """
    if level.id == own:
        return catalogue.LADDER_NOW_HEADING
    if level.id == aim:
        return catalogue.LADDER_TARGET_HEADING
    ids = [known.id for known in ladder.levels]
    if own in ids and ids.index(level.id) < ids.index(own):
        return catalogue.LADDER_BELOW_HEADING
    return catalogue.LADDER_ABOVE_HEADING


def _text(text: str, classes: str) -> Static:
    """A Static showing ``text`` as it is: ladder files may contain [brackets]."""
    return Static(Content(text), classes=classes)


def _bullets(items: tuple[str, ...], classes: str) -> Vertical:
    """Items behind bullets, wrapped lines indented under the text, not the bullet."""
    rows = [
        Horizontal(
            Static("•", classes="bullet"),
            _text(item, "bullet-text"),
            classes="bullet-item",
        )
        for item in items
    ]
    return Vertical(*rows, classes=f"examples {classes}")


class LadderComparison(Vertical):
    """Everything below the title line: both levels, then every dimension."""

    pair: reactive[LevelPair | None] = reactive(None, recompose=True)
    """The levels shown; the whole comparison is rebuilt when it changes."""

    def __init__(
        self,
        ladder: Ladder,
        pair: LevelPair,
        id: str | None = None,
        own: tuple[str, str] | None = None,
    ) -> None:
        """Compare two levels of a ladder.

        Args:
            ladder: the ladder both levels belong to.
            pair: the levels to show first.
            id: the widget's id.
            own: the ids of the user's level and target level, which the column
                headings name whichever pair is shown; the first pair's when None.
        """
        super().__init__(id=id)
        self.ladder = ladder
        self.own = own or (pair.current.id, pair.target.id)
        self.set_reactive(LadderComparison.pair, pair)

    def compose(self) -> ComposeResult:
        pair = self.pair
        if pair is None:
            return
        yield from self._compose_levels(pair)
        for dimension in self.ladder.dimensions:
            yield self._dimension(dimension, pair)

    def _compose_levels(self, pair: LevelPair) -> ComposeResult:
        # The headings follow the levels shown, not the columns: once the pair
        # has moved, the user's own level is marked wherever it is, if shown.
        own, aim = self.own
        with Horizontal(id="levels", classes="pair"):
            with Vertical(classes="column current-column"):
                yield _text(
                    level_role(self.ladder, pair.current, own, aim), "level-role"
                )
                yield _text(level_name(pair.current), "level-name current-level")
                yield _text(pair.current.scope, "scope")
            with Vertical(classes="column target-column"):
                yield _text(
                    level_role(self.ladder, pair.target, own, aim), "level-role"
                )
                yield _text(level_name(pair.target), "level-name target-level")
                yield _text(pair.target.scope, "scope")

        if pair.current.id == pair.target.id:
            yield _text(catalogue.LADDER_SAME_LEVEL, "pair-note")
        elif not pair.target_is_next:
            note = catalogue.LADDER_NOT_NEXT.format(
                target=pair.target.title, current=pair.current.title
            )
            yield _text(note, "pair-note")

    def _dimension(self, dimension: Dimension, pair: LevelPair) -> Widget:
        """The block for one dimension: its name, then the two columns."""
        heading = Content.assemble((dimension.name, "bold"))
        if dimension.summary:
            heading = Content.assemble(heading, "  ", (dimension.summary, "dim"))

        now = pair.current.expectations.get(dimension.id)
        there = pair.target.expectations.get(dimension.id)
        if pair.target_is_next:
            signals_label = catalogue.LADDER_SIGNALS_THAT_LEVEL
        else:
            signals_label = catalogue.LADDER_SIGNALS_ABOVE.format(
                level=pair.current.title
            )

        # Two rows of two columns, so that both lists start on the same line and,
        # stacked on a narrow terminal, both expectations come before any list.
        expectations = Horizontal(
            Vertical(
                _text(
                    catalogue.LADDER_NOW_EXPECTED.format(level=pair.current.title),
                    "column-label current-label",
                ),
                _text(
                    now.expectation if now else catalogue.LADDER_NOT_DESCRIBED,
                    "expectation current-expectation",
                ),
                classes="column current-column",
            ),
            Vertical(
                _text(
                    catalogue.LADDER_TARGET_EXPECTED.format(level=pair.target.title),
                    "column-label target-label",
                ),
                _text(
                    there.expectation if there else catalogue.LADDER_NOT_DESCRIBED,
                    "expectation target-expectation",
                ),
                classes="column target-column",
            ),
            classes="pair",
        )
        examples = Horizontal(
            Vertical(
                _text(catalogue.LADDER_NOW_EXAMPLES, "examples-label"),
                _bullets(now.current_level if now else (), "current-examples"),
                classes="column current-column",
            ),
            Vertical(
                _text(signals_label, "examples-label signals-label"),
                _bullets(now.next_level if now else (), "next-signals"),
                classes="column target-column",
            ),
            classes="pair examples-row",
        )
        return Vertical(
            Static(heading, classes="dimension-name"),
            expectations,
            examples,
            classes="dimension",
        )


class LadderScreen(Screen[None]):
    """The current level next to the target level, along every dimension of a ladder.

    ``[`` and ``]`` move the compared pair one level down or up the ladder, ``.``
    brings back the user's own pair, ``c`` hides the example lists, and escape
    goes back.
    """

    CSS_PATH = "ladder_browser.tcss"
    COMMAND_CATEGORY = "Ladder"
    HELP_WIDGET_KEYS = catalogue.LADDER_WIDGET_KEYS
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]
    BINDINGS = [
        Binding(
            "left_square_bracket",
            "shift(-1)",
            catalogue.LADDER_KEY_LOWER,
            tooltip=catalogue.LADDER_KEY_LOWER_TIP,
            key_display="[",
            id="ladder.prev",
        ),
        Binding(
            "right_square_bracket",
            "shift(1)",
            catalogue.LADDER_KEY_HIGHER,
            tooltip=catalogue.LADDER_KEY_HIGHER_TIP,
            key_display="]",
            id="ladder.next",
        ),
        Binding(
            "full_stop",
            "own_pair",
            catalogue.LADDER_KEY_OWN,
            tooltip=catalogue.LADDER_KEY_OWN_TIP,
            key_display=".",
            id="ladder.own",
        ),
        Binding(
            "c",
            "toggle_compact",
            catalogue.LADDER_KEY_COMPACT,
            tooltip=catalogue.LADDER_KEY_COMPACT_TIP,
            id="ladder.compact",
        ),
        Binding(
            "escape",
            "back",
            catalogue.LADDER_KEY_BACK,
            tooltip=catalogue.LADDER_KEY_BACK_TIP,
            id="ladder.back",
        ),
    ]

    compact: reactive[bool] = reactive(False)
    """Whether the example lists are hidden, leaving only the expectations."""

    def __init__(
        self,
        ladder: Ladder,
        current_level: str,
        target_level: str,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """Show two levels of a ladder.

        Args:
            ladder: the ladder to browse; it must have at least one level.
            current_level: the id of the level the user holds now.
            target_level: the id of the level to compare it with.
            name: the screen's name.
            id: the screen's id.
            classes: the screen's CSS classes.
        """
        super().__init__(name=name, id=id, classes=classes)
        self.ladder = ladder
        self.pair = resolve_pair(ladder, current_level, target_level)
        """The two levels on show."""
        self.own = (self.pair.current.id, self.pair.target.id)
        """The user's level and target level, marked wherever the pair moves."""

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="ladder-title")
        with VerticalScroll(id="ladder-body"):
            yield LadderComparison(
                self.ladder, self.pair, id="comparison", own=self.own
            )
        narrow = self.app.size.width < NARROW_BELOW
        yield KeysFooter(compact=narrow, show_command_palette=not narrow)

    def watch_compact(self, compact: bool) -> None:
        self.set_class(compact, "-compact")

    def on_resize(self, event: Resize) -> None:
        # The breakpoint classes restyle the body; the footer has its own settings,
        # and on a narrow terminal the palette key would push "Back" out of sight.
        narrow = event.size.width < NARROW_BELOW
        footer = self.query_one(Footer)
        footer.compact = narrow
        if footer.show_command_palette == narrow:
            footer.show_command_palette = not narrow
            footer.refresh(recompose=True)

    def _title(self) -> Content:
        """The pair first, so that a narrow terminal cuts the ladder's name instead."""
        return Content.assemble(
            (
                catalogue.LADDER_PAIR.format(
                    current=self.pair.current.title, target=self.pair.target.title
                ),
                "bold",
            ),
            " ",
            (catalogue.LADDER_TITLE.format(ladder=self.ladder.title), "dim"),
        )

    def action_shift(self, step: int) -> None:
        """Move both compared levels ``step`` levels up (or down) the ladder."""
        ids = [level.id for level in self.ladder.levels]
        current = ids.index(self.pair.current.id) + step
        target = ids.index(self.pair.target.id) + step
        at_end = ""
        if min(current, target) < 0:
            at_end = catalogue.LADDER_AT_BOTTOM
        elif max(current, target) >= len(ids):
            at_end = catalogue.LADDER_AT_TOP
        if at_end:
            # One notice is enough, however often the key is pressed.
            self._take_down_end_notices()
            self.notify(at_end, severity="warning")
            return

        self._show(resolve_pair(self.ladder, ids[current], ids[target]))

    def action_own_pair(self) -> None:
        """Compare the user's own level with their target again."""
        own = resolve_pair(self.ladder, *self.own)
        if own != self.pair:
            self._show(own)

    def _show(self, pair: LevelPair) -> None:
        """Compare ``pair``, with its title, from the top of its first dimension."""
        # Away from the end of the ladder, a notice saying it was reached is wrong.
        self._take_down_end_notices()
        self.pair = pair
        self.query_one("#ladder-title", Static).update(self._title())
        self.query_one(LadderComparison).pair = pair
        # A new pair is read from its top, not from where the last one was left.
        self.query_one("#ladder-body", VerticalScroll).scroll_home(animate=False)

    def _take_down_end_notices(self) -> None:
        """Take down the notices saying the pair is at an end of the ladder.

        Other notices stay up.
        """
        ends = {catalogue.LADDER_AT_TOP, catalogue.LADDER_AT_BOTTOM}
        # Textual offers no public way to take down one notice among others.
        notices = self.app._notifications
        for notice in [shown for shown in notices if shown.message in ends]:
            self.app._unnotify(notice)

    def action_toggle_compact(self) -> None:
        """Hide or show the example lists."""
        self.compact = not self.compact

    def action_back(self) -> None:
        """Return to the screen underneath, if there is one."""
        if len(self.app.screen_stack) > 1 and self.app.screen is self:
            self.dismiss(None)
