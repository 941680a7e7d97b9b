"""Tables whose columns are fitted to the terminal's width each time they are drawn."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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
