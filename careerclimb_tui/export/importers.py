"""Bringing wins in from elsewhere: a jrnl JSON export or a Markdown list of wins.

Each entry, bullet or dated line becomes a win, framed by the coach as if it had
been typed in the app. Entries that cannot be a win (no text, no real date, a date
in the future) and wins already stored are left out, each with its reason. The file's
kind is told from its content when the user does not say; a CareerClimb dump is
handed to ``export.dump``.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from careerclimb_tui import catalogue
from careerclimb_tui.domain.dates import parse_win_date
from careerclimb_tui.domain.plain_text import plain_text
from careerclimb_tui.domain.records import Win, plain_tags
from careerclimb_tui.domain.review import counted as counted_sentence
from careerclimb_tui.domain.sentences import cut_at_word
from careerclimb_tui.domain.wins import TITLE_MAX_CHARS, framed, same_win_key
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.dump import (
    REPORT_LABEL_CHARS,
    ImportReport,
    Skipped,
    adding_labels,
    import_dump,
    parse_json,
    read_dump,
)
from careerclimb_tui.store.convert import UnreadableRecord, win_from_json, win_to_json
from careerclimb_tui.store.export_docs import insert_document

if TYPE_CHECKING:
    from careerclimb_tui.store.repository import Store

FORMAT_DUMP = "json"
FORMAT_JRNL = "jrnl"
FORMAT_MARKDOWN = "md"
FORMATS = (FORMAT_DUMP, FORMAT_JRNL, FORMAT_MARKDOWN)
"""The kinds of file an import reads, as the ``--format`` option names them."""

WINS = "wins"
STARRED_TAG = "starred"
"""The tag a starred jrnl entry gets, so the star is not lost."""


@dataclass(frozen=True)
class Candidate:
    """One entry of the file: the win it becomes, or why it cannot be one."""

    where: str
    """Where it is in the file: "entry 3", "line 7"."""
    win: Win | None
    """The win, framed and unsaved; None when the entry cannot be a win."""
    label: str = ""
    """A few words of the entry, for the report."""
    reason: str = ""
    """Why it cannot be a win, when it cannot."""
    undated: bool = False
    """True when the entry names no day, so its win is dated today."""


@dataclass(frozen=True)
class ParsedFile:
    """What a jrnl export or a Markdown list holds, before anything is stored."""

    format: str
    candidates: tuple[Candidate, ...]
    notes: tuple[str, ...] = ()
    """Things worth telling about the file as a whole; what is said of the wins
    themselves waits until it is known which of them are added."""
    attention: tuple[str, ...] = ()
    """Those of the notes worth a look before importing, in a few words each."""


def _label(text: str) -> str:
    """The whole text on one line, for the report; the reader wraps it."""
    return " ".join(text.split())


def _dated(text: Any, today: dt.date) -> tuple[dt.date | None, str]:
    """A win's date from the text of a file, or why it cannot be one."""
    if not isinstance(text, str) or not text.strip():
        return None, catalogue.IMPORT_NO_DATE
    try:
        return parse_win_date(text, today), ""
    except CareerClimbError as error:
        return None, error.message


# --- detecting the kind of file -----------------------------------------------------


def detect_format(text: str, source: str) -> str:
    """Tell a dump, a jrnl export and a Markdown list apart by their content.

    Args:
        text: the file's text.
        source: the file's name; its extension settles text that is not JSON.

    Returns:
        One of ``FORMATS``.
    """
    data: Any = None
    if text.lstrip().startswith("{"):
        try:
            data = parse_json(text, source)
        except CareerClimbError:
            data = None
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        return FORMAT_JRNL
    # Broken JSON in a .json file is still meant as a dump; reading it says where.
    if data is not None or PurePath(source).suffix.lower() == ".json":
        return FORMAT_DUMP
    return FORMAT_MARKDOWN


# --- jrnl ---------------------------------------------------------------------------


