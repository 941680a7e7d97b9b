"""Markdown building blocks, and the proposal for a next-level problem as Markdown.

User text goes into a document only through ``escape_markdown``,
``escape_inline`` or ``escape_cell``, so nothing a person types can open a
heading, a list, a table row, a code block or a link that the document did not
put there itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from careerclimb_tui import catalogue
from careerclimb_tui.domain.initiative import Proposal, ProposalSection
from careerclimb_tui.domain.plain_text import plain_text

# Characters that mean something almost anywhere in a line: emphasis, code spans,
# links and images, and table cells.
_ANYWHERE = re.compile(r"([\\`*_\[\]|])")
# Characters that mean something only at the start of a line: list bullets, a
# setext underline (=== or --- under a paragraph turns it into a heading), a
# block quote and a heading. A "+" begins a list only before a blank or the end
# of the line, so a change such as "+200%" is left as typed.
_LINE_START = re.compile(r"^(?:[-=>#]|\+(?=\s|$))")
# The rest mean something only in some places, and are escaped only there, so
# that "~15 min", "$50k", "R&D", "<5 min" or "PR #42" read as typed in the
# Markdown too. A "<" opens HTML or an autolink only before a letter, "/", "!"
# or "?"; a "&" only starts an entity such as "&amp;" or "&#39;"; a run of "#"
# closes a heading only at the end of the line, after a blank.
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_CLOSING_HASHES = re.compile(r"(?<=\s)(#+)(?=\s*$)")
# "~" (strikethrough, and a fence) and "$" (maths on some hosts) work in pairs,
# and a run of them closes a pair only right after a character that is not a
# blank. Escaping every such run, and every run of two or more, leaves nothing
# that can close, even with text from elsewhere on the line; "~15" stays as typed.
_PAIRED_RUN = re.compile(r"~{2,}|(?<=\S)~+|\${2,}|(?<=\S)\$+")
# "2026. was a good year" would start an ordered list at 2026; "7.5 %" would not,
# as a list marker is followed by a blank or the end of the line.
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])(?=\s|$)")


def _escape_line(line: str, *, starts_line: bool = True) -> str:
    """Escape one line of user text so that it reads as plain words.

    Leading blanks are removed because four of them would start a code block;
    trailing ones because two of them would force a line break. Text that does
    not start a line (``starts_line`` false, as in a table cell) keeps its
    leading "-", "#", ">" or "1." as typed: only a line's start reads them.
    """
    line = _ANYWHERE.sub(r"\\\1", plain_text(line).strip())
    line = _TAG_START.sub(r"\\<", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _CLOSING_HASHES.sub(lambda run: "\\#" * len(run.group(1)), line)
    line = _PAIRED_RUN.sub(_escape_run, line)
    if not starts_line:
        return line
    if _LINE_START.match(line):
        return "\\" + line
    return _ORDERED_MARKER.sub(r"\1\\\2", line)


def _escape_run(run: re.Match[str]) -> str:
    return "".join("\\" + mark for mark in run.group())


def escape_inline(text: str) -> str:
    """Escape user text for a single-line place: a heading, a list item, a cell.

    Every run of whitespace, line breaks included, becomes one space, since a
    line break would end the heading, item or table row early.

    Args:
        text: any text a person typed.

    Returns:
        One line of Markdown that renders as the text itself.
    """
    return _escape_line(" ".join(plain_text(text).split()))


def escape_cell(text: str) -> str:
    """Escape user text for a table cell, where only inline Markdown applies.

    As ``escape_inline``, except that what means something only at the start
    of a line is left as typed: "-5%" in a cell is a number, not a list.

    Args:
        text: any text a person typed.

    Returns:
        One line of Markdown, with no unescaped "|", that renders as the text.
    """
    return _escape_line(" ".join(plain_text(text).split()), starts_line=False)


HARD_BREAK = "  \n"
"""How ``escape_markdown`` ends a line the user ended without a blank line."""


def escape_markdown(text: str) -> str:
    """Escape user text for a paragraph, keeping the user's line breaks.

    Each line is escaped on its own. Lines that follow one another are joined by
    a hard line break made of two trailing spaces, so that the rendered document
    shows them as typed and the file read as plain text shows nothing extra (a
    trailing backslash would); a blank line between them still separates
    paragraphs.

    Args:
        text: any text a person typed, possibly over several lines.

    Returns:
        Markdown text with no blank line at either end.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        escaped = _escape_line(line)
        if escaped:
            paragraphs[-1].append(escaped)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join(HARD_BREAK.join(p) for p in paragraphs if p)


