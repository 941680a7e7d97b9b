"""The complete JSON dump of the data file, and merging a dump back in.

A dump holds every table of the data file as stored: the raw documents with their
ids, the meta record and the schema version, so that nothing is lost, not even
records this version of the app cannot read. Importing a dump merges it: records
already there, as they are or edited since, are skipped; new ones get fresh ids,
and the links between records (a review's wins, a criterion's evidence, an
initiative's wins) follow them. In a table that was never used, the dump's own ids
are kept, so a dump put back into an empty data file exports again exactly as it
was.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from careerclimb_tui import __version__, catalogue
from careerclimb_tui.domain.initiative import ACTIVE_STAGES, Stage
from careerclimb_tui.domain.pitch import count_words
from careerclimb_tui.domain.plain_text import json_for_terminal, plain_values
from careerclimb_tui.domain.review import counted
from careerclimb_tui.domain.sentences import cut_at_word
from careerclimb_tui.errors import CareerClimbError
from careerclimb_tui.export.review_runs import (
    REVIEWS,
    Renumbered,
    RunNumbers,
    renumbered_notes,
)
from careerclimb_tui.store.convert import (
    UnreadableRecord,
    moment_from_json,
    moment_to_json,
    profile_from_json,
    win_from_json,
)
from careerclimb_tui.store.initiative_docs import INITIATIVES
from careerclimb_tui.store.export_docs import (
    Tables,
    all_tables,
    insert_document,
    raise_counters,
    tables_in,
)
from careerclimb_tui.store.migrations import SCHEMA_VERSION, migrate, next_ids
from careerclimb_tui.store.review_docs import review_from_json
from careerclimb_tui.store.storage import META, meta_problem, schema_version_of

if TYPE_CHECKING:
    from careerclimb_tui.store.repository import Store

DUMP_FORMAT = "careerclimb-dump"
"""What the ``format`` field of every dump says, so that a dump is recognised."""
DUMP_VERSION = 1
"""The layout of the dump itself (not of the tables inside it)."""

PROFILE = "profile"
WINS = "wins"

# Fields that say when a record was written, not what it holds: two copies of a
# record that differ only here are the same record.
_STAMPS = frozenset({"created_at", "updated_at"})
# The field that holds the moment a record was made, where it is not
# ``created_at``: a review run is made when it is started.
_BORN_FIELDS = {"reviews": "started_at"}
# Tables whose one record has a fixed id, so they keep no id counter.
_FIXED_ID_TABLES = frozenset({PROFILE})
# Tables the app reads one record of: a second copy would only lie there unread,
# so the user's own record wins over the dump's.
ONE_RECORD_TABLES = frozenset({PROFILE, "settings", "manager_prep"})


@dataclass(frozen=True)
class Link:
    """A field of a record that holds ids of records in another table."""

    field: str
    """The field's name."""
    table: str
    """The table the ids point into."""
    shape: str
    """``"list"`` (a list of ids), ``"one"`` (one id) or ``"keys"`` (a mapping
    keyed by ids)."""


LINKS: dict[str, tuple[Link, ...]] = {
    "reviews": (Link("win_ids", WINS, "list"), Link("entries", WINS, "keys")),
    "criteria": (
        Link("win_ids", WINS, "list"),
        Link("initiative_id", "initiatives", "one"),
    ),
    "initiatives": (Link("win_ids", WINS, "list"),),
    "proposal_drafts": (Link("initiative_id", "initiatives", "one"),),
    "conversations": (Link("criterion_ids", "criteria", "list"),),
    "pitches": (Link("win_ids", WINS, "list"),),
    "manager_prep": (Link("win_ids", WINS, "list"),),
}
"""Table → the fields of its records that point at other records."""


# --- the report of an import ------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    """A record or entry of the file that was not imported, and why."""

    where: str
    """Where it is in the file: "wins #4", "entry 3", "line 7"."""
    what: str
    """A few words that identify it (its title), possibly empty."""
    reason: str
    """Why it was left out, as one sentence fragment."""


