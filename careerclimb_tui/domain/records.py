"""The records a career is made of: profile, wins and the measures inside them.

Records are plain frozen dataclasses. They know nothing about how they are stored;
``store.convert`` maps them to and from the data file.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from careerclimb_tui import catalogue

FRAMING_IMPACT = "impact"
FRAMING_ACTIVITY = "activity"


@dataclass(frozen=True, slots=True)
class Measure:
    """A measured change: a before and an after, a relative change alone, or an
    amount of change alone ("saved $40k a year")."""

    before: float | None = None
    """The value before the work, when it is known."""
    after: float | None = None
    """The value after the work, when it is known."""
    unit: str = ""
    """What the numbers count: "minutes", "%", "deploys/week"."""
    label: str = ""
    """What was measured, such as "MTTR" or "deploy failures"."""
    change_pct: float | None = None
    """A relative change in percent (negative for a drop), as typed.

    Alone when no values are given; beside a before and an after when the after
    was worked out from the before and this change.
    """
    amount: float | None = None
    """How much the value changed, in ``unit``, when neither end is known.

    Negative for a decrease: a saving of money or time is a cost that fell, so
    "saved $40k a year" is −40000 in "$ a year" and "cut review wait by 2.5
    percentage points" is −2.5 in "points".
    """

    @property
    def is_complete(self) -> bool:
        """True when the measure says how much something changed.

        A before equal to its after, or a change of 0% or of nothing, records no
        change at all.
        """
        if self.before is not None and self.after is not None:
            return self.before != self.after
        if self.change_pct is not None:
            return self.change_pct != 0
        return self.amount is not None and self.amount != 0

    @property
    def percent_change(self) -> float | None:
        """The change in percent, computed from before and after when possible.

        None when the values cross zero ("NPS -12 → 8"): a percentage of a value
        that changed sign says nothing a reader can use.
        """
        if self.change_pct is not None:
            return self.change_pct
        if self.before is None or self.after is None or self.before == 0:
            return None
        if self.before * self.after < 0:
            return None
        return (self.after - self.before) / abs(self.before) * 100


_SEARCH_FOLDS = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        # Letters Unicode does not decompose into a base letter and a mark.
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "Ħ": "H",
        "ħ": "h",
        "ı": "i",
        "ß": "ss",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
    }
)


def fold_for_search(text: str) -> str:
    """Text as search compares it: case-folded, accents dropped ("Über" → "uber",
    "Łukasz" → "lukasz"), curly quotes made straight."""
    if not text.isascii():
        # Decomposed, an accented letter is its base letter and marks to drop.
        parts = unicodedata.normalize("NFKD", text.translate(_SEARCH_FOLDS))
        text = "".join(part for part in parts if not unicodedata.combining(part))
    return text.casefold()


def plain_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags without the "#" they may have been typed with, each once.

    A tag is a word, and "#" only marks it in a search: "#infra" is saved as
    "infra", so searching "#infra" finds it and ``--json`` shows the word.

    Args:
        tags: tags as typed or as read from a file.

    Returns:
        The tags trimmed and unmarked, blanks and repeats left out, in order.
    """
    plain = (tag.strip().lstrip("#").strip() for tag in tags)
    return tuple(dict.fromkeys(tag for tag in plain if tag))


def marked_tag(tag: str) -> str:
    """A tag as a search for it may be typed: ``perf`` → ``#perf``.

    A tag saved with its mark keeps one mark, never two.
    """
    return "#" + tag.lstrip("#")


def format_number(value: float) -> str:
    """Show a number without a needless ``.0``."""
    if value == int(value):
        return str(int(value))
    return f"{value:g}"


def round_half_away(value: float, decimals: int = 0) -> float:
    """Round as readers do: a half goes away from zero, so −62.5 is −63.

    Python's ``round`` sends a half to the even neighbour (62.5 to 62), which
    reads as a mistake in any number shown. The number is rounded as it is
    written, so 0.15 to one decimal is 0.2, not the 0.1 its binary value gives.

    Args:
        value: the number to round.
        decimals: how many decimals to keep.

    Returns:
        The rounded number; a whole number when ``decimals`` is 0.
    """
    if not math.isfinite(value):
        return value
    # Nine decimals first, so that 12.35 − 12.1 (0.2499999…) counts as the 0.25
    # a reader works out.
    written = Decimal(repr(round(value, 9)))
    step = Decimal(1).scaleb(-decimals)
    return float(written.quantize(step, rounding=ROUND_HALF_UP))


