"""Whether a win's text already states its measure, so it is not said twice."""

from __future__ import annotations

import math
import re

from careerclimb_tui.domain.framing import RATE_WORDS, rate_percent
from careerclimb_tui.domain.records import Measure, describe_measure
from careerclimb_tui.domain.sentences import without_full_stop

# A number as people write one in a sentence: "3", "1.5", "1,200", "-4"; after a
# money sign it may carry a scale, as amounts of money are written: "$12k".
_NUMBER = re.compile(
    r"(?P<currency>[$€£¥₹]\s?)?"
    r"(?P<number>(?<![\w.])[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # "1,200"
    r"|[-−]?\d+(?:\.\d+)?)"
    r"(?(currency)(?:\s?(?P<scale>(?i:k|mm|m|bn|thousand|million|billion))"
    r"(?![\w])))?"
)
_RATE_NUMBER = r"[0-9]{1,3}(?:,[0-9]{3}){1,2}(?![0-9])|[0-9]{1,7}|" + "|".join(
    sorted(RATE_WORDS, key=len, reverse=True)
)
# A share written as a rate: "1 in 5", "one in twenty", "one time in five".
_RATE = re.compile(
    rf"(?<![\w.,])(?P<count>{_RATE_NUMBER})(?![\w.,]?[0-9])"
    r"(?:\s{1,3}times?)?\s{1,3}in\s{1,3}(?:every\s{1,3})?"
    rf"(?P<out_of>{_RATE_NUMBER})(?![\w.,]?[0-9])(?!\w)",
    re.IGNORECASE,
)
_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
}


def numbers_in(text: str) -> tuple[float, ...]:
    """Every number written in a text, in order.

    Args:
        text: any text, such as a win's title.

    Returns:
        The numbers, thousands separators dropped; a minus sign kept; an
        amount of money with its scale worked out ("$12k" is 12000).
    """
    found = []
    for match in _NUMBER.finditer(text):
        written = match.group("number").replace(",", "").replace("−", "-")
        scale = _SCALES.get((match.group("scale") or "").casefold(), 1.0)
        found.append(float(written) * scale)
    return tuple(found)


def states_measure(text: str, measure: Measure) -> bool:
    """True when a text already states a measure's numbers.

    A before → after is stated when both its numbers are written in the text;
    a change in percent or an amount of change alone, when its figure is. A
    share written as a rate states its percentage: "1 in 5" states 20%.

    Args:
        text: the text the measure would be added to.
        measure: the measure.

    Returns:
        Whether adding the measure would only repeat the text's numbers.
    """
    written = [abs(number) for number in numbers_in(text)]
    for rate in _RATE.finditer(text):
        share = rate_percent(rate.group("count"), rate.group("out_of"))
        if share is not None:
            written.append(share)

    def stated(value: float) -> bool:
        return any(math.isclose(abs(value), number) for number in written)

    if measure.before is not None and measure.after is not None:
        return stated(measure.before) and stated(measure.after)
    if measure.change_pct is not None:
        return stated(measure.change_pct)
    if measure.amount is not None:
        return stated(measure.amount)
    return False


def with_measure(text: str, measure: Measure | None) -> str:
    """A text with its measure added in brackets, unless it states it already.

    Args:
        text: a win's title or change.
        measure: the win's measure, if any.

    Returns:
        ``text (measure)`` for a complete measure the text does not state, the
        measure before the text's closing full stop when it ends with one:
        ``sentence (measure).``; ``text`` as it is otherwise.
    """
    if measure is None or not measure.is_complete or states_measure(text, measure):
        return text
    described = describe_measure(measure)
    if not text:
        return f"({described})"
    sentence = without_full_stop(text)
    if sentence != text.rstrip():
        return f"{sentence} ({described})."
    return f"{text} ({described})"
