"""Reading the numbers a person types for a measure."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

from careerclimb_tui import catalogue
from careerclimb_tui.domain.records import (
    Measure,
    as_typed_saving,
    describe_amount,
    format_number,
    is_percent_unit,
)
from careerclimb_tui.errors import CareerClimbError

_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
# "1.000" is a thousand in much of Europe and one to three decimal places
# elsewhere; a leading zero ("0.250") can only be decimals.
_DOT_THOUSANDS = re.compile(r"^[-+]?[1-9]\d{0,2}(?:\.\d{3})+$")
# Digits with dots and commas among them: a figure, however it is punctuated.
_FIGURE = re.compile(r"^[-+]?[\d.,]*\d[\d.,]*$")
# In a field that holds one number, a leading dash of any kind can only be a minus:
# word processors and phones turn "-" into an en dash or a minus sign.
_MINUS_SIGNS = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-")
)
_SPACE_AFTER_SIGN = re.compile(r"^([-+])\s+(?=\d)")
_CURRENCY_SIGNS = "$€£¥₹"
# A money sign before the figure, on either side of its sign: "$40k", "-$40k".
_CURRENCY_LEAD = re.compile(r"^([-+]?)\s?([$€£¥₹])\s?")
# A figure with the scale amounts are written with: "40k", "1.5m", "2 million".
_SCALED = re.compile(
    r"^(?P<figure>[-+]?[\d.,]*\d)\s?(?P<scale>k|m|bn|thousand|million|billion)$",
    re.IGNORECASE,
)
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}
_SCALES |= {"bn": 1e9, "billion": 1e9}

LARGEST_AMOUNT = 1e12
"""Beyond this, a typed value is a slip of the keyboard rather than a measure:
a million million is more than any count, time or rate a team would track."""

_UNIT_WORD = re.compile(r"[^\W\d_]+")
# Where a unit turns into a rate: "reruns/week", "pages a week", "bugs per sprint".
_UNIT_RATE = re.compile(r"/|\b(?:per|a|an|each|every)\b", re.IGNORECASE)
_MAY_GO_BELOW_ZERO = frozenset(
    "points point pts pt pp degrees degree score scores nps db delta change "
    "changes net balance margin margins profit growth difference offset dollars "
    "euros pounds usd eur gbp".split()
)
"""Words of a unit whose numbers may fall below zero: scores, changes, money."""
# Time may be an offset as well as a length: a release 2 days late is -2 days
# ahead, so a unit of time is no count; it starts at zero only as a length of
# time (see ``is_duration``).
_TIME = frozenset(
    "ms msec msecs s sec secs second seconds min mins minute minutes h hr hrs "
    "hour hours d day days wk wks week weeks month months year years".split()
)
_DATA_SIZES = frozenset("b byte bytes kb mb gb tb kib mib gib tib".split())
"""Units of data, which start at zero however they are written."""


def parse_amount(text: str, field: str, unit: str = "") -> float | None:
    """A number typed for a measure, or None when the field is blank.

    A sign ("-5", "+8", "−3", "– 12"), thousands separators, a trailing %, a
    leading money sign ("$40k") and a scale ("40k", "1.5m", "2bn") are accepted;
    see ``read_amount``.

    Args:
        text: what the user typed.
        field: the field's name, for the message.
        unit: the measure's unit, when known: in a unit of time "20m" is not
            read as a million.

    Returns:
        The number, or None for a blank field.

    Raises:
        CareerClimbError: naming the field when the text is not a finite number of
            a sensible size.
    """
    return read_amount(text, field, unit)[0]


def read_amount(text: str, field: str, unit: str = "") -> tuple[float | None, str]:
    """A number typed for a measure, and the money sign it was typed with.

    Amounts are written as people write them: "$40k" is 40,000 dollars,
    "-1.5m" is minus a million and a half, "2 billion" is 2,000,000,000. An "m"
    after a figure is a million, except in a measure counted in time, where
    "20m" is more likely twenty minutes and is refused rather than guessed.

    Args:
        text: what the user typed.
        field: the field's name, for the message.
        unit: the measure's unit, when known.

    Returns:
        The number (None for a blank field) and the money sign typed before it
        ("$"), or "" when none was.

    Raises:
        CareerClimbError: naming the field when the text is not a finite number of
            a sensible size.
    """
    cleaned = text.strip().translate(_MINUS_SIGNS).rstrip("%").strip()
    cleaned = _SPACE_AFTER_SIGN.sub(r"\1", cleaned)
    currency = ""
    lead = _CURRENCY_LEAD.match(cleaned)
    if lead:
        currency = lead.group(2)
        cleaned = lead.group(1) + cleaned[lead.end() :]
    scale = 1.0
    scaled = _SCALED.match(cleaned)
    if scaled and not (scaled["scale"].casefold() == "m" and _counts_time(unit)):
        cleaned, scale = scaled["figure"], _SCALES[scaled["scale"].casefold()]
    if not cleaned and not currency:
        return None, ""
    if is_ambiguous_figure(cleaned):
        raise CareerClimbError(
            catalogue.NUMBER_DECIMAL_COMMA.format(field=field, text=text),
            exit_code=2,
        )
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    try:
        value = float(cleaned)
    except ValueError:
        raise CareerClimbError(
            catalogue.NUMBER_NOT_A_NUMBER.format(field=field, text=text), exit_code=2
        ) from None
    # Rounded so that "1.1k" is 1100, not 1100.0000000000002.
    return amount_in_range(round(value * scale, 9), field, text), currency


def _counts_time(unit: str) -> bool:
    """True when a unit is counted in time: "minutes", "hours a week"."""
    counted = _UNIT_RATE.split(unit.strip(), maxsplit=1)[0]
    return bool(set(_words(counted)) & _TIME)


def amount_in_range(value: float, field: str, text: str) -> float:
    """The value, once it is known to be one a measure could hold.

    "inf" and "nan" read as numbers to Python but say nothing about a team;
    a figure beyond ``LARGEST_AMOUNT`` either way is a slip of the keyboard.

    Args:
        value: the number read from the text.
        field: the field's name, for the message.
        text: what the user typed, quoted in the message.

    Returns:
        ``value`` itself.

    Raises:
        CareerClimbError: saying why, and the largest figure taken when it is
            too large.
    """
    if not math.isfinite(value):
        raise CareerClimbError(
            catalogue.NUMBER_NOT_FINITE.format(field=field, text=text), exit_code=2
        )
    if abs(value) > LARGEST_AMOUNT:
        raise CareerClimbError(
            catalogue.NUMBER_OUT_OF_RANGE.format(
                field=field, text=text, limit=f"{LARGEST_AMOUNT:,.0f}"
            ),
            exit_code=2,
        )
    return value


def is_ambiguous_figure(text: str) -> bool:
    """True when a typed figure's dots and commas could be read two ways.

    "1,000" groups thousands and "1.5" has decimals; "1,5" and "1.000" mean
    different numbers in different countries, so they are not guessed at.
    Text that is not a figure at all ("abc", "8 engineers") is not ambiguous:
    it is not a number.

    Args:
        text: a typed value, its sign and any % already tidied away.

    Returns:
        Whether the value is digits whose separators are ambiguous.
    """
    if not _FIGURE.match(text) or _THOUSANDS.match(text):
        return False
    return "," in text or bool(_DOT_THOUSANDS.match(text))


def counts_things(unit: str) -> bool:
    """True when a unit counts things, so its numbers start at zero.

    Pages, reruns a week, tickets and gigabytes cannot go below zero; a
    percentage, points, a score, money or a temperature can, and so can time
    (a release 2 days late) and a number with no unit, which could be anything.

    Args:
        unit: what the numbers count, as typed ("pages", "reruns/week").

    Returns:
        Whether the unit names a count: a unit of data, or things named in
        the plural, with no word of time or of a unit that may go below zero.
    """
    unit = unit.strip()
    if not unit or is_percent_unit(unit) or unit[0] in "$€£¥₹":
        return False
    counted = _UNIT_RATE.split(unit, maxsplit=1)[0]
    words = {word.casefold() for word in _UNIT_WORD.findall(counted)}
    if not words or words & (_MAY_GO_BELOW_ZERO | _TIME):
        return False
    return any(
        word in _DATA_SIZES or (len(word) > 2 and word.endswith("s")) for word in words
    )


_SHARE_WORDS = frozenset(
    "share shares proportion fraction coverage uptime availability utilisation "
    "utilization".split()
)
"""Words naming part of a whole, which cannot be below none of it."""
_RATE_WORDS = frozenset(("rate", "rates"))
_SIGNED_RATE = _MAY_GO_BELOW_ZERO | frozenset(
    "inflation interest return returns yield".split()
)
"""Words before (or after "of") a rate that may be below zero: a growth rate."""
_SHARE_OF = re.compile(r"%\s*of\b|\bper\s*cent(?:age)?\s+of\b", re.IGNORECASE)
_OFFSET_WORDS = frozenset(
    "late early ahead behind slip slips slipped slippage offset drift skew "
    "overrun delta difference diff saved saving savings".split()
)
"""Words that make a length of time an offset, which may be below zero."""


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _UNIT_WORD.findall(text)]


def names_share(text: str) -> bool:
    """True when a unit or a measure's name is a share or a rate of something.

    "% of deploys", "change failure rate" and "test coverage" cannot go below
    zero; "growth rate" or "rate of change" can.

    Args:
        text: a unit or what is measured, as typed.

    Returns:
        Whether the words name a share, or a rate that is not a change.
    """
    if _SHARE_OF.search(text):
        return True
    words = _words(text)
    for index, word in enumerate(words):
        if word in _SHARE_WORDS:
            return True
        if word not in _RATE_WORDS:
            continue
        # The words either side, past an "of": "growth rate", "rate of change".
        after = [w for w in words[index + 1 : index + 3] if w != "of"][:1]
        beside = {*words[index - 1 : index][:1], *after}
        if not beside & _SIGNED_RATE:
            return True
    return False


_CHANGE_WORDS = frozenset(
    "increase increases decrease decreases reduction reductions improvement "
    "improvements rise drop drops".split()
)
"""Words that make a percentage a change of things rather than a share of them."""


def is_share(unit: str, metric: str = "") -> bool:
    """True when a measure is part of a whole, which runs from none to all of it.

    A unit or a name that says so ("% of deploys", "test coverage") makes one,
    and so does a bare percentage of things counted in the name: 31% of
    "builds retried" is a share of the builds, as "% of builds" would be.

    Args:
        unit: what the numbers count, as typed.
        metric: what is measured, when it is named.

    Returns:
        Whether the numbers are a share, so below zero or past all of it is a slip.
    """
    if names_share(unit) or names_share(metric):
        return True
    if not is_percent_unit(unit) or set(_words(metric)) & _CHANGE_WORDS:
        return False
    return counts_things(metric)


def is_duration(unit: str, metric: str = "") -> bool:
    """True when a measure is a length of time, which starts at zero.

    A lead time in hours or "minutes of downtime" cannot go below zero; time
    named as an offset ("days late", "hours ahead of plan") can.

    Args:
        unit: what the numbers count ("hours", "min per deploy").
        metric: what is measured, when it is named ("Lead time for changes").

    Returns:
        Whether the unit is a unit of time and neither it nor the name makes
        it an offset.
    """
    counted = _UNIT_RATE.split(unit.strip(), maxsplit=1)[0]
    if not set(_words(counted)) & _TIME:
        return False
    return not set(_words(f"{unit} {metric}")) & _OFFSET_WORDS


def starts_at_zero(unit: str, metric: str = "") -> bool:
    """True when a measure's numbers cannot go below zero.

    A count of things, a share or a rate of them, and a length of time all
    start at zero; points, a score, money, a change and time early or late may
    be below it, and so may a number with nothing to say what it is.

    Args:
        unit: what the numbers count, as typed.
        metric: what is measured, when it is named.

    Returns:
        Whether a number below zero is a slip rather than a measure.
    """
    unit = unit.strip()
    if unit[:1] in "$€£¥₹" or set(_words(unit)) & _MAY_GO_BELOW_ZERO:
        return False
    if counts_things(unit) or is_share(unit, metric):
        return True
    return is_duration(unit, metric)


# Signs that name what a number counts although Unicode files them as
# punctuation: "%" and its kin.
_UNIT_SIGNS = frozenset("%‰‱")


def is_number_unit(unit: str) -> bool:
    """True when a unit is typed but names nothing: "800", "1.5", "-".

    A unit says what the numbers count, so it needs a letter ("ms"), a symbol
    ("$", "°C") or a percent sign; digits, spaces and punctuation alone are a
    number typed in the wrong field.

    Args:
        unit: the unit as typed.

    Returns:
        Whether the unit holds something but no letter, symbol or percent sign.
    """
    if not unit.strip():
        return False
    return not any(
        char in _UNIT_SIGNS or unicodedata.category(char)[0] in "LS" for char in unit
    )


def refuse_number_unit(unit: str) -> None:
    """Refuse a unit that is a number or punctuation (see ``is_number_unit``).

    Args:
        unit: the unit as typed.

    Raises:
        CareerClimbError: a usage error naming the unit, when it names nothing.
    """
    if is_number_unit(unit):
        raise CareerClimbError(
            catalogue.NUMBER_UNIT_NAMES_NOTHING.format(unit=unit.strip()),
            exit_code=2,
        )


_MAY_PASS_WHOLE = frozenset("utilisation utilization".split())
"""Shares of a capacity that may run past all of it: a CPU at 350%."""


def refuse_past_whole(value: float, unit: str, metric: str = "") -> None:
    """Refuse a share in percent above 100: no part is more than the whole.

    "% of builds", a change failure rate or test coverage in percent stops at
    100; a utilisation may pass it, and a percentage that is not a share of
    something (a change, a score) is not checked.

    Args:
        value: a number typed for a measure or a reading.
        unit: what it counts.
        metric: what is measured, when it is named.

    Raises:
        CareerClimbError: when the value is above 100 and the measure is a
            share in percent.
    """
    if value <= 100:
        return
    if not (is_percent_unit(unit) or unit.strip().startswith("%")):
        return
    named = f"{unit} {metric}"
    if set(_words(named)) & _MAY_PASS_WHOLE or not is_share(unit, metric):
        return
    raise CareerClimbError(
        catalogue.NUMBER_SHARE_PAST_WHOLE.format(amount=describe_amount(value, unit)),
        exit_code=2,
    )


def refuse_below_zero(value: float, unit: str, metric: str = "") -> None:
    """Refuse a number below zero where the measure cannot go below zero.

    Args:
        value: a number typed for a measure or a reading.
        unit: what it counts.
        metric: what is measured, when it is named.

    Raises:
        CareerClimbError: when the value is below zero and the measure starts
            at zero (see ``starts_at_zero``), saying what kind of measure it is.
    """
    if value >= 0 or not starts_at_zero(unit, metric):
        return
    amount = describe_amount(value, unit)
    example = describe_amount(abs(value), unit)
    if is_share(unit, metric):
        message = catalogue.NUMBER_NEGATIVE_SHARE.format(amount=amount, example=example)
    elif counts_things(unit):
        counted = _UNIT_RATE.split(unit.strip(), maxsplit=1)[0].strip()
        message = catalogue.NUMBER_NEGATIVE_COUNT.format(
            amount=amount, counted=counted, example=format_number(abs(value))
        )
    else:
        message = catalogue.NUMBER_NEGATIVE_DURATION.format(
            amount=amount, example=example
        )
    raise CareerClimbError(message, exit_code=2)


def is_percentage(text: str) -> bool:
    """True when the user typed the value as a percentage, like ``-40%``."""
    return text.strip().endswith("%")


def measure_from_fields(
    label: str, before_text: str, after_text: str, unit: str
) -> Measure | None:
    """Build a measure from the four fields a person fills in.

    A before and an after make a before → after. An after alone, typed as a
    percentage (``-40%``, or with ``%`` as the unit), is a relative change; typed
    with a sign and a unit (``-2.5`` points, ``-40000`` in "$ a year"), it is an
    amount of change, negative for a decrease or a saving. A
    before with a signed percentage after (20, ``-40%``) is a before → after
    whose after is worked out (12), with the change kept beside it. An amount
    may be written with a scale and a money sign ("-$40k"); the sign becomes the
    unit when there is none, or leads a unit that is only a period ("a year" is
    then "$ a year"). A before of 0 with a saving after is that saving alone.

    Args:
        label: what was measured, e.g. "MTTR".
        before_text: the value before the work, as typed.
        after_text: the value after, or the relative change, as typed.
        unit: the unit, e.g. "minutes".

    Returns:
        The measure, or None when every field is blank.

    Raises:
        CareerClimbError: when the unit is a number, a value is not a number,
            only half a measure is given, a percentage could be read two ways,
            or a before or an after is below zero where the measure starts at
            zero.
    """
    label, unit = label.strip(), unit.strip()
    refuse_number_unit(unit)
    before, before_currency = read_amount(
        before_text, catalogue.LOG_MEASURE_BEFORE, unit
    )
    after, after_currency = read_amount(after_text, catalogue.LOG_MEASURE_AFTER, unit)
    unit = unit_with_currency(
        unit, (before_currency, before_text), (after_currency, after_text)
    )
    if before is None and after is None and not label and not unit:
        return None
    if before is None and after is not None:
        if is_percentage(after_text) or is_percent_unit(unit):
            return Measure(change_pct=after, label=label)
        if _is_signed(after_text) and unit:
            # Without a unit, "NPS" "-12" could as well be the new value.
            return Measure(amount=after, unit=unit, label=label)
    if before is None or after is None:
        raise CareerClimbError(catalogue.LOG_MEASURE_INCOMPLETE, exit_code=2)
    if is_percentage(before_text):
        if unit and not is_percent_unit(unit):
            raise CareerClimbError(
                catalogue.LOG_MEASURE_BEFORE_UNIT_CLASH.format(
                    field=catalogue.LOG_MEASURE_BEFORE, text=before_text, unit=unit
                ),
                exit_code=2,
            )
        unit = "%"
    if is_percentage(after_text):
        measure = _with_percent_after(label, before, after, after_text, unit)
    else:
        measure = Measure(before=before, after=after, unit=unit, label=label)
    # The after worked out from a change ("-140%" of 20 pages) is checked too.
    for value in (measure.before, measure.after):
        refuse_below_zero(value or 0.0, unit, label)
        refuse_past_whole(value or 0.0, unit, label)
    # "0" → "-$40k" is kept as the saving it means, as "-$40k" alone is.
    return as_typed_saving(measure)


def unit_with_currency(
    unit: str, before: tuple[str, str], after: tuple[str, str]
) -> str:
    """A measure's unit once the money signs typed with its values are read.

    Args:
        unit: the unit as typed, stripped.
        before: the money sign typed with the before ("" for none) and the
            before as typed.
        after: the same for the after.

    Returns:
        The unit: the sign when the unit is blank, the sign before a unit that
        only names a period ("a year", "/month"), else the unit as typed
        ("USD", "dollars a year").

    Raises:
        CareerClimbError: naming the value when its sign differs from the other
            value's or from the sign the unit starts with.
    """
    currency = before[0] or after[0]
    if not currency:
        return unit
    at_fault = _sign_at_fault(unit, before[0], after[0])
    if at_fault:
        sign, text = before if at_fault == BEFORE else after
        other = unit[0] if unit[:1] in tuple(_CURRENCY_SIGNS) else before[0]
        field = {BEFORE: catalogue.LOG_MEASURE_BEFORE}.get(
            at_fault, catalogue.LOG_MEASURE_AFTER
        )
        raise CareerClimbError(
            catalogue.NUMBER_CURRENCY_CLASH.format(
                field=field, text=text.strip(), currency=sign, other=other
            ),
            exit_code=2,
        )
    if not unit:
        return currency
    if _UNIT_RATE.match(unit):
        return f"{currency}{unit}" if unit.startswith("/") else f"{currency} {unit}"
    return unit


def _sign_at_fault(unit: str, before_sign: str, after_sign: str) -> str:
    """Which value's money sign disagrees, ``BEFORE``, ``AFTER``, or "" if none.

    The unit's own sign ("€ a year") is what the measure is in; else the
    before's sign is, and an after typed in another is the one to fix.
    """
    given = unit[0] if unit[:1] and unit[0] in _CURRENCY_SIGNS else ""
    expected = given or before_sign
    if before_sign and before_sign != expected:
        return BEFORE
    if after_sign and after_sign != (expected or after_sign):
        return AFTER
    return ""


BEFORE = "before"
AFTER = "after"
"""The two values of a measure, as ``measure_value_at_fault`` names them."""


def measure_value_at_fault(before_text: str, after_text: str, unit: str = "") -> str:
    """Which of a measure's two values to fix when ``measure_from_fields``
    refuses the measure.

    A value that is not a number comes first; then one typed in another
    currency than the measure's; then the blank one of a before →
    after given by half; then an after typed as a percentage, which only some
    befores allow; else the before, where the measure is read from.

    Args:
        before_text: the value before the work, as typed.
        after_text: the value after, or the relative change, as typed.
        unit: the measure's unit, as typed.

    Returns:
        ``BEFORE`` or ``AFTER``.
    """
    signs = {}
    for value, text, field in (
        (BEFORE, before_text, catalogue.LOG_MEASURE_BEFORE),
        (AFTER, after_text, catalogue.LOG_MEASURE_AFTER),
    ):
        try:
            signs[value] = read_amount(text, field, unit)[1]
        except CareerClimbError:
            return value
    at_fault = _sign_at_fault(unit.strip(), signs[BEFORE], signs[AFTER])
    if at_fault:
        return at_fault
    before_given, after_given = bool(before_text.strip()), bool(after_text.strip())
    if before_given != after_given:
        return AFTER if before_given else BEFORE
    if is_percentage(after_text):
        return AFTER
    return BEFORE


def _with_percent_after(
    label: str, before: float, after: float, after_text: str, unit: str
) -> Measure:
    """A before with an after typed as a percentage, read only when unambiguous.

    When the before is itself a percentage, an unsigned after is the new rate
    ("20%" → "3%"). When the before counts something else, only a signed after is
    a change ("-40%" of 20 per week is 12 per week), and the change is kept so
    every display can still show it. Anything else could be read two ways, so it
    is refused rather than guessed.
    """
    signed = _is_signed(after_text)
    if is_percent_unit(unit):
        if signed:
            raise CareerClimbError(
                catalogue.LOG_MEASURE_PERCENT_AMBIGUOUS.format(
                    field=catalogue.LOG_MEASURE_AFTER, text=after_text.strip()
                ),
                exit_code=2,
            )
        return Measure(before=before, after=after, unit=unit, label=label)
    if not signed:
        raise CareerClimbError(
            catalogue.LOG_MEASURE_CHANGE_NEEDS_SIGN.format(
                field=catalogue.LOG_MEASURE_AFTER, text=after_text.strip()
            ),
            exit_code=2,
        )
    # Rounded so that 20 less 40% is stored as 12, not 12.000000000000002.
    new_value = round(before * (1 + after / 100), 9)
    return Measure(
        before=before, after=new_value, unit=unit, label=label, change_pct=after
    )


def _is_signed(text: str) -> bool:
    """True when a typed number starts with a sign: "-40%", "+8", "−3"."""
    return text.strip().translate(_MINUS_SIGNS)[:1] in ("-", "+")


SCALE_JUMP = 1000
"""A number this many times every number it is set beside, or more, or this
many times smaller than each, is more likely a slip of the keyboard (a unit or
a zero off) than a measure."""


def scale_jump(value: float, others: Sequence[float]) -> int:
    """Whether ``value`` is out of all scale with ``others``, and which way.

    Up: ``SCALE_JUMP`` times the largest of them or more, and at least that
    many units, so that small numbers (0.2 → 300) are left alone. Down: as many
    times smaller than the smallest, when neither it nor ``value`` is zero,
    since a count may well fall to zero.

    Args:
        value: the number to check.
        others: the numbers it is compared with; at least one.

    Returns:
        1 for a jump up, -1 for a drop, 0 when the number is in proportion.
    """
    sizes = [abs(other) for other in others]
    if abs(value) >= SCALE_JUMP * max(1.0, *sizes):
        return 1
    if value and min(sizes) and abs(value) * SCALE_JUMP <= min(sizes):
        return -1
    return 0


def measure_jump(measure: Measure | None) -> str:
    """The coach's question when a before → after differ by ``SCALE_JUMP`` times.

    A before of zero is not questioned: there is no "times" to tell, and a
    thing counted from nothing ("0 → 1,200 users") is a result, not a slip.

    Args:
        measure: the win's measure, if any.

    Returns:
        A sentence asking whether a unit or a zero is off; empty otherwise.
    """
    if measure is None or measure.before is None or measure.after is None:
        return ""
    before, after = measure.before, measure.after
    if not before:
        return ""
    way = scale_jump(after, [before])
    if not way:
        return ""
    times = abs(after / before) if way > 0 else abs(before / after)
    template = catalogue.LOG_MEASURE_JUMP if way > 0 else catalogue.LOG_MEASURE_DROP
    return template.format(
        after=format_number(after),
        before=format_number(before),
        times=format_number(round(times)),
    )