def said_number(value: float) -> str:
    """A number as a sentence says it: "12", "2.5", "−5".

    Below zero it takes the minus sign, as every signed change and amount of
    money does ("−40%", "−$300"), so that one sentence never mixes two signs.
    A form's field keeps ``format_number``'s "-", which is what people type.
    """
    shown = format_number(abs(value))
    return f"−{shown}" if value < 0 else shown


def _signed(value: float) -> str:
    """A number with its sign: "−40", "+12", "0"."""
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return f"{sign}{format_number(abs(value))}"


def _signed_percent(value: float) -> str:
    """A change in percent with its sign: "−40%", "+12%"."""
    return f"{_signed(value)}%"


_PERCENT_UNITS = frozenset({"%", "percent", "per cent", "pct", "percentage"})


def is_percent_unit(unit: str) -> bool:
    """True when a measure's numbers are themselves percentages ("%", "percent").

    Args:
        unit: what the numbers count, as typed.

    Returns:
        Whether each number is a rate in percent, such as a change failure rate.
    """
    return " ".join(unit.split()).casefold() in _PERCENT_UNITS


def describe_change(measure: Measure) -> str:
    """How far a measure moved, said so that it reads one way only.

    A measure of a percentage moves in percentage points: 20% → 12% is "−8
    points", because "−40%" beside a rate is easily read as the rate falling by
    40 points. Any other measure moves by its relative change, to the whole
    percent ("−40%").

    Args:
        measure: a measure with a before and an after, or a change alone.

    Returns:
        The signed change; empty when it cannot be said, such as for values
        that cross zero.
    """
    if (
        is_percent_unit(measure.unit)
        and measure.before is not None
        and measure.after is not None
    ):
        points = round_half_away(measure.after - measure.before, 1)
        template = (
            catalogue.MEASURE_CHANGE_POINT
            if abs(points) == 1
            else catalogue.MEASURE_CHANGE_POINTS
        )
        return template.format(change=_signed(points))
    percent = measure.percent_change
    if percent is None:
        return ""
    return _signed_percent(_whole_percent(percent))


def _whole_percent(percent: float) -> float:
    """A change in percent to the whole percent, unless that says more than it is.

    A change that is not total never reads as one: −99.975% is "−99.9", not
    "−100" (all of it gone), and +99.6% is "+99.6", not "+100" (doubled).

    Args:
        percent: the relative change, signed.

    Returns:
        The change rounded to the whole percent, or cut toward zero at one
        decimal when rounding would make it exactly ±100.
    """
    whole = round_half_away(percent)
    if abs(whole) != 100 or percent == whole:
        return whole
    return math.trunc(percent * 10) / 10


_WORDS = re.compile(r"[^\W\d_]+")
"""The words of a measure's name, to tell whether its unit repeats one."""


def describe_measure(
    measure: Measure, named: bool = True, *, moved: bool = False
) -> str:
    """Return a measure as a person would write it: "MTTR 30 → 3 minutes".

    A change typed beside a before → after is said after a comma, never in
    brackets, since the phrase is often shown in brackets itself: "pages per
    week 40 → 24, −40%". The one format wherever a before → after is shown
    with how far it moved.

    Args:
        measure: the measure to describe.
        named: start with what was measured; without it, the unit is said
            whole, since nothing beside the numbers names them.
        moved: say how far a before → after moved even when no change was
            typed ("CI duration 24 → 9 minutes, −63%").

    Returns:
        A short phrase; empty when the measure holds nothing.
    """
    measure = as_typed_saving(measure)
    parts: list[str] = []
    if measure.label and named:
        parts.append(measure.label)
    if measure.before is not None and measure.after is not None:
        if is_percent_unit(measure.unit):
            # Each number carries its % sign: "20% → 12%", never "20 → 12 %".
            before = describe_amount(measure.before, measure.unit)
            after = describe_amount(measure.after, measure.unit)
            parts.append(f"{before} → {after}")
        elif _currency_of(measure.unit):
            # Money carries its sign on each number: "$12,000 → $8,500 a month".
            currency = _currency_of(measure.unit)
            before, after = _money_pair(measure.before, measure.after, currency)
            rate = measure.unit.strip()[len(currency) :].strip()
            rate = unit_after(measure.label if named else "", rate)
            parts.append(f"{before} → {after} {rate}".strip())
        else:
            unit = unit_after(measure.label if named else "", measure.unit)
            parts.append(_count_pair(measure.before, measure.after, unit))
        if measure.change_pct is not None:
            # The after was worked out from a typed change; show the change too,
            # after a comma: the phrase is often shown in brackets itself.
            typed = (
                describe_change(measure)
                if is_percent_unit(measure.unit)
                else _signed_percent(measure.change_pct)
            )
            parts[-1] += f", {typed}"
        elif moved and (change := describe_change(measure)):
            parts[-1] += f", {change}"
    elif measure.change_pct is not None:
        parts.append(_signed_percent(measure.change_pct))
    elif measure.amount is not None:
        return describe_amount_of_change(measure, named)
    elif measure.after is not None:
        parts.append(describe_amount(measure.after, measure.unit, measure.label))
    return " ".join(parts)