def parse_jrnl(text: str, source: str, today: dt.date) -> ParsedFile:
    """Turn the entries of a jrnl JSON export into wins.

    The entry's title becomes the win's title and its body what changed; its
    tags are kept without the ``@``, and a starred entry is tagged "starred".

    Args:
        text: the export, as written by ``jrnl --export json``.
        source: the file's name, for messages.
        today: the user's local date; entries dated later are left out.

    Returns:
        One candidate per entry, in file order.

    Raises:
        CareerClimbError: when the text is not a jrnl JSON export.
    """
    data = parse_json(text, source)
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CareerClimbError(catalogue.IMPORT_NOT_JRNL.format(path=source))
    candidates: list[Candidate] = []
    for number, entry in enumerate(entries, start=1):
        where = catalogue.IMPORT_WHERE_ENTRY.format(number=number)
        candidates.append(_jrnl_candidate(where, entry, today))
    return ParsedFile(FORMAT_JRNL, tuple(candidates))


def _jrnl_candidate(where: str, entry: Any, today: dt.date) -> Candidate:
    if not isinstance(entry, dict):
        return Candidate(where, None, reason=catalogue.IMPORT_NOT_AN_ENTRY)
    title = entry.get("title")
    body = entry.get("body")
    raw_tags = entry.get("tags")
    listed = [
        plain_text(tag)
        for tag in (raw_tags if isinstance(raw_tags, list) else [])
        if isinstance(tag, str)
    ]
    title, title_tags = _title_without_tags(
        plain_text(title) if isinstance(title, str) else "", listed
    )
    body = plain_text(body, lines=True).strip() if isinstance(body, str) else ""
    if not title and body:
        # An entry with only a body: its first line is the closest to a title.
        title, _, body = body.partition("\n")
        title, body = title.strip(), body.strip()
    label = _label(title)
    if not title:
        return Candidate(where, None, label, catalogue.IMPORT_EMPTY)
    day, problem = _dated(entry.get("date"), today)
    if day is None:
        return Candidate(where, None, label, problem)

    tags = [tag.lstrip("@") for tag in [*listed, *title_tags]]
    if entry.get("starred") is True:
        tags.append(STARRED_TAG)
    win = Win(title=title, date=day, what_changed=body, tags=plain_tags(tags))
    return Candidate(where, framed(win), label)


# A jrnl tag: "@" or "#" and a word, starting a word of the text.
_JRNL_TAG = re.compile(r"(?<!\S)[@#]\w[\w/+-]*")
# Tags closing a title, with the full stop after them if any: "… to 3% @ci.".
_CLOSING_TAGS = re.compile(r"(?:\s+[@#]\w[\w/+-]*)+(?P<stop>[.!?]?)\s*$")
_OPENING_TAGS = re.compile(r"^(?:[@#]\w[\w/+-]*\s+)+")


def _title_without_tags(title: str, listed: Sequence[str]) -> tuple[str, list[str]]:
    """A jrnl title with its tags taken out, and those the entry did not list.

    jrnl keeps a tag where it was typed, so "Cut flaky test rate to 3% @ci" is
    tagged "@ci". Tags opening or closing the title are dropped from it; one
    inside a sentence ("fixed @ci caching") keeps its word without the mark, so
    the sentence still reads. A word marked "@" is a tag, as jrnl marks tags by
    default; one marked "#" only when the entry lists it, since "#1234" in a
    title is more often an issue number.
    """
    known = {tag.casefold() for tag in listed}

    def is_tag(word: str) -> bool:
        return word.startswith("@") or word.casefold() in known

    found = [word for word in _JRNL_TAG.findall(title) if is_tag(word)]
    if not found:
        return title.strip(), []
    unlisted = [word for word in found if word.casefold() not in known]

    text = " " + title.strip()
    closing = _CLOSING_TAGS.search(text)
    if closing and all(is_tag(w) for w in _JRNL_TAG.findall(closing.group())):
        text = text[: closing.start()] + closing.group("stop")
    text = text.strip()
    opening = _OPENING_TAGS.match(text)
    if opening and all(is_tag(w) for w in _JRNL_TAG.findall(opening.group())):
        text = text[opening.end() :]
    text = _JRNL_TAG.sub(
        lambda word: word.group()[1:] if is_tag(word.group()) else word.group(), text
    )
    return text.strip(), unlisted


