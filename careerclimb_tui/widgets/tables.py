"""Tables whose columns are fitted to the terminal's width each time they are drawn."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual.binding import Binding
from textual.widgets import DataTable


def clear_columns(table: DataTable[Any], columns: Iterable[tuple[str, str]]) -> None:
    """Empty the table and give it these columns again, measured anew.

    A table emptied of its rows keeps each column as wide as the widest cell it
    ever held, so one drawn wide and then again for a narrower terminal would
    scroll sideways by the cells it lost. Adding the columns again lets them fit
    what is drawn next.

    Args:
        table: the table to empty.
        columns: each column's key and heading, in order.
    """
    table.clear(columns=True)
    for key, heading in columns:
        table.add_column(heading, key=key)


class RowTable(DataTable[Any]):
    """A table of rows whose Home and End keys go to its first and last row.

    A plain table's Home and End only scroll sideways, which a table of rows
    fitted to the terminal never needs.
    """

    BINDINGS = [
        Binding("home", "first_row", "First row", show=False),
        Binding("end", "last_row", "Last row", show=False),
    ]

    def __init__(
        self,
        *,
        before_last_row: Callable[[], None] | None = None,
        id: str | None = None,
    ) -> None:
        """Args:
        before_last_row: called before End moves the cursor, so a table drawn
            a page at a time can draw the rest of its rows first.
        id: the widget's id.
        """
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._before_last_row = before_last_row

    def action_first_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_last_row(self) -> None:
        if self._before_last_row is not None:
            self._before_last_row()
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)
