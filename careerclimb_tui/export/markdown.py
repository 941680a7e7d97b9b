"""Markdown building blocks, and the proposal for a next-level problem as Markdown.

User text goes into a document only through ``escape_markdown`` or
``escape_inline``, so nothing a person types can open a heading, a list, a table
row, a code block or a link that the document did not put there itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careerclimb_tui.domain.initiative import Proposal, ProposalSection

# Characters that mean something almost anywhere in a line: emphasis, code spans,
# links and images, HTML and autolinks, table cells, headings (including a closing
# run of #), strikethrough and fences, maths on some hosts, entities.
_ANYWHERE = re.compile(r"([\\`*_\[\]<>|#~$&])")
# Characters that mean something only at the start of a line: list bullets and a
# setext underline (=== or --- under a paragraph turns it into a heading).
_LINE_START = re.compile(r"^([-+=])")
# "2026. was a good year" would start an ordered list at 2026; "7.5 %" would not,
# as a list marker is followed by a blank or the end of the line.
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])(?=\s|$)")


def _escape_line(line: str) -> str:
    """Escape one line of user text so that it reads as plain words.

    Leading blanks are removed because four of them would start a code block;
    trailing ones because two of them would force a line break.
    """
    line = _ANYWHERE.sub(r"\\\1", line.strip())
    if _LINE_START.match(line):
        return "\\" + line
    return _ORDERED_MARKER.sub(r"\1\\\2", line)


def escape_inline(text: str) -> str:
    """Escape user text for a single-line place: a heading, a list item, a cell.

    Every run of whitespace, line breaks included, becomes one space, since a
    line break would end the heading, item or table row early.

    Args:
        text: any text a person typed.

    Returns:
        One line of Markdown that renders as the text itself.
    """
    return _escape_line(" ".join(text.split()))


def escape_markdown(text: str) -> str:
    """Escape user text for a paragraph, keeping the user's line breaks.

    Each line is escaped on its own. Lines that follow one another are joined by
    a hard line break (a trailing backslash), so that the reader sees them as
    typed; a blank line between them still separates paragraphs.

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
    return "\n\n".join("\\\n".join(p) for p in paragraphs if p)


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
        return "| " + " | ".join(escape_inline(cell) for cell in padded) + " |"

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