# --- Markdown lists -----------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+(.*))?$")
_CHECKBOX = re.compile(r"^\[[ xX]\]\s*")
# A date opens a bullet when a colon, a dash or a space follows it: "2026-09-10:
# text", "2026-09-10 - text", "10/09/2026 – text", "2026-09-10 text". A hyphen
# counts only with a space after it, so "2026-09-10 -40% p95" keeps its minus sign.
# Only whole dates match, so a title such as "3 bugs fixed" keeps its number.
_LEADING_DATE = re.compile(
    r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*[:\u2013\u2014]|\s*-(?=\s|$)|(?=\s|$))\s*"
)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# A backslash before ASCII punctuation is Markdown's escape: the reader sees only
# the character, so that is what the win keeps.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def parse_markdown_list(text: str, source: str, today: dt.date) -> ParsedFile:
    """Turn a plain Markdown list into wins, one per bullet or dated line.

    A bullet may start with a date, as YYYY-MM-DD or DD/MM/YYYY, followed by a
    colon, a dash or a space ("2026-10-03: Cut CI time…", "2026-10-03 - Cut…",
    "03/10/2026 Cut…"); without one the win is dated today. A line that is not
    a bullet but starts at its margin with such a date and some text is a win
    too, as in a diary kept without bullets. Indented lines under either
    continue it. Headings, undated paragraphs and code blocks are not wins and
    are left out.

    Args:
        text: the Markdown text.
        source: the file's name (unused; kept so every reader is called alike).
        today: the user's local date.

    Returns:
        One candidate per bullet or dated line, in file order.
    """
    text = plain_text(text, lines=True)
    items: list[tuple[int, list[str]]] = []
    left_out = 0
    fence: str | None = None
    # The item indented lines continue; a heading, a paragraph or a rule ends it.
    open_item: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1).startswith(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)[:3]
            continue
        bullet = _BULLET.match(line)
        if bullet and not _is_rule(line):
            open_item = [bullet.group(1) or ""]
            items.append((number, open_item))
        elif _is_dated_line(line):
            open_item = [line]
            items.append((number, open_item))
        elif open_item is not None and line[:1].isspace() and line.strip():
            open_item.append(line.strip())
        elif line.strip():
            open_item = None
            if not _is_rule(line):
                left_out += 1

    candidates = [
        _markdown_candidate(number, " ".join(parts), today) for number, parts in items
    ]
    notes: list[str] = []
    if left_out:
        notes.append(
            counted_sentence(
                left_out,
                catalogue.IMPORT_MD_LEFT_OUT_ONE,
                catalogue.IMPORT_MD_LEFT_OUT,
            )
        )
    return ParsedFile(FORMAT_MARKDOWN, tuple(candidates), tuple(notes))


def undated_notes(added: Sequence[Candidate]) -> tuple[list[str], list[str]]:
    """What to say of the wins dated today because their entry named no day.

    Args:
        added: the entries that become wins; those already stored are not
            among them, so a list imported again says nothing of them.

    Returns:
        The note for the report and the few words for the summary under what
        is added; both empty when no added win is undated.
    """
    undated = [c.win for c in added if c.undated and c.win is not None]
    if not undated:
        return [], []
    note = counted_sentence(
        len(undated),
        catalogue.IMPORT_MD_UNDATED_ONE,
        catalogue.IMPORT_MD_UNDATED,
        today=undated[0].date,
    )
    attention = counted_sentence(
        len(undated),
        catalogue.IMPORT_ATTENTION_UNDATED_ONE,
        catalogue.IMPORT_ATTENTION_UNDATED,
    )
    return [note], [attention]


def _is_dated_line(line: str) -> bool:
    """True for a line outside any list that opens with a date.

    Only a line starting at its margin counts: an indented one continues the
    item above it. A date alone on its line is taken too, so that it is named
    among what is left out rather than counted with the paragraphs.
    """
    return _LEADING_DATE.match(line) is not None


def _is_rule(line: str) -> bool:
    """True for a thematic break ("- - -", "***"), which is not a bullet."""
    compact = line.replace(" ", "").replace("\t", "")
    return len(compact) >= 3 and len(set(compact)) == 1 and compact[0] in "-*_"


def _markdown_candidate(number: int, text: str, today: dt.date) -> Candidate:
    where = catalogue.IMPORT_WHERE_LINE.format(number=number)
    text = _CHECKBOX.sub("", " ".join(text.split()))
    day: dt.date | None = today
    problem = ""
    dated = False
    found = _LEADING_DATE.match(text)
    if found:
        text = text[found.end() :]
        day, problem = _dated(found.group(1), today)
        dated = True
    title = _ESCAPED.sub(r"\1", text).strip()
    label = _label(title)
    if not title and dated:
        return Candidate(where, None, label, catalogue.IMPORT_NOTHING_AFTER_DATE)
    if not title:
        return Candidate(where, None, label, catalogue.IMPORT_EMPTY)
    if day is None:
        return Candidate(where, None, label, problem)
    if len(label) > TITLE_MAX_CHARS:
        too_long = catalogue.IMPORT_TITLE_TOO_LONG.format(limit=TITLE_MAX_CHARS)
        return Candidate(where, None, label, too_long)
    win = framed(Win(title=title, date=day))
    return Candidate(where, win, label, undated=not dated)