def describe_amount_of_change(
    measure: Measure, named: bool = True, *, headed: bool = False
) -> str:
    """An amount of change as a person would say it, as ``describe_measure`` does.

    A saving reads as one: "saved $40,000 a year on cloud spend", "saved 1.5
    hours per engineer per week". A change in percentage points reads "review
    wait −2.5 points"; any other amount carries its sign: "incidents −3",
    "revenue +$2,000 a month".

    Args:
        measure: a measure that holds an amount of change.
        named: say what was measured; without it, the unit is said whole.
        headed: the phrase follows the heading "Saving" (``measure_kind``), so
            a saving is not said to be one again: "$40,000 a year on cloud
            spend".

    Returns:
        The phrase; empty when the measure holds no amount.
    """
    measure = as_typed_saving(measure)
    amount = measure.amount
    if amount is None:
        return ""
    label = measure.label.strip() if named else ""
    if is_saving(measure):
        saved = describe_amount(abs(amount), measure.unit)
        if label:
            on = catalogue.MEASURE_SAVING_ON if headed else catalogue.MEASURE_SAVED_ON
            return on.format(amount=saved, label=label)
        return saved if headed else catalogue.MEASURE_SAVED.format(amount=saved)

    if is_percent_unit(measure.unit) or _is_points(measure.unit):
        template = (
            catalogue.MEASURE_CHANGE_POINT
            if abs(amount) == 1
            else catalogue.MEASURE_CHANGE_POINTS
        )
        said = template.format(change=_signed(amount))
    elif currency := _currency_of(measure.unit):
        sign = "+" if amount > 0 else ""
        rate = unit_after(label, measure.unit.strip()[len(currency) :].strip())
        said = f"{sign}{_money(amount, currency)} {rate}".strip()
    else:
        unit = agreeing(unit_after(label, measure.unit), amount)
        # A round count is written short, as it was typed: "−40k", not "−40000".
        short = _short_count(abs(amount), measure.unit)
        sign = "+" if amount > 0 else "−"
        number = f"{sign}{short}" if short else _signed(amount)
        said = f"{number} {unit}".strip()
    return f"{label} {said}".strip()


def as_typed_saving(measure: Measure) -> Measure:
    """A measure that starts at 0 and falls below it, read as the saving it is.

    "AWS spend" from $0 to −$40k a year is the −$40k typed as an amount of
    change with a before of 0 written in front: the spend did not go below
    nothing, $40k a year was saved. It reads as that saving wherever the
    measure is described.

    Args:
        measure: any measure.

    Returns:
        The amount of change the before and after stand for, when the before
        is 0 and the after a saving (``is_saving``); the measure itself
        otherwise.
    """
    if (
        measure.before != 0
        or measure.after is None
        or measure.after >= 0
        or measure.change_pct is not None
    ):
        return measure
    saving = Measure(amount=measure.after, unit=measure.unit, label=measure.label)
    return saving if is_saving(saving) else measure