@dataclass(frozen=True)
class ImportReport:
    """What an import added and left out, or would, for a preview."""

    source: str
    """The file, as the user named it."""
    format_label: str
    """What kind of file it was read as."""
    added: tuple[tuple[str, int], ...]
    """(table, how many records) for every table that gained records."""
    skipped: tuple[Skipped, ...] = ()
    written: bool = False
    """True when the records are on disk; False for a preview or a dry run."""
    notes: tuple[str, ...] = ()
    """Other things the user should know, one sentence each."""
    attention: tuple[str, ...] = ()
    """Notes worth a look before importing, in a few words each ("1 win dated
    today"), for the summary at the top of the report."""
    adding: tuple[str, ...] = ()
    """Each record added (or to be added), in a few words: "win 2026-10-03 Cut CI
    time"; kind by kind, newest first within each (see ``adding_labels``)."""

    @property
    def total_added(self) -> int:
        """How many records were (or would be) added, all tables together."""
        return sum(count for _, count in self.added)


# --- writing a dump -------------------------------------------------------------


def _sorted_deep(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted_deep(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted_deep(item) for item in value]
    return value


def build_dump(tables: Tables, now: dt.datetime) -> dict[str, Any]:
    """The dump of a data file's tables.

    Tables are listed by name and records by id, so that two dumps of the same
    data are the same text. Tables without records carry nothing and are left
    out; the meta record keeps their id counters.

    Args:
        tables: every table of the data file.
        now: the moment of the export.

    Returns:
        The dump, ready for ``json.dumps``.
    """
    ordered: Tables = {}
    for name in sorted(tables):
        records = tables[name]
        if not records:
            continue
        ordered[name] = {key: records[key] for key in sorted(records, key=int)}
    if META in ordered:
        # Counters are rebuilt in another order on import; sorting keeps dumps equal.
        ordered[META] = _sorted_deep(ordered[META])
    return {
        "format": DUMP_FORMAT,
        "format_version": DUMP_VERSION,
        "app_version": __version__,
        "schema_version": schema_version_of(tables, SCHEMA_VERSION),
        "exported_at": moment_to_json(now),
        "tables": ordered,
    }


def render_dump(dump: Mapping[str, Any]) -> str:
    """The dump as the text of a JSON file (UTF-8, indented, ending in a newline)."""
    text = json.dumps(dump, ensure_ascii=False, indent=2)
    return json_for_terminal(text) + "\n"


def export_dump(store: Store, now: dt.datetime) -> str:
    """The complete dump of the user's data, as JSON text.

    Args:
        store: the user's data.
        now: the moment of the export.

    Returns:
        The text of the dump file.

    Raises:
        DataFileDamaged: when the data file cannot be read.
        DataFileTooNew: when a newer app wrote it.
    """
    return render_dump(build_dump(all_tables(store), now))


# --- reading a dump -------------------------------------------------------------


def _check_tables(tables: Any) -> str | None:
    """Say what keeps ``tables`` from being the tables of a data file, if anything."""
    if not isinstance(tables, dict):
        return catalogue.IMPORT_DUMP_NO_TABLES
    for name, records in tables.items():
        if not isinstance(records, dict):
            return catalogue.IMPORT_DUMP_BAD_TABLE.format(table=name)
        for key, record in records.items():
            if not (key.isascii() and key.isdigit()):
                return catalogue.IMPORT_DUMP_BAD_ID.format(table=name, id=key)
            if not isinstance(record, dict):
                return catalogue.IMPORT_DUMP_BAD_RECORD.format(table=name, id=key)
    return meta_problem(tables)


def looks_like_dump(data: Any) -> bool:
    """True for parsed JSON that is a dump, or a data file or one of its backups."""
    if isinstance(data, dict) and data.get("format") == DUMP_FORMAT:
        return True
    # Files from before the meta record existed are known by their tables.
    tables_known = isinstance(data, dict) and bool({META, PROFILE, WINS} & set(data))
    return tables_known and _check_tables(data) is None


def read_dump(text: str, source: str) -> Tables:
    """The tables inside a dump, brought up to this app's format.

    A data file, or a backup of one, is read as well as a dump.

    Args:
        text: the file's text.
        source: the file's name, for messages.

    Returns:
        The tables.

    Raises:
        CareerClimbError: when the text is not a dump, is damaged, or was written
            by a newer version of the app.
    """
    data = parse_json(text, source)
    if isinstance(data, dict) and data.get("format") == DUMP_FORMAT:
        version = data.get("format_version")
        if not isinstance(version, int) or version > DUMP_VERSION:
            raise CareerClimbError(catalogue.IMPORT_DUMP_TOO_NEW.format(path=source))
        tables = data.get("tables")
    elif looks_like_dump(data):
        tables = data
    else:
        raise CareerClimbError(catalogue.IMPORT_NOT_A_DUMP.format(path=source))

    problem = _check_tables(tables)
    if problem is not None or not isinstance(tables, dict):
        reason = problem or catalogue.IMPORT_DUMP_NO_TABLES
        raise CareerClimbError(
            catalogue.IMPORT_DUMP_DAMAGED.format(path=source, reason=reason),
        )
    version = schema_version_of(tables, SCHEMA_VERSION)
    if version > SCHEMA_VERSION:
        raise CareerClimbError(catalogue.IMPORT_DUMP_TOO_NEW.format(path=source))
    if version < SCHEMA_VERSION:
        tables = migrate(tables, version)
    # Text that enters from a file is kept without control characters, as
    # text typed in the app is.
    return plain_values(tables)


def parse_json(text: str, source: str) -> Any:
    """Parse JSON text, saying where it is broken when it is.

    Raises:
        CareerClimbError: when the text is not JSON.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CareerClimbError(
            catalogue.IMPORT_NOT_JSON.format(
                path=source, line=error.lineno, column=error.colno, reason=error.msg
            ),
        ) from None
    except RecursionError:
        raise CareerClimbError(catalogue.IMPORT_TOO_DEEP.format(path=source)) from None


# --- merging a dump ---------------------------------------------------------------


def _as_id(value: Any) -> int | None:
    """An id held in a link field (a whole number or its text), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _linked_ids(doc: Mapping[str, Any], link: Link) -> list[int]:
    value = doc.get(link.field)
    if link.shape == "one":
        values: Iterable[Any] = [value]
    elif link.shape == "list" and isinstance(value, list):
        values = value
    elif link.shape == "keys" and isinstance(value, dict):
        values = value.keys()
    else:
        values = []
    return [found for found in map(_as_id, values) if found is not None]


def _follow(value: Any, ids: Mapping[int, int]) -> Any:
    """The value of one link with its id moved, keeping int or text as it was."""
    old = _as_id(value)
    if old is None or old not in ids:
        return value
    return ids[old] if isinstance(value, int) else str(ids[old])


def relink(
    doc: Mapping[str, Any],
    links: Iterable[Link],
    moved: Mapping[str, Mapping[int, int]],
) -> dict[str, Any]:
    """A copy of a record whose links point at the records' new ids.

    Args:
        doc: the record as it is in the dump.
        links: the fields of the record that hold ids.
        moved: table → old id → new id.

    Returns:
        The record, with every link to a moved record changed; a field that does
        not have the expected shape is left as it is.
    """
    copied = copy.deepcopy(dict(doc))
    for link in links:
        ids = moved.get(link.table, {})
        value = copied.get(link.field)
        if link.shape == "one":
            copied[link.field] = _follow(value, ids)
        elif link.shape == "list" and isinstance(value, list):
            copied[link.field] = [_follow(item, ids) for item in value]
        elif link.shape == "keys" and isinstance(value, dict):
            copied[link.field] = {_follow(k, ids): v for k, v in value.items()}
    return copied


def content_key(doc: Mapping[str, Any]) -> str:
    """What two copies of the same record share, whenever each was saved."""
    kept = {key: value for key, value in doc.items() if key not in _STAMPS}
    return json.dumps(kept, sort_keys=True, ensure_ascii=False)


PITCH_OPENING_WORDS = 8
"""How many of a saved pitch's first words a report shows of it."""

REPORT_LABEL_CHARS = 160
"""The most of a record's title or text a report line shows, cut at a word."""


def record_label(doc: Mapping[str, Any], table: str = "") -> str:
    """The words that identify a record in a report: its whole title or text.

    The label is never cut, since whoever shows it wraps it to the room it
    has; a saved pitch, a text of minutes, is summed up in one line instead.

    Args:
        doc: the record as stored.
        table: the table it belongs to.
    """
    if table == "pitches":
        return _pitch_label(doc)
    if table == "proposal_drafts":
        return _proposal_label(doc)
    for name in ("title", "text", "name", "quarter"):
        value = doc.get(name)
        if isinstance(value, str) and value.strip():
            flat = " ".join(value.split())
            if name == "quarter":
                flat = catalogue.IMPORT_REVIEW_LABEL.format(
                    quarter=flat, run=doc.get("run", 1)
                )
            return flat
    return ""


_MARKS_ONLY = re.compile(r"[#|*_>-]+")
"""A token that is only Markdown marks: a heading's "##", a table's "|"."""


def _opening(text: str) -> str:
    """The first words of a text, marked "…" when there are more."""
    words = [word for word in text.split() if not _MARKS_ONLY.fullmatch(word)]
    opening = " ".join(words[:PITCH_OPENING_WORDS])
    if len(words) > PITCH_OPENING_WORDS:
        opening += "…"
    return opening


def _pitch_label(doc: Mapping[str, Any]) -> str:
    """A saved pitch in one line: when it was saved, its length, its opening.

    The length is counted as the app counts a pitch's words (``count_words``).
    """
    text = doc.get("text")
    text = text if isinstance(text, str) else ""
    saved = doc.get("created_at")
    day = saved.strip()[:10] if isinstance(saved, str) else ""
    template = catalogue.IMPORT_PITCH_LABEL if day else catalogue.IMPORT_PITCH_UNDATED
    return template.format(saved=day, words=count_words(text), opening=_opening(text))


def _proposal_label(doc: Mapping[str, Any]) -> str:
    """An edited proposal in one line: its title, its length, its first words."""
    text = doc.get("text")
    lines = text.strip().splitlines() if isinstance(text, str) else []
    title = ""
    if lines and lines[0].startswith("# "):
        title = " ".join(lines.pop(0)[2:].split())
    body = "\n".join(lines)
    return catalogue.IMPORT_PROPOSAL_LABEL.format(
        title=title or catalogue.IMPORT_PROPOSAL_UNTITLED,
        words=count_words(body),
        opening=_opening(body),
    )


def born_at(table: str, doc: Mapping[str, Any]) -> str | None:
    """The moment a record was made, as stored, or None when it holds none."""
    value = doc.get(_BORN_FIELDS.get(table, "created_at"))
    return value if isinstance(value, str) and value.strip() else None


def _born_once(records: Mapping[str, Mapping[str, Any]], table: str) -> dict[str, int]:
    """Creation moment → id, for the moments that only one record of a table has.

    Records written in one go (an import, the demo) can share a moment; such a
    moment names no record in particular, so it is left out.
    """
    counts = Counter(born_at(table, doc) for doc in records.values())
    return {
        moment: int(key)
        for key, doc in records.items()
        if (moment := born_at(table, doc)) is not None and counts[moment] == 1
    }


def _edited_reason(stored: Mapping[str, Any], incoming: Mapping[str, Any]) -> str:
    """Why a record the user has edited since the dump is left out."""
    try:
        mine = moment_from_json(stored.get("updated_at"))
        theirs = moment_from_json(incoming.get("updated_at"))
    except UnreadableRecord:
        return catalogue.IMPORT_EDITED_SINCE
    if mine is None or theirs is None:
        return catalogue.IMPORT_EDITED_DIFFERS
    if theirs > mine:
        return catalogue.IMPORT_EDITED_IN_FILE
    if theirs < mine:
        return catalogue.IMPORT_EDITED_SINCE
    # The same moment of the last change, yet other contents: the file itself
    # was changed by hand, or by another program.
    return catalogue.IMPORT_EDITED_DIFFERS


def added_label(table: str, doc: Mapping[str, Any]) -> str:
    """One record to add, as the import's report lists it: kind, date, words."""
    parts = [_noun(table)]
    day = doc.get("date")
    if isinstance(day, str) and day.strip():
        parts.append(day.strip())
    label = record_label(doc, table)
    if len(label) > REPORT_LABEL_CHARS:
        label = cut_at_word(label, REPORT_LABEL_CHARS)
    if label:
        parts.append(label)
    return " ".join(parts)


def adding_labels(inserts: Iterable[tuple[str, Mapping[str, Any]]]) -> tuple[str, ...]:
    """The records an import adds, as its report lists them (``added_label``).

    Args:
        inserts: (table, record) for each record to add, kind by kind.

    Returns:
        One label per record, each kind kept together where it first comes and
        its records newest first by date, as the journal lists wins; records
        of the same date, or with none, keep their order in the file (those
        with none last).
    """
    kinds: dict[str, list[Mapping[str, Any]]] = {}
    for table, doc in inserts:
        kinds.setdefault(table, []).append(doc)
    labels = []
    for table, docs in kinds.items():
        # A stable sort keeps file order among equals, even in reverse.
        for doc in sorted(docs, key=_record_day, reverse=True):
            labels.append(added_label(table, doc))
    return tuple(labels)


def _record_day(doc: Mapping[str, Any]) -> str:
    """A record's ISO date, for sorting; empty when it has none."""
    day = doc.get("date")
    return day.strip() if isinstance(day, str) else ""


def _noun(table: str) -> str:
    """What one record of a table is called in a report: "win", "review run"."""
    return catalogue.IMPORT_TABLE_NOUNS.get(table, (table, table))[0]


def _readable(table: str, doc: dict[str, Any], doc_id: int) -> bool:
    """False for a record of a known kind that this version cannot read."""
    try:
        if table == WINS:
            # No cap on the title here, unlike a typed or listed win: a dump is
            # a backup, and a win lost on restore is worse than a long title.
            win_from_json(doc, doc_id)
        elif table == PROFILE:
            profile_from_json(doc)
        elif table == "reviews":
            review_from_json(doc, doc_id)
    except UnreadableRecord:
        return False
    return True


def table_order(names: Iterable[str]) -> list[str]:
    """The tables in an order where every table comes after those it links to."""
    pending = sorted(set(names))
    ordered: list[str] = []
    while pending:
        ready = [
            name
            for name in pending
            if not {link.table for link in LINKS.get(name, ())}
            & (set(pending) - {name})
        ]
        # A loop of links cannot be ordered; take the tables as they come then.
        chosen = ready[0] if ready else pending[0]
        ordered.append(chosen)
        pending.remove(chosen)
    return ordered


@dataclass
class MergePlan:
    """What merging a dump into a data file will do."""

    inserts: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)
    """(table, id, document) to add, in order."""
    counters: dict[str, int] = field(default_factory=dict)
    """Table → the lowest id its next new record may get."""
    added: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    unreadable: int = 0
    """Records added as they are although this version cannot read them."""
    renumbered: list[Renumbered] = field(default_factory=list)
    """The file's review runs numbered after the user's own runs of a quarter."""
    paused: list[tuple[str, str]] = field(default_factory=list)
    """(the file's problem, the one already in progress) for each problem that
    came in paused so that only one is in progress."""


