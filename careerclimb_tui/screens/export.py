"""Export and import: the promotion packet, the complete dump, wins from elsewhere.

Nothing is written blind. An export shows the very text that will be written, and
Ctrl+S writes that text (asking before it replaces a file). An import first shows
what it would add and what it would leave out, and why; Ctrl+S then imports, in
one transaction, and the report says what happened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import (
    Input,
    Label,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import parse_date
from careerclimb_tui.domain.quarters import Quarter, parse_quarter
from careerclimb_tui.domain.wins import quarters_with_wins
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.dump import ImportReport, export_dump
from careerclimb_tui.export.formats import (
    DUMP_FORMAT,
    PACKET_FORMAT,
    extensions_of,
    format_for_name,
)
from careerclimb_tui.export.importers import (
    FORMAT_DUMP,
    FORMAT_JRNL,
    FORMAT_MARKDOWN,
    added_text,
    import_text,
    report_lines,
)
from careerclimb_tui.export.packet import (
    collect_packet,
    filters_apart,
    notes_for_user,
    render_packet,
    starts_after_today,
)
from careerclimb_tui.paths import export_file_name, shown_path
from careerclimb_tui.screens.base import CoachScreen
from careerclimb_tui.store.export_docs import read_import_file, write_private_file
from careerclimb_tui.widgets.confirm import ConfirmDialog
from careerclimb_tui.widgets.fields import WholeInput
from careerclimb_tui.widgets.footer import SteadyFooter
from careerclimb_tui.widgets.markdown_preview import MarkdownPreview

PACKET = PACKET_FORMAT
DUMP = DUMP_FORMAT
ALL_QUARTERS = "all"
DETECT = "detect"

NARROW_BELOW = 60
"""Terminal width below which the filters no longer fit on one row."""

SINCE_PAUSE = 0.3
"""Seconds without a key before a readable "Since" date is previewed.

Waiting keeps "2026-11-1" from being previewed on the way to "2026-11-15".
"""

EXPORT_TAB = "export-tab"
IMPORT_TAB = "import-tab"


@dataclass(frozen=True)
class ExportChoice:
    """What the export fields ask for, read once so a preview can be matched."""

    kind: str
    """``PACKET`` or ``DUMP``."""
    since: dt.date | None
    quarter: Quarter | None


@dataclass(frozen=True)
class ImportChoice:
    """What the import fields ask for."""

    path: Path
    kind: str
    """One of the importers' formats, or ``DETECT``."""


def default_export_path(kind: str, today: dt.date) -> str:
    """Where an export goes unless the user says otherwise, as shown to them;
    named apart in the demo, so that it never stands in a real export's way."""
    template = (
        catalogue.EXPORT_DEFAULT_PACKET
        if kind == PACKET
        else catalogue.EXPORT_DEFAULT_DUMP
    )
    return export_file_name(template.format(date=today.isoformat()))


def what_is_written(kind: str) -> str:
    """What an export of ``kind`` is called in a sentence: "the complete dump"."""
    return (
        catalogue.EXPORT_WHAT_PACKET if kind == PACKET else catalogue.EXPORT_WHAT_DUMP
    )


def path_for_kind(path: str, kind: str) -> str:
    """A path typed for one format, with the other format's extension swapped in.

    Args:
        path: the path as typed.
        kind: ``PACKET`` or ``DUMP``, the format now chosen.

    Returns:
        The path ending ``.md`` for the packet and ``.json`` for the dump when it
        ended with the other one; any other path as it was.
    """
    # The format's value is its file extension.
    other = DUMP if kind == PACKET else PACKET
    if path.lower().endswith(f".{other}"):
        return f"{path[: -len(other)]}{kind}"
    return path


class ReportPreview(TextArea):
    """A read-only report that Home and End scroll to its start and its end.

    In an editable text those keys move within a line; here no cursor shows, so
    they take the reader to the first and the last line instead.
    """

    BINDINGS = [
        Binding("home,ctrl+home", "show_start", "First line", show=False),
        Binding("end,ctrl+end", "show_end", "Last line", show=False),
    ]

    more_below: reactive[bool] = reactive(False)
    """True while lines of the report are out of sight below."""

    def action_show_start(self) -> None:
        self.move_cursor((0, 0))
        self.scroll_home(animate=False)

    def action_show_end(self) -> None:
        self.move_cursor(self.document.end)
        self.scroll_end(animate=False)

    def on_resize(self) -> None:
        # Sent too when the report's height changes on the screen.
        self._check_more_below()

    def on_text_area_changed(self) -> None:
        # A new report has its height only once drawn.
        self.call_after_refresh(self._check_more_below)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._check_more_below()

    def _check_more_below(self) -> None:
        self.more_below = round(self.scroll_y) < self.max_scroll_y