def measure_kind(measure: Measure) -> str:
    """The heading a measure is shown under, true to what it holds.

    Args:
        measure: any measure.

    Returns:
        "Before → after" for a before and an after; "Saving" for money or time
        per period cut; "Change" for a change in percent or any other amount.
    """
    measure = as_typed_saving(measure)
    if measure.before is not None and measure.after is not None:
        return catalogue.MEASURE_KIND_BEFORE_AFTER
    if is_saving(measure):
        return catalogue.MEASURE_KIND_SAVING
    return catalogue.MEASURE_KIND_CHANGE


def describe_under_kind(measure: Measure, *, moved: bool = False) -> str:
    """A measure as it is shown on its own line, under ``measure_kind``'s heading.

    The heading already says a saving is one, so the phrase does not say it
    again: "Saving: $40k a year on CI bill", not "Saving: saved …". Every other
    measure reads as ``describe_measure`` has it.

    Args:
        measure: any measure.
        moved: say how far a before → after moved (see ``describe_measure``).

    Returns:
        The phrase to show after the heading; empty when the measure holds
        nothing.
    """
    if measure_kind(measure) == catalogue.MEASURE_KIND_SAVING:
        return describe_amount_of_change(measure, headed=True)
    return describe_measure(measure, moved=moved)


_TIME_UNITS = frozenset(
    "ms msec seconds second secs sec minutes minute mins min hours hour hrs hr "
    "days day weeks week wks wk months month".split()
)
"""Units of time, as measures are kept in them or as people type them."""

_POINT_UNITS = frozenset("points point pts pt pp".split())


def _is_points(unit: str) -> bool:
    """True for a change counted in points, such as of a rate or a score."""
    return " ".join(unit.split()).casefold() in _POINT_UNITS


def is_saving(measure: Measure) -> bool:
    """True when a measure's amount is a saving: money, or time over a period, cut.

    "Saved $40k" and "saved 1.5 hours per engineer per week" are savings; "cut
    p95 latency by 300 ms" is a faster service, not time given back to anyone.

    Args:
        measure: any measure.

    Returns:
        Whether the measure holds a decrease of money, or of time per period.
    """
    measure = as_typed_saving(measure)
    if measure.amount is None or measure.amount >= 0:
        return False
    if _currency_of(measure.unit):
        return True
    head, _, rate = measure.unit.strip().replace("/", " / ", 1).partition(" ")
    return head.casefold() in _TIME_UNITS and bool(rate.strip())


_RATE = re.compile(r"\s*(?:/|\bper\b)\s*", re.IGNORECASE)
"""Where a unit turns into a rate: "reruns/week", "reruns per week"."""

_RATE_ADJECTIVES = {"day": "daily"}
"""Rates whose adjective is not simply the word and "ly" ("weekly")."""


def unit_after(label: str, unit: str) -> str:
    """The unit to say after a measure's numbers, without repeating its name.

    The one rule for every place a measure's name is shown right before its
    numbers. What the name already says is left out: "failures" counted in
    "failures/week" reads "failures 14 → 9 per week", "reruns per week" in
    "reruns/week" reads "reruns per week 14 → 9", and "deploys" counted in
    "deploys" needs no unit at all. Where no name is beside the numbers, pass
    no label: the whole unit is said.

    Args:
        label: what was measured, as shown right before the numbers; may be
            empty.
        unit: what the numbers count, such as "reruns/week" or "%".

    Returns:
        The unit to put after a number: the whole unit when the name says
        neither what it counts nor how often; what the name leaves unsaid
        otherwise.
    """
    words = _WORDS.findall(label)
    named = {_singular(word) for word in words}
    counted, rate = (*_RATE.split(unit.strip(), maxsplit=1), "")[:2]
    counted_words = [_singular(word) for word in _WORDS.findall(counted)]
    # "/week" alone counts nothing the name could repeat.
    counted_said = not counted.strip() or (
        bool(counted_words) and set(counted_words) <= named
    )
    rate_said = bool(rate) and _says_rate(words, rate)
    if counted_said and rate_said:
        return ""
    if counted_said:
        return f"per {rate}" if rate else ""
    if rate_said:
        return counted.strip()
    return unit


def _says_rate(words: list[str], rate: str) -> bool:
    """True when a name says how often, as in "per week", "a week" or "weekly"."""
    said = {word.casefold() for word in words} | {_singular(word) for word in words}
    rate_words = [word.casefold() for word in _WORDS.findall(rate)]
    if len(rate_words) != 1:
        return False
    [period] = rate_words
    adjective = _RATE_ADJECTIVES.get(period, f"{period}ly")
    return _singular(period) in said or adjective in said