# --- storing wins -------------------------------------------------------------------


def plan_wins(
    candidates: Sequence[Candidate], stored: Iterable[Win]
) -> tuple[list[Win], list[Skipped]]:
    """Decide which candidates become new wins, and why the others do not.

    A candidate with the same date and title as a stored win, or as an earlier
    candidate of the same file, is a duplicate, whatever its other fields hold:
    a win edited since it was first imported or logged is still that win.

    Args:
        candidates: the entries of the file, in order.
        stored: the wins already stored.

    Returns:
        The wins to add, in file order, and the entries left out.
    """
    added, skipped = _plan(candidates, stored)
    return [c.win for c in added if c.win is not None], skipped


def _plan(
    candidates: Sequence[Candidate], stored: Iterable[Win]
) -> tuple[list[Candidate], list[Skipped]]:
    """``plan_wins``, giving the entries that become wins rather than the wins."""
    seen: dict[tuple[dt.date, str], str] = {same_win_key(win): "" for win in stored}
    added: list[Candidate] = []
    skipped: list[Skipped] = []
    for candidate in candidates:
        if candidate.win is None:
            skipped.append(Skipped(candidate.where, candidate.label, candidate.reason))
            continue
        key = same_win_key(candidate.win)
        if key in seen:
            earlier = seen[key]
            reason = (
                catalogue.IMPORT_SAME_AS.format(where=earlier)
                if earlier
                else catalogue.IMPORT_ALREADY_THERE
            )
            skipped.append(Skipped(candidate.where, candidate.label, reason))
            continue
        seen[key] = candidate.where
        added.append(candidate)
    return added, skipped


def _wins_of(added: Sequence[Candidate]) -> list[Win]:
    return [c.win for c in added if c.win is not None]


def import_wins(
    store: Store, parsed: ParsedFile, source: str, *, dry_run: bool = False
) -> ImportReport:
    """Store the wins of a parsed file, all in one transaction.

    Args:
        store: the user's data.
        parsed: what ``parse_jrnl`` or ``parse_markdown_list`` found.
        source: the file's name, for the report.
        dry_run: only work out what would happen; write nothing.

    Returns:
        What was added and what was left out, and why.

    Raises:
        CareerClimbError: when the data file cannot be written; nothing is then.
    """
    if dry_run:
        added, skipped = _plan(parsed.candidates, store.wins())
    else:
        with store.transaction() as db:
            stored = []
            for doc in db.table(WINS):
                try:
                    stored.append(win_from_json(dict(doc), doc.doc_id))
                except UnreadableRecord:
                    continue
            added, skipped = _plan(parsed.candidates, stored)
            now = store.clock.now()
            for win in _wins_of(added):
                win_id = store.fresh_id(db, WINS)
                saved = win.with_changes(id=win_id, created_at=now, updated_at=now)
                insert_document(db, WINS, win_id, win_to_json(saved))
    wins = _wins_of(added)
    notes, attention = undated_notes(added)
    return ImportReport(
        source=source,
        format_label=catalogue.IMPORT_FORMAT_LABELS[parsed.format],
        added=((WINS, len(wins)),) if wins else (),
        skipped=tuple(skipped),
        written=not dry_run,
        notes=(*parsed.notes, *notes),
        attention=(*parsed.attention, *attention),
        adding=adding_labels(
            (WINS, {"date": win.date.isoformat(), "title": win.title}) for win in wins
        ),
    )


