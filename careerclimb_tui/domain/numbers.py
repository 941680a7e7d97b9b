"""Reading the numbers a person types for a measure."""

from __future__ import annotations

import math
import re

from careerclimb_tui import catalogue
from careerclimb_tui.domain.records import Measure
from careerclimb_tui.errors import CareerClimbError

_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
# In a field that holds one number, a leading dash of any kind can only be a minus:
# word processors and phones turn "-" into an en dash or a minus sign.
_MINUS_SIGNS = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-")
)
_SPACE_AFTER_SIGN = re.compile(r"^([-+])\s+(?=\d)")

LARGEST_AMOUNT = 1e12
"""Beyond this, a typed value is a slip of the keyboard rather than a measure."""


def parse_amount(text: str, field: str) -> float | None:
    """A number typed for a measure, or None when the field is blank.

    A sign ("-5", "+8", "−3", "– 12"), thousands separators and a trailing % are
    accepted.

    Args:
        text: what the user typed.
        field: the field's name, for the message.

    Returns:
        The number, or None for a blank field.

    Raises:
        CareerClimbError: naming the field when the text is not a finite number of
            a sensible size.
    """
    cleaned = text.strip().translate(_MINUS_SIGNS).rstrip("%").strip()
    cleaned = _SPACE_AFTER_SIGN.sub(r"\1", cleaned)
    if not cleaned:
        return None
    if "," in cleaned:
        # "1,000" groups thousands; "1,5" is a decimal comma we will not guess at.
        if not _THOUSANDS.match(cleaned):
            raise CareerClimbError(
                catalogue.NUMBER_DECIMAL_COMMA.format(field=field, text=text),
                exit_code=2,
            )
        cleaned = cleaned.replace(",", "")
    try:
        value = float(cleaned)
    except ValueError:
        raise CareerClimbError(
            catalogue.NUMBER_NOT_A_NUMBER.format(field=field, text=text), exit_code=2
        ) from None
    if not math.isfinite(value) or abs(value) > LARGEST_AMOUNT:
        raise CareerClimbError(
            catalogue.NUMBER_OUT_OF_RANGE.format(field=field, text=text), exit_code=2
        )
    return value


def is_percentage(text: str) -> bool:
    """True when the user typed the value as a percentage, like ``-40%``."""
    return text.strip().endswith("%")


def measure_from_fields(
    label: str, before_text: str, after_text: str, unit: str
) -> Measure | None:
    """Build a measure from the four fields a person fills in.

    A before and an after make a before → after. An after alone, typed as a
    percentage (``-40%``, or with ``%`` as the unit), is a relative change.

    Args:
        label: what was measured, e.g. "MTTR".
        before_text: the value before the work, as typed.
        after_text: the value after, or the relative change, as typed.
        unit: the unit, e.g. "minutes".

    Returns:
        The measure, or None when every field is blank.

    Raises:
        CareerClimbError: when a value is not a number, or only half a measure is
            given.
    """
    label, unit = label.strip(), unit.strip()
    before = parse_amount(before_text, catalogue.LOG_MEASURE_BEFORE)
    after = parse_amount(after_text, catalogue.LOG_MEASURE_AFTER)
    if before is None and after is None and not label and not unit:
        return None
    if before is None and after is not None:
        if is_percentage(after_text) or unit == "%":
            return Measure(change_pct=after, label=label)
    if before is None or after is None:
        raise CareerClimbError(catalogue.LOG_MEASURE_INCOMPLETE, exit_code=2)
    return Measure(before=before, after=after, unit=unit, label=label)