# A backslash escape, or the backslash that ends a line with a hard line break.
_BACKSLASH = re.compile(r"\\([!-/:-@\[-`{-~]|\n)")
# The two spaces that end a line with a hard line break.
_SPACES_BREAK = re.compile(r" {2,}\n")


def without_escapes(markdown: str) -> str:
    """The Markdown with its backslash escapes and hard line breaks undone.

    For a plain-text copy: what each escape stood for stays, its backslash goes;
    a backslash the user typed (written ``\\\\``) stays as one.

    Args:
        markdown: a Markdown text, such as a proposal.

    Returns:
        The same text as a reader of the rendered document would read it.
    """
    return _SPACES_BREAK.sub("\n", _BACKSLASH.sub(r"\1", markdown))


def table_lines(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A Markdown table of user text, every row exactly as wide as the header.

    Args:
        header: the column titles.
        rows: the cells; short rows are padded and long ones cut to the header.

    Returns:
        The table's lines, header and separator first; none when no header.
    """
    width = len(header)
    if not width:
        return []

    def row_line(cells: Sequence[str]) -> str:
        padded = [*cells[:width], *([""] * (width - len(cells)))]
        return "| " + " | ".join(escape_cell(cell) for cell in padded) + " |"

    separator = "| " + " | ".join("---" for _ in range(width)) + " |"
    return [row_line(header), separator, *(row_line(row) for row in rows)]


def _section_lines(section: ProposalSection) -> list[str]:
    lines = [f"## {escape_inline(section.heading)}", ""]
    for paragraph in section.lines:
        lines += [escape_markdown(paragraph), ""]
    if section.table:
        lines += [*table_lines(section.table_header, section.table), ""]
    if section.is_filled:
        return lines

    # An empty section says what belongs there; the ideas stay out of a section
    # the user has filled, so a finished proposal holds only their own facts.
    if section.to_fill:
        lines += [f"_{escape_inline(section.to_fill)}_", ""]
    if section.suggestions:
        if section.suggestions_label:
            lines += [escape_inline(section.suggestions_label), ""]
        lines += [f"- {escape_inline(idea)}" for idea in section.suggestions]
        lines.append("")
    return lines


def render_proposal_markdown(proposal: Proposal) -> str:
    """Render a proposal as a Markdown document.

    Args:
        proposal: the proposal drafted from an initiative.

    Returns:
        The document: a title, then one second-level heading per section, ending
        in a single newline.
    """
    lines = [f"# {escape_inline(proposal.title)}", ""]
    for section in proposal.sections:
        lines += _section_lines(section)
    return "\n".join(lines).rstrip("\n") + "\n"


def _placeholder_line(section: ProposalSection) -> str:
    """The line an empty section holds in place of the user's words."""
    return f"_{escape_inline(section.to_fill)}_"


def _section_spans(lines: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Where each second-level section starts and ends in a proposal's lines.

    Returns:
        For each heading line, the first time it appears, the index of the
        heading and the index just past the section's last line.
    """
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
    spans: dict[str, tuple[int, int]] = {}
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        spans.setdefault(lines[start].rstrip(), (start, end))
    return spans


def _without_trailing_blanks(lines: Sequence[str]) -> list[str]:
    kept = [line.rstrip() for line in lines]
    while kept and not kept[-1]:
        kept.pop()
    return kept


def sections_to_fill(text: str, proposal: Proposal) -> tuple[str, ...]:
    """The headings of the sections a proposal's text still holds to fill in.

    A section that still carries its "To fill in" line is not yet the user's
    words, whatever the records now hold; a section the user removed from the
    text is not asked for again.

    Args:
        text: the proposal as the user keeps it, in Markdown.
        proposal: the proposal drafted from the records now, naming the
            sections and their placeholders.

    Returns:
        Headings in reading order.
    """
    lines = text.splitlines()
    spans = _section_spans(lines)
    headings = []
    for section in proposal.sections:
        span = spans.get(f"## {escape_inline(section.heading)}")
        if span is None or not section.to_fill:
            continue
        body = [line.strip() for line in lines[span[0] : span[1]]]
        if _placeholder_line(section) in body:
            headings.append(section.heading)
    return tuple(headings)


def refill_proposal(
    text: str, proposal: Proposal, before: Proposal | None = None
) -> tuple[str, tuple[str, ...]]:
    """Fill in the sections of a kept proposal that the records now fill.

    A section follows the records while it holds nothing of the user's own:
    while it reads exactly as drafted empty (its "To fill in" line and ideas,
    untouched), as drafted from the records' table alone (the readings under
    the evidence), or as drafted from the records ``before`` they changed.
    Every other line of the text, the user's edits included, stays as it was.

    Args:
        text: the proposal as the user keeps it, in Markdown.
        proposal: the proposal drafted from the records now.
        before: the proposal drafted from the records the text was last
            drafted from or checked against, when known.

    Returns:
        The text with those sections filled in, and their headings in reading
        order; the text unchanged and no headings when there were none.
    """
    lines = text.split("\n")
    spans = _section_spans(lines)
    earlier = {s.heading: s for s in before.sections} if before else {}
    replaced: dict[int, tuple[int, list[str]]] = {}
    headings = []
    for section in proposal.sections:
        span = spans.get(f"## {escape_inline(section.heading)}")
        if span is None or not section.is_filled or not section.to_fill:
            continue
        start, end = span
        held = _without_trailing_blanks(lines[start:end])
        filled = _without_trailing_blanks(_section_lines(section))
        if held == filled or held not in _untouched_forms(
            section, earlier.get(section.heading)
        ):
            continue
        blanks = end - start - len(held)
        replaced[start] = (end, filled + [""] * blanks)
        headings.append(section.heading)
    if not replaced:
        return text, ()

    out: list[str] = []
    index = 0
    while index < len(lines):
        if index in replaced:
            end, filled = replaced[index]
            out += filled
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out), tuple(headings)


def _untouched_forms(
    section: ProposalSection, before: ProposalSection | None
) -> list[list[str]]:
    """The ways a section reads while it holds nothing the user wrote in it.

    Args:
        section: the section as drafted from the records now.
        before: the same section as drafted from the records before, if known.

    Returns:
        Each form's lines, without trailing blank lines.
    """
    empty = replace(section, lines=(), table_header=(), table=())
    forms = [empty, replace(section, lines=())]
    if before is not None:
        forms.append(before)
    return [_without_trailing_blanks(_section_lines(form)) for form in forms]


def details_left_out(
    text: str, proposal: Proposal, before: Proposal
) -> tuple[str, ...]:
    """The sections whose details changed but which the text does not show.

    These are the sections the user edited in the text itself, which a change
    of the details never overwrites (see ``refill_proposal``).

    Args:
        text: the proposal as the user keeps it, after ``refill_proposal``.
        proposal: the proposal drafted from the records now.
        before: the proposal drafted from the records before they changed.

    Returns:
        Their headings in reading order; a section the user removed from the
        text is not named.
    """
    lines = text.split("\n")
    spans = _section_spans(lines)
    earlier = {s.heading: s for s in before.sections}
    headings = []
    for section in proposal.sections:
        span = spans.get(f"## {escape_inline(section.heading)}")
        was = earlier.get(section.heading)
        if span is None or was is None or was == section or not section.is_filled:
            continue
        held = _without_trailing_blanks(lines[span[0] : span[1]])
        if held != _without_trailing_blanks(_section_lines(section)):
            headings.append(section.heading)
    return tuple(headings)


_DRAFTED_READING_ROW = re.compile(r"^\| \d{4}-\d{2}-\d{2} \| .* \|$")
"""A row of the readings table as the app writes it: the day, then the cells."""


def _reading_line_prefixes() -> tuple[str, str]:
    """How the baseline's and the latest reading's lines begin, in any draft."""
    baseline = catalogue.PROPOSAL_BASELINE.partition("{reading}")[0]
    latest = catalogue.PROPOSAL_LATEST.partition("{reading}")[0]
    return baseline, latest


def _readings_table_span(lines: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """Where the readings table lies between ``start`` and ``end``, if it does.

    Returns:
        The index of its header and just past its last row; (-1, -1) when the
        section holds no such table.
    """
    header, separator = table_lines(catalogue.PROPOSAL_READINGS_HEADER, [])
    for index in range(start, end - 1):
        if lines[index].rstrip() == header and lines[index + 1].rstrip() == separator:
            last = index + 2
            while last < end and lines[last].startswith("|"):
                last += 1
            return index, last
    return -1, -1


def refresh_readings(text: str, proposal: Proposal) -> tuple[str, bool]:
    """Bring the readings a kept proposal quotes up to the records.

    The readings are facts kept in the records, so a reading removed or put
    right there must not live on in a proposal saved before. The readings
    table under the evidence is replaced while every row still reads as the
    app writes one (a day, then its cells), and the baseline's and latest
    reading's lines under how success is known are replaced where they stand.
    Everything else the user wrote stays as it was.

    Args:
        text: the proposal as the user keeps it, in Markdown.
        proposal: the proposal drafted from the records now.

    Returns:
        The text with its readings brought up to date, and True when it still
        quotes readings that differ from the records (a table the user
        reworded), which only a redraft puts right.
    """
    lines = text.split("\n")
    spans = _section_spans(lines)
    evidence = spans.get(f"## {escape_inline(proposal.evidence.heading)}")
    if evidence is not None:
        lines = _refresh_table(lines, evidence, proposal.evidence)
    spans = _section_spans(lines)
    success = spans.get(f"## {escape_inline(proposal.success.heading)}")
    if success is not None:
        lines = _refresh_reading_lines(lines, success, proposal.success)
    return "\n".join(lines), readings_out_of_date("\n".join(lines), proposal)


def _refresh_table(
    lines: list[str], span: tuple[int, int], section: ProposalSection
) -> list[str]:
    """The lines with the evidence's readings table drafted afresh, if safe."""
    first, last = _readings_table_span(lines, *span)
    if first < 0:
        return lines
    rows = lines[first + 2 : last]
    if not all(_DRAFTED_READING_ROW.match(row.rstrip()) for row in rows):
        return lines
    fresh = table_lines(section.table_header, section.table)
    if not fresh and last < len(lines) and not lines[last].strip():
        # No reading is left: the blank line after the table goes with it.
        last += 1
    return [*lines[:first], *fresh, *lines[last:]]


def _refresh_reading_lines(
    lines: list[str], span: tuple[int, int], section: ProposalSection
) -> list[str]:
    """The lines with the baseline's and latest reading's lines as drafted now."""
    start, end = span
    now = {
        prefix: next(
            (
                escape_markdown(line)
                for line in section.lines
                if line.startswith(prefix)
            ),
            None,
        )
        for prefix in _reading_line_prefixes()
    }
    out = list(lines[:start])
    index = start
    baseline_at = -1
    latest_seen = False
    while index < end:
        line = lines[index]
        prefix = next((p for p in now if line.startswith(p)), None)
        if prefix is None:
            out.append(line)
            index += 1
            continue
        latest_seen = latest_seen or prefix == _reading_line_prefixes()[1]
        fresh = now[prefix]
        if fresh is None:
            # That reading is gone: its line and the blank after it go too.
            index += 2 if index + 1 < end and not lines[index + 1].strip() else 1
            continue
        if prefix == _reading_line_prefixes()[0]:
            baseline_at = len(out)
        out.append(fresh)
        index += 1
    latest = now[_reading_line_prefixes()[1]]
    if not latest_seen and latest is not None and baseline_at >= 0:
        # A reading taken since the proposal was kept follows its baseline.
        out[baseline_at + 1 : baseline_at + 1] = ["", latest]
    return [*out, *lines[end:]]


def readings_out_of_date(text: str, proposal: Proposal) -> bool:
    """True when a kept proposal quotes readings the records no longer hold.

    Only what the text still quotes counts: a readings table or a baseline or
    latest reading line the user took out is not asked for again.

    Args:
        text: the proposal as the user keeps it, in Markdown.
        proposal: the proposal drafted from the records now.
    """
    lines = text.split("\n")
    spans = _section_spans(lines)
    evidence = spans.get(f"## {escape_inline(proposal.evidence.heading)}")
    if evidence is not None:
        first, last = _readings_table_span(lines, *evidence)
        fresh = table_lines(proposal.evidence.table_header, proposal.evidence.table)
        if first >= 0 and [line.rstrip() for line in lines[first:last]] != fresh:
            return True
    success = spans.get(f"## {escape_inline(proposal.success.heading)}")
    if success is None:
        return False
    drafted = {escape_markdown(line) for line in proposal.success.lines}
    prefixes = _reading_line_prefixes()
    return any(
        line.startswith(prefixes) and line.rstrip() not in drafted
        for line in lines[success[0] : success[1]]
    )