class ExportScreen(CoachScreen[None]):
    """Write the packet or the dump; preview and import a file."""

    CSS_PATH = "export.tcss"
    COMMAND_CATEGORY = "Export"
    # Below this width the filters wrap onto two rows (see export.tcss).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-wide")]
    CHANGE_ACTIONS = frozenset({"run_import"})

    BINDINGS = [
        # F3 as well: it exports on every screen that writes a file.
        Binding("ctrl+s,f2,f3", "write", "Write file", id="export.write"),
        Binding("ctrl+s,f2", "run_import", "Import", id="export.import"),
        Binding("ctrl+r,f5", "preview", "Preview", id="export.preview"),
        Binding("ctrl+t", "switch", "Export ⇄ import", id="export.switch"),
        Binding("escape", "back", "Back", id="export.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._export_text = ""
        self._exported: ExportChoice | None = None
        self._export_notes: tuple[str, ...] = ()
        """What the user should know before sharing the previewed packet
        (``notes_for_user``), told again once it is written."""
        self._preview_status = catalogue.EXPORT_PREPARING
        """What the status said of the last preview, shown again once an error
        about a field no longer holds."""
        self._error_about = ""
        """The field the status line's error is about; empty when none is shown."""
        self._since_waiting: Timer | None = None
        """The preview put off until typing in "Since" pauses, while one is."""
        self._import_report: ImportReport | None = None
        self._previewed: ImportChoice | None = None
        self._shown_report: ImportReport | None = None

    # --- layout --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        start_month = self.profile.fiscal_year_start_month if self.profile else 1
        quarters = quarters_with_wins(self.store.wins(), start_month)
        quarter_options = [(catalogue.EXPORT_ALL_QUARTERS, ALL_QUARTERS)]
        quarter_options += [(str(q), str(q)) for q in quarters]

        with TabbedContent(initial=EXPORT_TAB, id="export-tabs"):
            with TabPane(catalogue.EXPORT_TAB, id=EXPORT_TAB):
                with Vertical(classes="pane"):
                    yield Static(catalogue.EXPORT_INTRO, classes="hint")
                    with Horizontal(classes="field-row"):
                        yield Label(catalogue.EXPORT_FORMAT, classes="field-label")
                        yield Select(
                            [
                                (catalogue.EXPORT_FORMAT_PACKET, PACKET),
                                (catalogue.EXPORT_FORMAT_DUMP, DUMP),
                            ],
                            value=PACKET,
                            allow_blank=False,
                            compact=True,
                            id="export-kind",
                        )
                    with Horizontal(classes="field-row", id="filter-row"):
                        yield Label(catalogue.EXPORT_SINCE, classes="field-label")
                        yield WholeInput(
                            placeholder=catalogue.EXPORT_SINCE_HINT,
                            compact=True,
                            id="since",
                        )
                        yield Label(catalogue.EXPORT_QUARTER, id="quarter-label")
                        yield Select(
                            quarter_options,
                            value=ALL_QUARTERS,
                            allow_blank=False,
                            compact=True,
                            id="quarter",
                        )
                    # In the filters' place while the dump is chosen: it has none.
                    yield Static(
                        catalogue.EXPORT_DUMP_NO_FILTERS,
                        id="filter-note",
                        classes="hint",
                    )
                    with Horizontal(classes="field-row"):
                        yield Label(catalogue.EXPORT_PATH, classes="field-label")
                        yield WholeInput(
                            self._offered_path(PACKET),
                            compact=True,
                            id="export-path",
                        )
                    yield Static(
                        catalogue.EXPORT_PREPARING,
                        id="export-status",
                        classes="status",
                        markup=False,
                    )
                    yield MarkdownPreview(id="export-preview", classes="preview")
            with TabPane(catalogue.IMPORT_TAB, id=IMPORT_TAB):
                with Vertical(classes="pane"):
                    yield Static(catalogue.IMPORT_INTRO, classes="hint")
                    with Horizontal(classes="field-row"):
                        yield Label(catalogue.IMPORT_PATH, classes="field-label")
                        yield WholeInput(
                            placeholder=catalogue.IMPORT_PATH_HINT,
                            compact=True,
                            id="import-path",
                        )
                    with Horizontal(classes="field-row"):
                        yield Label(catalogue.IMPORT_KIND, classes="field-label")
                        yield Select(
                            [
                                (catalogue.IMPORT_KIND_DETECT, DETECT),
                                (catalogue.IMPORT_KIND_DUMP, FORMAT_DUMP),
                                (catalogue.IMPORT_KIND_JRNL, FORMAT_JRNL),
                                (catalogue.IMPORT_KIND_MARKDOWN, FORMAT_MARKDOWN),
                            ],
                            value=DETECT,
                            allow_blank=False,
                            compact=True,
                            id="import-kind",
                        )
                    yield Static(
                        catalogue.IMPORT_STATUS_START,
                        id="import-status",
                        classes="status",
                        markup=False,
                    )
                    yield ReportPreview(
                        read_only=True,
                        show_line_numbers=False,
                        highlight_cursor_line=False,
                        placeholder=catalogue.IMPORT_PREVIEW_PLACEHOLDER,
                        id="import-preview",
                        classes="preview",
                    )
                    # A scroll bar alone is easy to miss, and without colour it
                    # is not drawn at all.
                    yield Static(catalogue.IMPORT_MORE, id="import-more")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#filter-note").display = False
        self.query_one("#import-more").display = False
        self.watch(
            self.query_one("#import-preview", ReportPreview),
            "more_below",
            self._more_below_changed,
        )
        self.query_one("#export-kind", Select).focus()
        self.refresh_export_preview()

    # --- which tab is showing --------------------------------------------------------

    @property
    def on_import_tab(self) -> bool:
        """True while the import tab is the one showing."""
        # Asked while the footer is drawn, possibly before the tabs are mounted.
        tabs = self.query(TabbedContent)
        return bool(tabs) and tabs.first().active == IMPORT_TAB

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.refuses_change(action):
            return False
        # Ctrl+S writes on one tab and imports on the other; only one is offered.
        if action == "write":
            return not self.on_import_tab
        if action == "run_import":
            return self.on_import_tab
        return True

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()
        first = "#import-path" if self.on_import_tab else "#export-kind"
        self.query_one(first).focus()

    def action_switch(self) -> None:
        """Show the other tab."""
        tabs = self.query_one("#export-tabs", TabbedContent)
        tabs.active = EXPORT_TAB if self.on_import_tab else IMPORT_TAB

    def action_back(self) -> None:
        self.dismiss()

    def action_preview(self) -> None:
        """Show again what would be written or imported, from the fields as typed."""
        if self.on_import_tab:
            self._preview_import()
        else:
            self.refresh_export_preview()

    # --- export --------------------------------------------------------------------

    def _export_status(self, text: str, error: bool = False, about: str = "") -> None:
        """Say ``text`` under the fields; an error names the field it is
        ``about`` ("#since", "#export-path"), so editing that field clears it."""
        status = self.query_one("#export-status", Static)
        status.update(text)
        status.set_class(error, "error")
        self._error_about = about if error else ""

    def _export_choice(self) -> ExportChoice:
        """The export asked for by the fields.

        Raises:
            CareerClimbError: when the date or the quarter cannot be read.
        """
        kind = str(self.query_one("#export-kind", Select).value)
        if kind == DUMP:
            # The dump is always complete; its filter fields are greyed out.
            return ExportChoice(kind, None, None)
        since_text = self.query_one("#since", Input).value.strip()
        quarter_text = str(self.query_one("#quarter", Select).value)
        start_month = self.profile.fiscal_year_start_month if self.profile else 1
        today = self.clock.today()
        since = parse_date(since_text, today) if since_text else None
        if starts_after_today(since, None, today):
            raise CareerClimbError(
                catalogue.EXPORT_SINCE_AHEAD.format(since=since, today=today)
            )
        quarter = (
            None
            if quarter_text == ALL_QUARTERS
            else parse_quarter(quarter_text, start_month)
        )
        if quarter is not None and filters_apart(since, quarter):
            raise CareerClimbError(
                catalogue.EXPORT_FILTERS_APART.format(
                    since=since, quarter=quarter, last=quarter.last_day
                )
            )
        return ExportChoice(kind, since, quarter)

    def refresh_export_preview(self) -> None:
        """Build the export again and show it; nothing is written."""
        self._preview_export()

    @work(exclusive=True, group="export")
    async def _preview_export(self) -> None:
        try:
            choice = self._export_choice()
        except CareerClimbError as error:
            self._exported = None
            self._export_status(error.message, error=True, about="#since")
            return

        store, clock = self.store, self.clock
        ladder, profile = self.ladder, self.profile

        def build() -> tuple[str, tuple[str, ...]]:
            if choice.kind == DUMP:
                return export_dump(store, clock.now()), ()
            packet = collect_packet(
                store,
                ladder,
                profile,
                clock.today(),
                since=choice.since,
                quarter=choice.quarter,
            )
            return render_packet(packet), notes_for_user(packet)

        built = await self.careerclimb.run_store(build, failure=catalogue.EXPORT_FAILED)
        if built is None:
            return
        text, notes = built
        self._export_text = text
        self._export_notes = notes
        self._exported = choice
        self.query_one("#export-preview", MarkdownPreview).load_text(text)
        what = what_is_written(choice.kind)
        status = catalogue.EXPORT_STATUS_PREVIEW.format(
            what=what, lines=text.count("\n")
        )
        if getattr(store, "encrypted", False):
            status = f"{status} {catalogue.EXPORT_PLAIN_TEXT_WARNING}"
        # Told here, above the preview: the packet itself is for the committee.
        status = " ".join((status, *notes))
        self._preview_status = status
        self._export_status(status)

    def _offered_path(self, kind: str) -> str:
        """The path offered for an export of ``kind``: in the folder the last
        export went to, or in the home folder before any was written."""
        usual = default_export_path(kind, self.clock.today())
        return self.careerclimb.offered_export_path(usual)

    @on(Select.Changed, "#export-kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        today = self.clock.today()
        defaults = {self._offered_path(kind) for kind in (PACKET, DUMP)}
        defaults |= {default_export_path(kind, today) for kind in (PACKET, DUMP)}
        kind = str(event.value)
        # The default path follows the format; a name of the user's own keeps its
        # name and only swaps the extension, so a dump never lands in a .md file.
        if path.value in defaults:
            followed = self._offered_path(kind)
        else:
            followed = path_for_kind(path.value, kind)
        if followed != path.value:
            path.value = followed
            # Typing in the field then adds to the new path, at its end.
            path.cursor_position = len(path.value)
        dump = kind == DUMP
        filters = self.query_one("#filter-row")
        filters.disabled = dump
        filters.display = not dump
        self.query_one("#filter-note").display = dump
        self.refresh_export_preview()

    @on(Select.Changed, "#quarter")
    @on(Input.Submitted, "#since")
    def _filter_changed(self) -> None:
        self._stop_since_wait()
        self.refresh_export_preview()

    @on(Input.Changed, "#since")
    def _since_typed(self, event: Input.Changed) -> None:
        """Preview a readable date once typing pauses; a half-typed one waits
        for Enter or Tab, so it is not blamed while it is being written."""
        self._stop_since_wait()
        try:
            parse_date(event.value, self.clock.today())
        except CareerClimbError:
            return
        self._since_waiting = self.set_timer(SINCE_PAUSE, self._since_paused)

    def _since_paused(self) -> None:
        self._since_waiting = None
        self._refresh_if_filters_moved()

    @on(Input.Blurred, "#since")
    def _since_left(self) -> None:
        self._stop_since_wait()
        self._refresh_if_filters_moved()

    def _stop_since_wait(self) -> None:
        if self._since_waiting is not None:
            self._since_waiting.stop()
            self._since_waiting = None

    def _refresh_if_filters_moved(self) -> None:
        """Preview again unless the fields still ask for what is shown."""
        try:
            moved = self._export_choice() != self._exported
        except CareerClimbError:
            # The preview says why the fields cannot be read.
            moved = True
        if moved:
            self.refresh_export_preview()

    @on(Input.Changed, "#since")
    @on(Input.Changed, "#export-path")
    def _field_edited(self, event: Input.Changed) -> None:
        """An error about a field no longer holds once that field is edited: a
        new date is checked on Enter, a new path on Ctrl+S."""
        if not self._error_about or f"#{event.input.id}" != self._error_about:
            return
        if self._error_about == "#since":
            self._export_status(catalogue.EXPORT_SINCE_EDITED)
        else:
            self._export_status(self._preview_status)

    @on(Input.Submitted, "#export-path")
    async def _path_submitted(self) -> None:
        await self.action_write()

    async def action_write(self) -> None:
        """Write the previewed export, asking before replacing a file."""
        try:
            choice = self._export_choice()
        except CareerClimbError as error:
            self._export_status(error.message, error=True, about="#since")
            # As on the other forms, saving takes the user to what must change.
            self.query_one("#since", Input).focus()
            return
        if choice != self._exported:
            # What was previewed is not what the fields ask for now: show it first.
            self.refresh_export_preview()
            self.notify(catalogue.EXPORT_PREVIEW_FIRST)
            return
        raw_path = self.query_one("#export-path", Input).value.strip()
        if not raw_path:
            self._export_status(
                catalogue.EXPORT_NO_PATH, error=True, about="#export-path"
            )
            self.query_one("#export-path", Input).focus()
            return
        # A bare name lands in the folder the app was started from; the
        # notices name the whole path, so the file can be found again.
        path = Path(raw_path).expanduser().absolute()
        if path.is_dir():
            # A folder gets the file name the field offers by default, as the
            # other export dialogs do.
            usual = default_export_path(choice.kind, self.clock.today())
            path = path / Path(usual).name
            raw_path = str(path)

        named = format_for_name(raw_path)
        if named is not None and named != choice.kind:
            # A packet in a .json file (or a dump in a .md one) reads as neither
            # and fails to import: the name decides, and the new text is shown.
            self.query_one("#export-kind", Select).value = named
            kind = (
                catalogue.EXPORT_KIND_PACKET
                if named == PACKET
                else catalogue.EXPORT_KIND_DUMP
            )
            self.notify(
                catalogue.EXPORT_FORMAT_FOLLOWS_NAME.format(
                    name=path.name, kind=kind, what=what_is_written(named)
                )
            )
            return
        if named is None and path.parent.is_dir() and not path.is_dir():

            async def write_anyway(write: bool | None) -> None:
                if write:
                    await self._write_or_ask(path, choice)

            question = catalogue.EXPORT_ODD_EXTENSION.format(
                name=path.name,
                extension=extensions_of(choice.kind)[0],
                what=what_is_written(choice.kind),
            )
            self.app.push_screen(ConfirmDialog(question), write_anyway)
            return
        await self._write_or_ask(path, choice)

    async def _write_or_ask(self, path: Path, choice: ExportChoice) -> None:
        """Write the export, asking first when it would replace a file."""
        if path.exists() and not path.is_dir():

            async def answered(replace: bool | None) -> None:
                if replace:
                    await self._write(path, choice, overwrite=True)

            question = catalogue.EXPORT_OVERWRITE.format(path=shown_path(path))
            self.app.push_screen(ConfirmDialog(question), answered)
            return
        await self._write(path, choice, overwrite=False)

    async def _write(self, path: Path, choice: ExportChoice, overwrite: bool) -> None:
        """Write the file; the status line then tells this attempt's outcome."""
        text = self._export_text

        def write() -> CareerClimbError | bool:
            try:
                write_private_file(path, text, overwrite=overwrite)
            except CareerClimbError as error:
                return error
            return True

        outcome = await self.careerclimb.run_store(
            write, failure=catalogue.EXPORT_FAILED
        )
        if isinstance(outcome, CareerClimbError):
            failed = outcome
            # An earlier "Wrote …" must not stay under the field after a failure.
            self._export_status(failed.message, error=True, about="#export-path")
            self.query_one("#export-path", Input).focus()
            self.notify(
                failed.message,
                title=failed.title or catalogue.EXPORT_FAILED,
                severity="error",
            )
            return
        if not outcome:
            return
        self.careerclimb.export_written(path)
        what = what_is_written(choice.kind)
        shown = shown_path(path)
        message = catalogue.EXPORT_WROTE.format(what=what, path=shown)
        notes = self._export_notes
        self._export_status(" ".join((message, *notes)))
        self.careerclimb.notify_file(message, shown, title=catalogue.EXPORT_DONE_TITLE)
        # Said again once written: the file may be shared without another look.
        for note in notes:
            self.notify(note, severity="warning")
        if getattr(self.store, "encrypted", False):
            self.notify(catalogue.EXPORT_PLAIN_TEXT_WARNING, severity="warning")

    # --- import --------------------------------------------------------------------

    def _more_below_changed(self, more: bool) -> None:
        self.query_one("#import-more").display = more

    def _import_status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#import-status", Static)
        status.update(text)
        status.set_class(error, "error")

    def _import_choice(self) -> ImportChoice | None:
        raw_path = self.query_one("#import-path", Input).value.strip()
        if not raw_path:
            return None
        kind = str(self.query_one("#import-kind", Select).value)
        return ImportChoice(Path(raw_path).expanduser(), kind)

    def _run_import(self, choice: ImportChoice, dry_run: bool) -> ImportReport:
        text = read_import_file(choice.path)
        return import_text(
            self.store,
            text,
            shown_path(choice.path),
            self.clock.today(),
            format=None if choice.kind == DETECT else choice.kind,
            dry_run=dry_run,
        )

    async def _import_or_say_why(
        self, choice: ImportChoice, dry_run: bool
    ) -> ImportReport | None:
        """Read and import the file off the event loop, or show why that failed.

        On failure, what an earlier file would have added no longer shows: the
        reason takes its place, and the status says nothing was imported. No
        notification repeats it, as one would cover the reason.

        Returns:
            The report, or None when nothing could be imported.
        """

        def attempt() -> ImportReport | CareerClimbError:
            try:
                return self._run_import(choice, dry_run=dry_run)
            except CareerClimbError as error:
                return error

        outcome = await self.careerclimb.run_store(
            attempt, failure=catalogue.IMPORT_FAILED
        )
        if isinstance(outcome, ImportReport):
            return outcome

        self._import_report = None
        self._import_status(catalogue.IMPORT_STATUS_FAILED, error=True)
        reason = outcome.message if outcome is not None else ""
        self._shown_report = None
        self.query_one("#import-preview", TextArea).load_text(reason)
        return None

    @on(Input.Submitted, "#import-path")
    @on(Select.Changed, "#import-kind")
    def _import_fields_changed(self) -> None:
        if self._import_choice() is not None:
            self._preview_import()

    @work(exclusive=True, group="import")
    async def _preview_import(self, asked_to_import: bool = False) -> None:
        """Show what the file would add; ``asked_to_import`` says Ctrl+S led here."""
        choice = self._import_choice()
        self._previewed = None
        if choice is None:
            self._import_status(catalogue.IMPORT_NO_PATH, error=True)
            return
        report = await self._import_or_say_why(choice, dry_run=True)
        if report is None:
            return
        self._previewed = choice
        self._import_report = report
        self._show_report(report)
        status = (
            catalogue.IMPORT_STATUS_PREVIEW
            if report.total_added
            else catalogue.IMPORT_STATUS_NOTHING
        )
        self._import_status(status)
        if asked_to_import and report.total_added:
            self.notify(catalogue.IMPORT_PREVIEW_FIRST)

    def _show_report(self, report: ImportReport) -> None:
        """Show a report, its long lines folded to the width of the preview."""
        preview = self.query_one("#import-preview", TextArea)
        width = preview.wrap_width
        if not preview.show_vertical_scrollbar:
            # Keep room for the scroll bar a long report brings, so lines folded
            # now are not folded again by the preview once it appears.
            width -= preview.styles.scrollbar_size_vertical
        lines = report_lines(report, width if width > 0 else None)
        preview.load_text("\n".join(lines))
        self._shown_report = report

    def on_resize(self) -> None:
        if self._shown_report is not None:
            # The preview takes its new size on the next refresh.
            self.call_after_refresh(self._show_report, self._shown_report)

    async def action_run_import(self) -> None:
        """Import the previewed file; preview it first when that was not done."""
        choice = self._import_choice()
        report = self._import_report
        if choice is None or choice != self._previewed or report is None:
            # Only a file that could be read is worth a second Ctrl+S.
            self._preview_import(asked_to_import=True)
            return
        if not report.total_added:
            self.notify(catalogue.IMPORT_STATUS_NOTHING)
            return

        done = await self._import_or_say_why(choice, dry_run=False)
        # A second Ctrl+S previews again rather than importing the file twice.
        self._previewed = None
        self._import_report = None
        if done is None:
            return
        self._show_report(done)
        message = catalogue.IMPORT_DONE.format(records=added_text(done))
        self._import_status(message)
        self.notify(message, title=catalogue.IMPORT_DONE_TITLE)