_ACTIVE_VALUES = frozenset(stage.value for stage in ACTIVE_STAGES)


def _in_progress(doc: Mapping[str, Any]) -> bool:
    return doc.get("stage") in _ACTIVE_VALUES


def _title_of(doc: Mapping[str, Any]) -> str:
    return " ".join(str(doc.get("title") or "").split())


def paused_on_arrival(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of an in-progress problem's document, paused where it stood.

    One problem is driven at a time, so a problem that arrives in progress
    while another already is comes in paused; resuming it returns it to its
    stage. The pause is dated at the problem's own last change, as the file
    says nothing of when it arrives.

    Args:
        doc: an initiative's document whose stage is an active one.

    Returns:
        The document with stage ``paused`` and the pause added to its history.
    """
    paused = copy.deepcopy(dict(doc))
    history = paused.get("history")
    history = list(history) if isinstance(history, list) else []
    last = history[-1].get("at") if history and isinstance(history[-1], dict) else None
    history.append(
        {
            "stage": Stage.PAUSED.value,
            "at": paused.get("updated_at") or last,
            "note": catalogue.IMPORT_PAUSED_HISTORY_NOTE,
        }
    )
    paused["history"] = history
    paused["stage"] = Stage.PAUSED.value
    return paused


def plan_merge(
    target: Tables, incoming: Tables, fresh_id: Callable[[str], int]
) -> MergePlan:
    """Work out how the records of a dump join the records already stored.

    A record whose content (timestamps aside) is already stored is skipped, and
    links to it lead to the stored copy. So is a record made at the same moment
    as a stored one of its table (its ``created_at``), which is that record as it
    was before the user edited it; the user's version is kept. A moment several
    records share names none of them, and matches nothing. In a table read for
    one record only (the profile), the user's own record is kept whatever the
    dump holds. A table that was never used keeps the dump's ids and id
    counters; in any other table new records get fresh ids. A link to a record
    deleted before the dump was made gets an id of its own too, so that it still
    leads nowhere rather than to somebody else's record.

    Args:
        target: every table of the data file being imported into.
        incoming: every table of the dump.
        fresh_id: hands out a new, never used id for a table.

    Returns:
        The plan; nothing is written.
    """
    plan = MergePlan()
    runs = RunNumbers(target, incoming)
    plan.renumbered = runs.renumbered
    target_counters = next_ids(target)
    incoming_counters = next_ids(incoming)

    def never_used(name: str) -> bool:
        return not target.get(name) and target_counters.get(name, 1) <= 1

    def keeps_ids(name: str) -> bool:
        return never_used(name) or name in _FIXED_ID_TABLES

    # One problem in progress at a time: the user's own one stays in progress.
    driven = next(
        (
            _title_of(doc)
            for _, doc in sorted(
                target.get(INITIATIVES, {}).items(), key=lambda kv: int(kv[0])
            )
            if _in_progress(doc)
        ),
        None,
    )

    moved: dict[str, dict[int, int]] = {}
    # Links to records that are not in the dump (deleted before it was made).
    gone: dict[str, dict[int, int]] = {}

    def place_gone(doc: Mapping[str, Any], links: Iterable[Link]) -> None:
        for link in links:
            for old in _linked_ids(doc, link):
                if old in moved.get(link.table, {}):
                    continue
                placed = gone.setdefault(link.table, {})
                if old not in placed:
                    keep = keeps_ids(link.table)
                    placed[old] = old if keep else fresh_id(link.table)

    for name in table_order(set(incoming) - {META}):
        stored = target.get(name, {})
        known = {content_key(doc): int(key) for key, doc in stored.items()}
        links = LINKS.get(name, ())
        ids = moved.setdefault(name, {})
        records = incoming[name]
        born_here = _born_once(stored, name)
        born_there = _born_once(records, name)
        for key in sorted(records, key=int):
            old = int(key)
            where = f"{_noun(name)} #{old}"
            # Links to deleted records are left as they are for the comparison:
            # a copy of this very record holds the same numbers.
            doc = relink(records[key], links, moved)
            same = known.get(content_key(doc))
            if same is not None:
                ids[old] = same
                plan.skipped.append(
                    Skipped(
                        where, record_label(doc, name), catalogue.IMPORT_ALREADY_THERE
                    )
                )
                continue
            moment = born_at(name, doc) or ""
            edited = born_here.get(moment) if moment in born_there else None
            if edited is not None and name not in ONE_RECORD_TABLES:
                ids[old] = edited
                reason = _edited_reason(stored[str(edited)], doc)
                plan.skipped.append(Skipped(where, record_label(doc, name), reason))
                continue
            if name in ONE_RECORD_TABLES and stored:
                ids[old] = min(int(k) for k in stored)
                plan.skipped.append(
                    Skipped(where, record_label(doc, name), catalogue.IMPORT_YOURS_KEPT)
                )
                continue

            place_gone(records[key], links)
            every = {
                table: {**gone.get(table, {}), **moved.get(table, {})}
                for table in set(moved) | set(gone)
            }
            doc = relink(records[key], links, every)
            if name == REVIEWS:
                doc = runs.place(doc)
            if name == INITIATIVES and _in_progress(doc):
                if driven is None:
                    driven = _title_of(doc)
                else:
                    plan.paused.append((_title_of(doc), driven))
                    doc = paused_on_arrival(doc)
            new = old if keeps_ids(name) else fresh_id(name)
            ids[old] = new
            plan.inserts.append((name, new, doc))
            plan.added[name] += 1
            if not _readable(name, doc, new):
                plan.unreadable += 1

    for name in set(moved) | set(gone) | set(incoming_counters):
        if not never_used(name) or name in _FIXED_ID_TABLES or name == META:
            continue
        used = [*moved.get(name, {}).values(), *gone.get(name, {}).values()]
        counter = max(incoming_counters.get(name, 1), max(used, default=0) + 1)
        if counter > 1:
            plan.counters[name] = counter
    return plan


class _Counters:
    """Hands out ids as the store would, without writing (for a preview)."""

    def __init__(self, start: Mapping[str, int]):
        self._next = dict(start)

    def fresh_id(self, table: str) -> int:
        candidate = self._next.get(table, 1)
        self._next[table] = candidate + 1
        return candidate


def _report(plan: MergePlan, source: str, written: bool) -> ImportReport:
    order = {name: rank for rank, name in enumerate(table_order(plan.added))}
    added = tuple(sorted(plan.added.items(), key=lambda item: order[item[0]]))
    notes: tuple[str, ...] = ()
    if plan.unreadable:
        notes = (
            counted(
                plan.unreadable,
                catalogue.IMPORT_UNREADABLE_COPIED_ONE,
                catalogue.IMPORT_UNREADABLE_COPIED,
            ),
        )
    notes = (*notes, *renumbered_notes(plan.renumbered))
    notes = (
        *notes,
        *(
            catalogue.IMPORT_PROBLEM_PAUSED.format(title=title, driven=driven)
            for title, driven in plan.paused
        ),
    )
    return ImportReport(
        source=source,
        format_label=catalogue.IMPORT_FORMAT_LABELS["json"],
        added=added,
        skipped=tuple(plan.skipped),
        written=written,
        notes=notes,
        adding=adding_labels((name, doc) for name, _, doc in plan.inserts),
    )


def import_dump(
    store: Store, incoming: Tables, source: str, *, dry_run: bool = False
) -> ImportReport:
    """Merge the tables of a dump into the user's data, in one transaction.

    Args:
        store: the user's data.
        incoming: the tables read by ``read_dump``.
        source: the file's name, for the report.
        dry_run: only work out what would happen; write nothing.

    Returns:
        What was added and what was skipped, and why.

    Raises:
        CareerClimbError: when the data file cannot be written; nothing is then.
    """
    if dry_run:
        target = all_tables(store)
        counters = _Counters(next_ids(target))
        return _report(plan_merge(target, incoming, counters.fresh_id), source, False)

    with store.transaction() as db:
        plan = plan_merge(
            tables_in(db), incoming, lambda name: store.fresh_id(db, name)
        )
        for name, doc_id, doc in plan.inserts:
            insert_document(db, name, doc_id, doc)
        raise_counters(db, plan.counters)
    return _report(plan, source, True)
