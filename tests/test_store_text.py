"""Any text a person can type survives the store and ``careerclimb wins --json``."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerclimb_tui.cli import main
from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.domain.records import Measure, Profile, Win, plain_tags
from careerclimb_tui.paths import DATA_FILE_NAME
from careerclimb_tui.store import CannotSave, Store

CLOCK = FixedClock(dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc))

HARD_TEXTS = [
    "“Deploys” didn’t ‘fail’ — not once",
    "Thanks 👍🏽 from the 👩🏿‍💻 on-call crew 🏳️‍🌈",
    "שלום עולם — مرحبا بالعالم",
    "部署失败率下降了四成、チームの待ち時間が半分に",
    "first line\nsecond line\n  third line, indented",
    "tab\tcarriage\r\nreturn, nul \x00 and line separator \u2028 end",
    "x" * 49_990 + "end of text",
]

# Hypothesis leaves lone surrogates out of text unless asked for them. Text
# reaches the store as the app takes it in, with no control character but line
# breaks and tabs; a stored text holding others is read without them.
TEXT = st.one_of(st.text(), st.sampled_from(HARD_TEXTS)).map(
    lambda text: plain_text(text, lines=True)
)
TEXTS = st.lists(TEXT, max_size=3).map(tuple)
# Tags as the app keeps them: each a word without its "#", once.
TAGS = TEXTS.map(plain_tags)
WIN_TEXT_FIELDS = ("title", "what_changed", "beneficiaries", "noticed_by")
# An empty track reads back as the default track, so it is never empty here.
PROFILE_TEXT_FIELDS = ("ladder_id", "current_level", "target_level", "name")

SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
WITH_A_SURROGATE = st.tuples(st.text(max_size=5), SURROGATE, st.text(max_size=5)).map(
    "".join
)


@contextmanager
def fresh_store() -> Iterator[Store]:
    """A store in a folder of its own, for one example."""
    with tempfile.TemporaryDirectory() as folder:
        yield Store(Path(folder) / DATA_FILE_NAME, clock=CLOCK)


def wins_json(store: Store) -> list[dict[str, Any]]:
    out = io.StringIO()
    code = main(
        ["--data-dir", str(store.path.parent), "wins", "--json"], clock=CLOCK, out=out
    )
    assert code == 0
    listed: list[dict[str, Any]] = json.loads(out.getvalue())
    return listed


@st.composite
def wins(draw: st.DrawFn) -> Win:
    return Win(
        title=draw(TEXT),
        date=dt.date(2026, 11, 3),
        what_changed=draw(TEXT),
        measure=Measure(before=1, after=2, unit=draw(TEXT), label=draw(TEXT)),
        beneficiaries=draw(TEXT),
        noticed_by=draw(TEXT),
        dimensions=draw(TEXTS),
        tags=draw(TAGS),
        framing=draw(st.sampled_from(["impact", "activity"])),
    )


@settings(max_examples=40, deadline=None)
@given(win=wins())
def test_every_text_field_of_a_win_round_trips_exactly(win: Win) -> None:
    with fresh_store() as store:
        saved = store.add_win(win)

        read = Store(store.path, clock=CLOCK).win(saved.id or 0)
        [listed] = wins_json(store)

    assert read == saved
    for field in WIN_TEXT_FIELDS:
        assert getattr(read, field) == getattr(win, field) == listed[field]
    assert read.dimensions == win.dimensions == tuple(listed["dimensions"])
    assert read.tags == win.tags == tuple(listed["tags"])
    assert read.measure == win.measure
    assert listed["measure"]["unit"] == win.measure.unit  # type: ignore[union-attr]
    assert listed["measure"]["label"] == win.measure.label  # type: ignore[union-attr]


@settings(max_examples=30, deadline=None)
@given(
    texts=st.fixed_dictionaries({field: TEXT for field in PROFILE_TEXT_FIELDS}),
    track=TEXT.filter(bool),
)
def test_every_text_field_of_the_profile_round_trips_exactly(
    texts: dict[str, str], track: str
) -> None:
    profile = Profile(
        ladder_id=texts["ladder_id"],
        current_level=texts["current_level"],
        target_level=texts["target_level"],
        name=texts["name"],
        track=track,
    )

    with fresh_store() as store:
        saved = store.save_profile(profile)
        read = Store(store.path, clock=CLOCK).profile()

    assert read == saved
    assert read is not None and read.track == track
    for field, text in texts.items():
        assert getattr(read, field) == text


@settings(max_examples=30, deadline=None)
@given(
    text=WITH_A_SURROGATE,
    field=st.sampled_from([*WIN_TEXT_FIELDS, "tags", "dimensions", "unit", "label"]),
)
def test_text_with_a_lone_surrogate_is_refused_and_the_file_is_unchanged(
    text: str, field: str
) -> None:
    win = Win("kept", dt.date(2026, 11, 3))
    if field in ("tags", "dimensions"):
        bad = win.with_changes(**{field: ("fine", text)})
    elif field == "unit":
        bad = win.with_changes(measure=Measure(before=1, after=2, unit=text))
    elif field == "label":
        bad = win.with_changes(measure=Measure(before=1, after=2, label=text))
    else:
        bad = win.with_changes(**{field: text})

    with fresh_store() as store:
        store.add_win(win)
        before = store.path.read_bytes()
        with pytest.raises(CannotSave, match="Nothing was saved"):
            store.add_win(bad)
        after = store.path.read_bytes()
        titles = [w.title for w in store.wins()]

    assert after == before
    assert titles == ["kept"]


@settings(max_examples=20, deadline=None)
@given(text=WITH_A_SURROGATE)
def test_a_profile_with_a_lone_surrogate_is_refused(text: str) -> None:
    with fresh_store() as store:
        first = store.save_profile(Profile("software-engineer", "mid", "senior"))
        before = store.path.read_bytes()
        with pytest.raises(CannotSave):
            store.save_profile(Profile("software-engineer", "mid", "senior", text))
        after = store.path.read_bytes()
        kept = store.profile()

    assert after == before
    assert kept == first
