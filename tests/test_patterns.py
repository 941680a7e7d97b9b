"""Patterns declared at import and compiled on their first use."""

from __future__ import annotations

import re

import pytest

from careerclimb_tui.domain.patterns import lazy_compile


def test_a_pattern_is_not_compiled_until_it_is_first_used() -> None:
    pattern = lazy_compile(r"(?P<n>\d+) minutes", re.IGNORECASE)
    assert pattern._compiled is None
    found = pattern.search("down to 12 MINUTES")
    assert found is not None and found.group("n") == "12"
    assert found.re is pattern.compiled


@pytest.mark.parametrize(
    ("method", "args", "expected"),
    [
        ("search", ("a 12 b",), "12"),
        ("match", ("12 b",), "12"),
        ("fullmatch", ("12",), "12"),
        ("findall", ("1 and 22",), ["1", "22"]),
        ("sub", ("#", "1 and 22"), "# and #"),
    ],
)
def test_every_method_answers_as_the_compiled_pattern_would(
    method: str, args: tuple[str, ...], expected: object
) -> None:
    lazy = lazy_compile(r"\d+")
    eager = re.compile(r"\d+")
    got = getattr(lazy, method)(*args)
    want = getattr(eager, method)(*args)
    if isinstance(got, re.Match):
        assert isinstance(want, re.Match)
        assert got.group() == want.group() == expected
    else:
        assert got == want == expected


def test_a_search_can_be_limited_to_part_of_the_text() -> None:
    pattern = lazy_compile(r"\d+")
    assert pattern.search("ab 12", 0, 3) is None
    assert [m.group() for m in pattern.finditer("1 22 333", 2)] == ["22", "333"]
