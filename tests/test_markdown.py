"""Markdown export: user text is escaped so it can never change a document's shape,
and the proposal renders as a title, six sections and well-formed tables.

No Markdown parser is used: a small line classifier below knows the block
structures that CommonMark and GitHub tables start, which is all these tests need.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerclimb_tui.domain.initiative import (
    Reading,
    Stakeholders,
    add_reading,
    draft_proposal,
    start_initiative,
)
from careerclimb_tui.domain.numbers import is_number_unit
from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.domain.problems import ProblemEntry, ProblemMeasure
from careerclimb_tui.export.markdown import (
    escape_inline,
    escape_markdown,
    render_proposal_markdown,
    table_lines,
)

NOW = dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.timezone.utc)

# --- a tiny block classifier ----------------------------------------------------

HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
LIST_ITEM = re.compile(r"^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
TABLE_ROW = re.compile(r"^ {0,3}\|")
FORBIDDEN = {
    "fence": re.compile(r"^ {0,3}(?:`{3,}|~{3,})"),
    "block quote": re.compile(r"^ {0,3}>"),
    # HTML, a comment or an autolink: "<" before a letter, "/", "!" or "?".
    "html": re.compile(r"^ {0,3}<[A-Za-z/!?]"),
    "setext underline": re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$"),
    "thematic break": re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$"),
    "indented code": re.compile(r"^(?: {4}|\t)"),
    "link definition": re.compile(r"^ {0,3}\[[^\]]*\]:"),
}
UNESCAPED_PIPE = re.compile(r"(?<!\\)(?:\\\\)*\|")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def classify(line: str) -> str:
    """What block a line of Markdown starts: a heading, item, table row or text."""
    if not line.strip():
        return "blank"
    for name, pattern in FORBIDDEN.items():
        if pattern.match(line):
            return name
    if HEADING.match(line):
        return "heading"
    if LIST_ITEM.match(line):
        return "item"
    if TABLE_ROW.match(line) or UNESCAPED_PIPE.search(line):
        return "table"
    return "text"


def pipes(line: str) -> int:
    """The number of cell borders in a table row: pipes not escaped."""
    return len(UNESCAPED_PIPE.findall(line))


def unescape(text: str) -> str:
    """Undo backslash escapes, as a Markdown renderer would."""
    return ESCAPE.sub(r"\1", text)


def assert_plain_text(markdown: str) -> None:
    """Every line is a paragraph line or a blank line; nothing else."""
    for line in markdown.split("\n"):
        assert classify(line) in {"text", "blank"}, (line, classify(line))


# Text written to break Markdown: every structure a line can open.
HOSTILE = [
    "# heading", "## second", "###### six", "Title ##", "a | b | c", "| cell |",
    "|---|---|", "*bold*", "**strong**", "_under_", "__dunder__", "`code`",
    "```python", "~~~", "    indented code", "\tindented", "2026. was a year",
    "1) first", "- item", "+ item", "* item", "---", "***", "___", "===",
    "> quote", "<script>alert(1)</script>", "<!-- comment -->", "[link](http://x)",
    "![img](x.png)", "[ref]: http://x", "&copy; &amp;", "$x^2$", "~~gone~~",
    "back\\slash", "ends with \\", "trailing  ", "\\# already escaped", "a\r\nb",
]  # fmt: skip

markdownish = st.lists(
    st.one_of(
        st.sampled_from(HOSTILE),
        st.sampled_from(list("#|*_`~<>[]()!-+=.)\\&$ \t\n\r0123456789a")),
        st.text(max_size=5),
    ),
    max_size=12,
).map("".join)


# --- escaping -------------------------------------------------------------------

INLINE_CASES = [
    ("# heading", "\\# heading"),
    ("Title ##", "Title \\#\\#"),
    ("a | b", "a \\| b"),
    ("*bold* and _it_", "\\*bold\\* and \\_it\\_"),
    ("`code`", "\\`code\\`"),
    ("```python", "\\`\\`\\`python"),
    ("~~~", "\\~\\~\\~"),
    ("2026. was great", "2026\\. was great"),
    ("1) first", "1\\) first"),
    ("7.5 %", "7.5 %"),
    ("3.", "3\\."),
    ("- item", "\\- item"),
    ("+ item", "\\+ item"),
    ("+", "\\+"),
    ("+200%", "+200%"),
    ("signups +12% in a month", "signups +12% in a month"),
    ("===", "\\==="),
    ("> quote", "\\> quote"),
    ("<b>", "\\<b>"),
    ("</b> <!-- x", "\\</b> \\<!-- x"),
    ("under <5 min, above > 2", "under <5 min, above > 2"),
    ("[link](http://x)", "\\[link\\](http://x)"),
    ("&copy;", "\\&copy;"),
    ("R&D and AT&T", "R&D and AT&T"),
    ("&#39;", "\\&#39;"),
    ("costs $5", "costs $5"),
    ("$x^2$", "$x^2\\$"),
    ("$$", "\\$\\$"),
    ("from ~45 to ~15 min", "from ~45 to ~15 min"),
    ("~~gone~~", "\\~\\~gone\\~\\~"),
    ("~gone~", "~gone\\~"),
    ("PR #42", "PR #42"),
    ("#42 first", "\\#42 first"),
    ("back\\slash", "back\\\\slash"),
    ("   four  spaces\tand a tab ", "four spaces and a tab"),
    ("line one\nline two\r\nthree", "line one line two three"),
    ("Deploys fell 40% in a month, from 3-4 a day.",
     "Deploys fell 40% in a month, from 3-4 a day."),
    ("", ""),
]  # fmt: skip


@pytest.mark.parametrize("text, escaped", INLINE_CASES)
def test_inline_escape_neutralises_markdown_and_leaves_plain_words(
    text: str, escaped: str
) -> None:
    assert escape_inline(text) == escaped


BLOCK_CASES = [
    ("first\nsecond", "first  \nsecond"),
    ("one\n\n\n\ntwo", "one\n\ntwo"),
    ("\n\n# not a heading\n\n", "\\# not a heading"),
    ("    code?", "code?"),
    ("```\nx = 1\n```", "\\`\\`\\`  \nx = 1  \n\\`\\`\\`"),
    ("Paragraph\n---", "Paragraph  \n\\---"),
    ("Paragraph\n===", "Paragraph  \n\\==="),
    ("ends with \\\nnext", "ends with \\\\  \nnext"),
    ("about ~15 min\nthen 20~ less", "about ~15 min  \nthen 20\\~ less"),
    ("+200%\n+ item", "+200%  \n\\+ item"),
]


@pytest.mark.parametrize("text, escaped", BLOCK_CASES)
def test_block_escape_keeps_line_breaks_but_no_structure(
    text: str, escaped: str
) -> None:
    assert escape_markdown(text) == escaped


@settings(max_examples=300, deadline=None)
@given(text=markdownish)
def test_inline_escape_renders_back_to_the_same_words(text: str) -> None:
    escaped = escape_inline(text)

    assert "\n" not in escaped and "\r" not in escaped
    assert classify(escaped) in {"text", "blank"}
    # Control characters never reach a document (see ``plain_text``).
    assert unescape(escaped) == " ".join(plain_text(text).split())


@settings(max_examples=300, deadline=None)
@given(text=markdownish)
def test_escaped_paragraph_holds_only_paragraph_lines(text: str) -> None:
    assert_plain_text(escape_markdown(text))


@settings(max_examples=200, deadline=None)
@given(cells=st.lists(markdownish, min_size=1, max_size=4))
def test_table_rows_keep_their_column_count_whatever_the_cells(
    cells: list[str],
) -> None:
    header = ("A", "B", "C")

    lines = table_lines(header, [cells, list(reversed(cells))])

    assert [classify(line) for line in lines] == ["table"] * 4
    assert {pipes(line) for line in lines} == {len(header) + 1}


def test_short_and_long_rows_are_fitted_to_the_header() -> None:
    lines = table_lines(("A", "B"), [["only one"], ["one", "two", "three"]])

    assert lines == [
        "| A | B |",
        "| --- | --- |",
        "| only one |  |",
        "| one | two |",
    ]


# --- the proposal ---------------------------------------------------------------

ENTRY = ProblemEntry(
    id="slow-ci",
    title="CI takes too long",
    symptoms=("Builds *queue* up", "People batch changes"),
    why_next_level="Everyone waits.",
    dimensions=("execution",),
    first_steps=("Measure the pipeline", "1. Fix the slowest step"),
    who_agrees=("Tech lead",),
    measures=(ProblemMeasure("CI duration", "minutes", "lower"),),
    keywords=("ci", "pipeline", "build"),
)

SECTION_HEADINGS = [
    "## The problem",
    "## Evidence",
    "## Proposed fix",
    "## What it costs",
    "## How we will know it worked",
    "## Who needs to agree",
]


def test_filled_proposal_renders_as_this_document() -> None:
    initiative = start_initiative(
        "Cut CI time", NOW, "slow-ci", "Builds take 40 minutes.\nEvery day."
    ).with_changes(
        evidence="30 of the last 30 days.",
        proposed_fix="Cache dependencies.",
        cost="Two weeks.",
        metric="CI duration",
        better="lower",
        stakeholders=Stakeholders(to_agree=("Tech lead",), agreed=("PM",)),
    )
    initiative = add_reading(
        initiative, Reading(40, "minutes", dt.date(2026, 11, 2), "CI dashboard"), NOW
    )

    document = render_proposal_markdown(draft_proposal(initiative, ENTRY))

    assert document == (
        "# Proposal: Cut CI time\n"
        "\n"
        "## The problem\n"
        "\n"
        "Builds take 40 minutes.  \n"
        "Every day.\n"
        "\n"
        "## Evidence\n"
        "\n"
        "30 of the last 30 days.\n"
        "\n"
        "| Date | Reading | Source |\n"
        "| --- | --- | --- |\n"
        "| 2026-11-02 | 40 minutes | CI dashboard |\n"
        "\n"
        "## Proposed fix\n"
        "\n"
        "Cache dependencies.\n"
        "\n"
        "## What it costs\n"
        "\n"
        "Two weeks.\n"
        "\n"
        "## How we will know it worked\n"
        "\n"
        "Measured by CI duration; lower is better.\n"
        "\n"
        "Baseline: 40 minutes on 2 Nov 2026 (CI dashboard).\n"
        "\n"
        "## Who needs to agree\n"
        "\n"
        "| Who | Agreed |\n"
        "| --- | --- |\n"
        "| Tech lead | not yet |\n"
        "| PM | yes |\n"
    )


def test_empty_proposal_renders_what_to_fill_in_and_the_catalog_ideas() -> None:
    bare = start_initiative("Cut CI time", NOW, "slow-ci")

    document = render_proposal_markdown(draft_proposal(bare, ENTRY))
    lines = document.split("\n")

    assert [line for line in lines if classify(line) == "heading"] == [
        "# Proposal: Cut CI time",
        *SECTION_HEADINGS,
    ]
    fill_ins = [line for line in lines if line.startswith("_To fill in:")]
    assert len(fill_ins) == 6
    assert all(line.endswith("_") for line in fill_ins)
    assert "- Builds \\*queue\\* up" in lines
    assert "- 1\\. Fix the slowest step" in lines
    assert "- CI duration (minutes, lower is better)" in lines


def test_filled_section_leaves_the_catalog_ideas_out() -> None:
    initiative = start_initiative("Cut CI time", NOW, "slow-ci").with_changes(
        proposed_fix="Cache dependencies."
    )

    document = render_proposal_markdown(draft_proposal(initiative, ENTRY))

    assert "Measure the pipeline" not in document
    assert "Builds \\*queue\\* up" in document


hostile_people = st.lists(markdownish, max_size=3).map(tuple)
# A unit names what is counted, so it holds a letter or a sign ("800" is refused).
hostile_unit = markdownish.map(
    lambda unit: f"{unit}x" if is_number_unit(unit) else unit
)


@settings(max_examples=150, deadline=None)
@given(
    title=markdownish,
    description=markdownish,
    evidence=markdownish,
    fix=markdownish,
    cost=markdownish,
    metric=markdownish,
    unit=hostile_unit,
    source=markdownish,
    to_agree=hostile_people,
    agreed=hostile_people,
    with_entry=st.booleans(),
)
def test_user_text_never_changes_the_shape_of_the_proposal(
    title: str,
    description: str,
    evidence: str,
    fix: str,
    cost: str,
    metric: str,
    unit: str,
    source: str,
    to_agree: tuple[str, ...],
    agreed: tuple[str, ...],
    with_entry: bool,
) -> None:
    # A title with nothing left once its control characters go is refused as
    # empty where it is typed; the proposal always has one.
    initiative = start_initiative(
        title if plain_text(title).strip() else "untitled", NOW
    ).with_changes(
        description=description,
        evidence=evidence,
        proposed_fix=fix,
        cost=cost,
        metric=metric,
        stakeholders=Stakeholders(to_agree=to_agree, agreed=agreed),
    )
    initiative = add_reading(
        initiative, Reading(40, unit, dt.date(2026, 11, 2), source), NOW
    )

    proposal = draft_proposal(initiative, ENTRY if with_entry else None)

    document = render_proposal_markdown(proposal)
    lines = document.split("\n")
    kinds = [classify(line) for line in lines]

    # Headings only where the renderer put them.
    headings = [
        line for line, kind in zip(lines, kinds, strict=True) if kind == "heading"
    ]
    assert len(headings) == 7
    assert headings[0].startswith("# Proposal: ")
    assert headings[1:] == SECTION_HEADINGS
    # Nothing but headings, paragraphs, the ideas lists and tables.
    assert set(kinds) <= {"heading", "text", "blank", "item", "table"}, [
        (line, kind) for line, kind in zip(lines, kinds, strict=True)
    ]
    # List items only for the ideas shown under the sections still empty.
    ideas = sum(len(s.suggestions) for s in proposal.sections if not s.is_filled)
    assert kinds.count("item") == ideas
    # Every table row keeps the column count of its header, and a blank line
    # ends each table so that no paragraph joins it.
    for index, kind in enumerate(kinds):
        if kind == "table":
            start = index
            while start > 0 and kinds[start - 1] == "table":
                start -= 1
            assert pipes(lines[index]) == pipes(lines[start]), lines[index]
            assert kinds[index + 1] in {"table", "blank"}
    assert document.endswith("\n") and not document.endswith("\n\n")