def describe_amount(value: float, unit: str, label: str = "") -> str:
    """One number of a measure with its unit, as ``describe_measure`` says it.

    Args:
        value: the number, such as a baseline or a reading.
        unit: what it counts.
        label: what was measured, when it is shown with the number.

    Returns:
        "14 per week" for "Build reruns" in "reruns/week", "14" for "Reruns
        per week"; "14 reruns/week" with no name; "12%" for a percentage,
        whatever its unit is called; a round count from ten thousand up
        short, as it is typed and as money is: "40k pages".
    """
    if is_percent_unit(unit):
        return f"{said_number(value)}%"
    currency = _currency_of(unit)
    if currency:
        rate = unit_after(label, unit.strip()[len(currency) :].strip())
        return f"{_money(value, currency)} {rate}".strip()
    number = _short_count(value, unit) or said_number(value)
    return f"{number} {agreeing(unit_after(label, unit), value)}".strip()


def _short_count(value: float, unit: str) -> str:
    """A round count written short ("40k"), as ``_count_numbers`` writes it;
    empty when it is not round, below ten thousand, or millions of a unit of
    time, where "1.5m" would read as minutes."""
    short = _short_money(value, "")
    counted = set(_split_rate(unit)[0].casefold().split())
    if short.endswith(_MILLIONS) and counted & _TIME_UNITS:
        return ""
    return short


def _count_pair(before: float, after: float, unit: str) -> str:
    """A before → after of a count: "30 → 3 minutes", "4 days → 1 day a week".

    The unit is said once, after the after, unless one of the numbers is 1: then
    each number has its own word, so that "1" is never followed by a plural.
    """
    said_before, said_after = _count_numbers(before, after, unit)
    pair = f"{said_before} → {said_after}"
    if agreeing(unit, before) == agreeing(unit, after):
        return f"{pair} {unit}".strip()
    counted, _ = _split_rate(unit)
    said_before = f"{said_before} {agreeing(counted, before)}"
    return f"{said_before} → {said_after} {agreeing(unit, after)}"


def _count_numbers(before: float, after: float, unit: str) -> tuple[str, str]:
    """The two numbers of a count's before → after, written alike.

    Two round numbers from ten thousand up are written short, as they are
    typed and as amounts of money are: "100k → −40k", never "100000 → −40000".
    Otherwise both are written in full, as are millions of a unit of time,
    where "1.5m" would read as minutes.
    """
    short = _short_count(before, unit), _short_count(after, unit)
    if short[0] and short[1]:
        return short[0], short[1]
    return said_number(before), said_number(after)


_UNIT_RATE = re.compile(r"\s*/|\s+(?:a|an|per|each|every)\s", re.IGNORECASE)
"""Where the rate of a unit begins: "reruns/week", "days a week"."""


def _split_rate(unit: str) -> tuple[str, str]:
    """A unit cut into what it counts and its rate: ("days", " a week")."""
    rate = _UNIT_RATE.search(unit)
    if rate is None:
        return unit, ""
    return unit[: rate.start()], unit[rate.start() :]


def agreeing(unit: str, value: float) -> str:
    """A unit as said after a number, singular after 1: "1 day", "1 page a week".

    Args:
        unit: what the number counts, as kept ("days", "reruns/week").
        value: the number said before it.

    Returns:
        The unit with what it counts made singular when the number is 1 or −1;
        the unit as it is otherwise.
    """
    if abs(value) != 1:
        return unit
    counted, rate = _split_rate(unit)
    head, space, last = counted.rpartition(" ")
    return f"{head}{space}{_one_of(last)}{rate}"


def _one_of(word: str) -> str:
    """A plural noun made singular, as spelled: "Days" → "Day", "PRs" → "PR"."""
    folded = word.casefold()
    if len(folded) <= 2 or not folded.endswith("s"):
        return word  # "ms" is already both
    if folded.endswith(("ss", "us", "is")):
        return word
    if folded.endswith("ies") and len(folded) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if folded.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]


_CURRENCY_SIGNS = "$€£¥₹"


def _currency_of(unit: str) -> str:
    """The currency sign a unit of money starts with ("$" in "$ a month"), or ""."""
    unit = unit.strip()
    return unit[0] if unit[:1] and unit[0] in _CURRENCY_SIGNS else ""