def import_text(
    store: Store,
    text: str,
    source: str,
    today: dt.date,
    *,
    format: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Import a file's text of any kind the app reads.

    Args:
        store: the user's data.
        text: the file's text.
        source: the file's name, for messages and the report.
        today: the user's local date.
        format: one of ``FORMATS``; None tells it from the content.
        dry_run: only work out what would happen; write nothing.

    Returns:
        The report.

    Raises:
        CareerClimbError: when the text is not of the kind given or found, or the
            data file cannot be written.
    """
    kind = format or detect_format(text, source)
    if kind == FORMAT_DUMP:
        return import_dump(store, read_dump(text, source), source, dry_run=dry_run)
    if kind == FORMAT_JRNL:
        parsed = parse_jrnl(text, source, today)
    elif kind == FORMAT_MARKDOWN:
        parsed = parse_markdown_list(text, source, today)
    else:
        raise CareerClimbError(
            catalogue.IMPORT_UNKNOWN_FORMAT.format(
                format=kind, known=", ".join(FORMATS)
            ),
            exit_code=2,
        )
    return import_wins(store, parsed, source, dry_run=dry_run)


# --- telling the user -----------------------------------------------------------


def counted(table: str, count: int) -> str:
    """ "3 wins", "1 review run": a count of records of one table, in words."""
    one, many = catalogue.IMPORT_TABLE_NOUNS.get(
        table, (catalogue.IMPORT_OTHER_ONE, catalogue.IMPORT_OTHER_MANY)
    )
    noun = one if count == 1 else many
    return f"{count} {noun.format(table=table)}"


def added_text(report: ImportReport) -> str:
    """What an import adds, in words: "1 profile, 7 wins"; empty for nothing."""
    return ", ".join(counted(table, count) for table, count in report.added)


def report_lines(report: ImportReport, width: int | None = None) -> list[str]:
    """The report as lines of plain text, for the command line and the screen.

    A title longer than ``REPORT_LABEL_CHARS`` is cut at a word (``--json``
    keeps it whole). With a width, every line longer than it is folded at
    spaces, and its continuation lines are indented so each record still reads
    as one item.

    Args:
        report: what an import did or would do.
        width: the columns the lines must fit in; None leaves them unfolded,
            one record a line, as scripts reading the command's output expect.

    Returns:
        A heading line, what was added, then each record left out and why, then
        any notes.
    """
    lines = _report_lines(report)
    if width is None:
        return lines
    return [folded for line in lines for folded in _fold(line, width)]


_HANGING_INDENT = "  "
"""How far the continuation of a folded report line is indented."""


def _fold(line: str, width: int) -> list[str]:
    """One report line folded at spaces to fit ``width`` columns."""
    if len(line) <= width or width <= len(_HANGING_INDENT) + 1:
        return [line]
    return textwrap.wrap(
        line,
        width,
        subsequent_indent=_HANGING_INDENT,
        break_on_hyphens=False,
    )


def _report_lines(report: ImportReport) -> list[str]:
    if report.written:
        heading, added = catalogue.IMPORT_DONE_HEADING, catalogue.IMPORT_ADDED_DONE
    else:
        heading, added = catalogue.IMPORT_PREVIEW_HEADING, catalogue.IMPORT_ADDED
    lines = [
        heading.format(source=report.source, format=report.format_label),
        added.format(records=added_text(report))
        if report.added
        else catalogue.IMPORT_NOTHING_NEW,
    ]
    # Said before the list of what is added, which can run past a short preview.
    attention = list(report.attention)
    if report.skipped:
        left_out = len(report.skipped)
        attention.insert(0, catalogue.IMPORT_ATTENTION_LEFT_OUT.format(count=left_out))
    if attention:
        lines.append(catalogue.IMPORT_ATTENTION.format(parts=", ".join(attention)))
    lines.extend(
        catalogue.IMPORT_ADDING_LINE.format(what=what) for what in report.adding
    )
    if report.skipped:
        lines.append(catalogue.IMPORT_SKIPPED_HEADING.format(count=len(report.skipped)))
        for item in report.skipped:
            label = item.what
            if len(label) > REPORT_LABEL_CHARS:
                label = cut_at_word(label, REPORT_LABEL_CHARS)
            what = f' "{label}"' if label else ""
            lines.append(
                catalogue.IMPORT_SKIPPED_LINE.format(
                    where=item.where, what=what, reason=item.reason
                )
            )
    lines.extend(report.notes)
    return lines


def report_json(report: ImportReport) -> dict[str, Any]:
    """The report for scripts."""
    return {
        "source": report.source,
        "format": report.format_label,
        "written": report.written,
        "added": dict(report.added),
        "skipped": [
            {"where": item.where, "what": item.what, "reason": item.reason}
            for item in report.skipped
        ],
        "notes": list(report.notes),
    }