def _money(value: float, currency: str) -> str:
    """An amount of money as it is written: "$8,500", "€1.50", "−$300", "$40k".

    From ten thousand up, a round amount is written short, as people type it:
    "$40k", "$1.5m".
    """
    return _short_money(value, currency) or _full_money(value, currency)


def _money_pair(before: float, after: float, currency: str) -> tuple[str, str]:
    """Two amounts of money written alike: "$40k → $25k", "$12,000 → $8,500"."""
    short = _short_money(before, currency), _short_money(after, currency)
    if short[0] and short[1]:
        return short[0], short[1]
    return _full_money(before, currency), _full_money(after, currency)


# One letter case for every suffix, so that both sides of a measure read alike:
# "$1.5m → $700k", never "$1.5M → $700k".
_MONEY_SCALES = ((1e9, "bn"), (1e6, "m"), (1e3, "k"))
_MILLIONS = "m"
_SHORT_MONEY_FROM = 10_000
"""Below this, an amount is written in full: "$8,500" is as short as "$8.5k"."""


def _short_money(value: float, currency: str) -> str:
    """A round amount of money written short ("$40k"); empty when not round."""
    size = abs(value)
    if size < _SHORT_MONEY_FROM:
        return ""
    scale, suffix = next(pair for pair in _MONEY_SCALES if size >= pair[0])
    tenths = size / scale * 10
    if tenths != int(tenths):
        return ""  # "$12,345" loses its detail in "$12.3k"
    sign = "−" if value < 0 else ""
    return f"{sign}{currency}{format_number(tenths / 10)}{suffix}"


def _full_money(value: float, currency: str) -> str:
    """An amount of money written in full: "$12,345", "€1.50", "−$300"."""
    sign = "−" if value < 0 else ""
    cents = ".2f" if value != int(value) else ".0f"
    return f"{sign}{currency}{abs(value):,{cents}}"


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


@dataclass(frozen=True)
class Profile:
    """Who the user is on the ladder, and where they are heading."""

    ladder_id: str
    """The ladder the levels come from."""
    current_level: str
    """The level id the user holds now."""
    target_level: str
    """The level id the user is working towards."""
    name: str = ""
    """How the app addresses the user; may be empty."""
    track: str = "software engineer"
    """The job family, shown beside the levels."""
    cycle_closes: dt.date | None = None
    """When the next promotion cycle closes, if the user knows."""
    fiscal_year_start_month: int = 1
    """The month (1–12) in which the user's company starts its year."""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""


@dataclass(frozen=True, slots=True)
class Win:
    """Something that changed because of the user's work, with its evidence."""

    title: str
    """What the user did, in their words."""
    date: dt.date
    """The day it happened (a local calendar date)."""
    what_changed: str = ""
    """What is different for the team, product or org because of it."""
    measure: Measure | None = None
    """The before → after, when there is one."""
    beneficiaries: str = ""
    """Who benefited."""
    noticed_by: str = ""
    """Who outside the user's team noticed."""
    dimensions: tuple[str, ...] = ()
    """Ladder dimension ids the win speaks to."""
    tags: tuple[str, ...] = ()
    """Free tags for the user's own filing."""
    framing: str = FRAMING_ACTIVITY
    """The coach's reading when the win was saved: impact or activity."""
    id: int | None = None
    """Stable id given by the store; None until saved."""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Fields written by another version of the app, kept as they were."""

    @property
    def is_impact(self) -> bool:
        return self.framing == FRAMING_IMPACT

    def with_changes(self, **changes: Any) -> Win:
        """Return a copy with some fields changed."""
        return replace(self, **changes)

    def search_text(self) -> str:
        """All the text of the win, lower-cased, for search-as-you-type.

        Each tag is there twice, as typed and marked ``#``, so that a search
        for ``#perf`` finds the win tagged ``perf`` as jrnl users write it.
        """
        pieces = [
            self.title,
            self.what_changed,
            self.beneficiaries,
            self.noticed_by,
            " ".join(self.dimensions),
            " ".join(self.tags),
            " ".join(marked_tag(tag) for tag in self.tags),
        ]
        if self.measure is not None:
            pieces.append(describe_measure(self.measure))
        return fold_for_search("\n".join(pieces))
