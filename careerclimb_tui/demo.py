"""A small, realistic sample career, for screenshots, tests and trying the app.

A mid-level engineer aiming at senior, with a quarter and a half of wins: some
current-level excellence, some next-level work with measured results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from careerclimb_tui.clock import FixedClock
from careerclimb_tui.domain.records import Measure, Profile, Win
from careerclimb_tui.domain.wins import framed
from careerclimb_tui.store import Store

DEMO_PROFILE = Profile(
    ladder_id="software-engineer",
    current_level="mid",
    target_level="senior",
    name="Sam",
    cycle_closes=dt.date(2027, 3, 31),
)

# (days before today, title, what changed, measure, who benefited, noticed by,
#  dimensions)
_DEMO_WINS: list[tuple[int, str, str, Measure | None, str, str, tuple[str, ...]]] = [
    (
        2,
        "Found the root cause of our deploy reliability problem, drove the fix "
        "across three teams; deploy failures dropped 40% in the first month",
        "Releases no longer need a babysitter; two other teams adopted the fix.",
        Measure(before=20, after=12, unit="%", label="change failure rate"),
        "every team that deploys the monolith",
        "platform team, payments team",
        ("scope_impact", "collaboration_influence", "ownership_initiative"),
    ),
    (
        9,
        "Built a monitoring dashboard for the payments service",
        "",
        None,
        "",
        "",
        ("execution",),
    ),
    (
        16,
        "Wrote the on-call diagnosis runbook and alert links",
        "The on-call engineer now diagnoses payment incidents in 3 minutes "
        "instead of 30",
        Measure(before=30, after=3, unit="minutes", label="time to diagnose"),
        "on-call rotation",
        "",
        ("ownership_initiative", "execution"),
    ),
    (
        23,
        "Reviewed 200 PRs this quarter",
        "",
        None,
        "",
        "",
        ("collaboration_influence",),
    ),
    (
        37,
        "Scoped the search migration myself and wrote the RFC with trade-offs",
        "The team agreed a plan in one review instead of weeks of debate.",
        None,
        "search team",
        "product manager for search",
        ("technical_direction", "scope_impact"),
    ),
    (
        58,
        "Closed every ticket in the sprint",
        "",
        None,
        "",
        "",
        ("execution",),
    ),
    (
        75,
        "Cut CI time for the web app",
        "Engineers get feedback before they switch context.",
        Measure(before=24, after=9, unit="minutes", label="CI duration"),
        "all web engineers",
        "developer experience group",
        ("execution", "ownership_initiative"),
    ),
]


@contextmanager
def stamped_at(store: Store, moment: dt.datetime | None) -> Iterator[None]:
    """Save with ``moment`` as the time of every change, then restore the clock.

    A store stamps what it saves with the time of the save. A sample record
    that its story last changed weeks ago would otherwise read as updated
    today, the moment the sample career was written.

    Args:
        store: the store the sample is written to.
        moment: when the story last changed the record; None keeps the clock.
    """
    real = store.clock
    if moment is not None:
        store.clock = FixedClock(moment, real.today())
    try:
        yield
    finally:
        store.clock = real


def seed_demo(store: Store, today: dt.date) -> None:
    """Fill an empty store with the sample profile and wins.

    Args:
        store: the store to fill (its existing data is kept).
        today: the date the sample career is seen from.
    """
    store.save_profile(DEMO_PROFILE)
    for days_ago, title, changed, measure, who, noticed, dims in _DEMO_WINS:
        store.add_win(
            framed(
                Win(
                    title=title,
                    date=today - dt.timedelta(days=days_ago),
                    what_changed=changed,
                    measure=measure,
                    beneficiaries=who,
                    noticed_by=noticed,
                    dimensions=dims,
                )
            )
        )


# Pieces from which the generator builds varied, realistic wins. Each subject has
# a kind, and each template names the kinds it reads naturally with: a process is
# shortened, not "recovered", and only what runs has "a run of" it.
_SUBJECTS = (
    ("the deploy pipeline", "runs"),
    ("the web app's CI", "runs"),
    ("the mobile release build", "runs"),
    ("the integration test suite", "runs"),
    ("the billing export", "runs"),
    ("the payments service", "serves"),
    ("the search index", "serves"),
    ("the alerting rules", "alerts"),
    ("the onboarding guide", "guide"),
    ("the incident review process", "process"),
)
_ACTIVITIES = (
    ("Reviewed {n} PRs touching {subject}", "runs serves alerts guide"),
    ("Shipped the planned changes to {subject}", "runs serves alerts guide process"),
    ("Worked on {subject} with the platform team", "runs serves alerts guide process"),
    ("Fixed {n} bugs in {subject}", "runs serves alerts"),
    ("Built a dashboard for {subject}", "runs serves alerts process"),
    ("Rewrote {n} sections of {subject}", "guide"),
    ("Ran {n} sessions on {subject}", "process"),
)
# (title, what changed, unit, what the measure names, the kinds it fits)
_IMPACTS = (
    (
        "Cut the time to recover {subject} after an outage",
        "Outages of {subject} now end in {after} minutes instead of {before}",
        "minutes",
        "time to restore",
        "serves",
    ),
    (
        "Made {subject} reliable",
        "Failures in {subject} dropped from {before} to {after} a week",
        "failures/week",
        "failures",
        "runs serves",
    ),
    (
        "Sped up {subject}",
        "A run of {subject} now takes {after} minutes instead of {before}",
        "minutes",
        "duration",
        "runs",
    ),
    (
        "Cut the noise from {subject}",
        "Pages from {subject} dropped from {before} to {after} a week",
        "pages/week",
        "pages",
        "alerts",
    ),
    (
        "Made {subject} quicker to follow",
        "New hires now finish {subject} in {after} minutes instead of {before}",
        "minutes",
        "time to finish",
        "guide",
    ),
    (
        "Shortened {subject}",
        "An incident review now takes {after} minutes instead of {before}",
        "minutes",
        "review time",
        "process",
    ),
)


def generate_wins(count: int, today: dt.date, seed: int = 7) -> list[Win]:
    """Make ``count`` realistic wins spread over the years before ``today``.

    A few a week over up to ten years; roughly one in three is activity-only. The same
    seed always gives the same wins.

    Args:
        count: how many wins to make.
        today: the newest win is dated on or before this day.
        seed: for a reproducible sequence.

    Returns:
        The wins, newest first, without ids.
    """
    import random

    rng = random.Random(seed)
    dimensions = (
        "scope_impact",
        "technical_direction",
        "execution",
        "collaboration_influence",
        "mentoring",
        "ownership_initiative",
    )
    # A few wins a week for a typical user; heavy imports pack more into a year.
    span_days = 365 * min(10, max(1, count // 150))
    days = sorted((rng.randrange(span_days) for _ in range(count)))
    wins: list[Win] = []
    for offset in days:
        day = today - dt.timedelta(days=offset)
        subject, kind = rng.choice(_SUBJECTS)
        chosen = tuple(sorted(rng.sample(dimensions, rng.randint(1, 3))))
        if rng.random() < 0.35:
            fitting = [text for text, kinds in _ACTIVITIES if kind in kinds.split()]
            title = rng.choice(fitting).format(n=rng.randint(3, 250), subject=subject)
            win = Win(title=title, date=day, dimensions=chosen)
        else:
            impacts = [impact for impact in _IMPACTS if kind in impact[4].split()]
            title, changed, unit, label, _ = rng.choice(impacts)
            before = rng.randint(12, 120)
            # At least 2, so no amount reads "1 minutes".
            after = max(2, before * rng.randint(10, 70) // 100)
            win = Win(
                title=title.format(subject=subject),
                date=day,
                what_changed=changed.format(
                    subject=subject, before=before, after=after
                ),
                measure=Measure(before=before, after=after, unit=unit, label=label),
                beneficiaries=rng.choice(
                    ("the team", "on-call", "support", "customers")
                ),
                noticed_by=rng.choice(("", "", "platform team", "product director")),
                dimensions=chosen,
                tags=(rng.choice(("q-goal", "reliability", "speed", "quality")),),
            )
        wins.append(framed(win))
    return wins


def seed_problem_demo(store: Store, today: dt.date) -> None:
    """Add the sample career's next-level problem: one being measured, one dropped.

    The measured one is linked to the deploy win that ``seed_demo`` adds, when it
    is there, since that win is its result.

    Args:
        store: the store to fill (its existing data is kept).
        today: the date the sample career is seen from.
    """
    # Imported here: only the demo needs the problem records at this point.
    from careerclimb_tui.domain.initiative import (
        Reading,
        Stage,
        Stakeholders,
        add_note,
        add_reading,
        advance,
        link_win,
        start_initiative,
    )
    from careerclimb_tui.store.initiative_docs import save_initiative

    def moment(days_ago: int) -> dt.datetime:
        day = today - dt.timedelta(days=days_ago)
        return dt.datetime.combine(day, dt.time(10, 0), tzinfo=dt.timezone.utc)

    def day(days_ago: int) -> dt.date:
        return today - dt.timedelta(days=days_ago)

    dropped = start_initiative(
        "Flaky integration tests everyone reruns",
        moment(120),
        problem_id="flaky-tests",
        description="About one CI run in six fails on a test that passes on retry.",
    )
    dropped = add_note(
        dropped,
        "Counted 31 reruns in two weeks, mostly the checkout suite.",
        moment(118),
    )
    dropped = advance(
        dropped,
        Stage.DROPPED,
        moment(104),
        "The platform team made it their quarterly goal; I review their fixes instead.",
    )
    # Each sample problem reads as last changed when its story last changed it.
    with stamped_at(store, dropped.updated_at):
        save_initiative(store, dropped)

    releases = start_initiative(
        "Releases fail one time in five and need someone watching them",
        moment(70),
        problem_id="risky-releases",
        description=(
            "Every monolith release needs an engineer watching dashboards for an "
            "hour, and about one in five is rolled back."
        ),
    )
    releases = add_note(
        releases,
        "Went through last quarter's rollbacks: most came from config changes "
        "that could not be switched off.",
        moment(68),
    )
    releases = releases.with_changes(
        evidence="14 rollbacks last quarter; 9 were config changes with no switch.",
        proposed_fix=(
            "Ship config changes behind flags and add a ten-minute canary step "
            "before the full rollout."
        ),
        cost="About three weeks of my time, plus a review from the platform team.",
        metric="Change failure rate",
        better="lower",
    )
    releases = add_reading(
        releases, Reading(20, "%", day(63), "deploy dashboard"), moment(63)
    )
    releases = advance(
        releases,
        Stage.PROPOSED,
        moment(60),
        "Sent the one-page proposal to Dana and the platform lead.",
    )
    releases = advance(
        releases, Stage.BUY_IN, moment(52), "Dana and the platform lead agreed."
    )
    releases = advance(releases, Stage.DRIVING, moment(45), "Canary step built.")
    releases = add_note(
        releases,
        "Payments team adopted the flag helper for their releases.",
        moment(30),
    )
    releases = advance(releases, Stage.MEASURING, moment(21), "Canary live for all.")
    releases = add_reading(
        releases, Reading(15, "%", day(14), "deploy dashboard"), moment(14)
    )
    releases = add_reading(
        releases, Reading(12, "%", day(3), "deploy dashboard"), moment(3)
    )
    releases = releases.with_changes(
        next_step="Take one more reading in two weeks, then present the result",
        stakeholders=Stakeholders(
            to_agree=("Dana (engineering manager)", "Omar (platform team lead)"),
            agreed=("Dana (engineering manager)", "Omar (platform team lead)"),
            helped=("Lee (SRE)",),
            other_teams=("platform team", "payments team"),
        ),
    )
    result = next(
        (w for w in store.wins() if w.title.startswith("Found the root cause")), None
    )
    if result is not None and result.id is not None:
        releases = link_win(releases, result.id, moment(2))
    with stamped_at(store, releases.updated_at):
        save_initiative(store, releases)


def seed_manager_demo(store: Store, today: dt.date) -> None:
    """Add the sample career's manager conversations and the criteria they gave.

    Seven weeks ago the manager named three things; two have wins from
    ``seed_demo`` linked as evidence (and the initiative of ``seed_problem_demo``,
    when it is there), the third has waited long enough to be flagged. A short
    check-in two weeks ago added no new criteria.

    Args:
        store: the store to fill (its existing data is kept).
        today: the date the sample career is seen from.
    """
    # Imported here: only the demo needs the conversation records at this point.
    from dataclasses import replace

    from careerclimb_tui.domain.criteria import (
        Conversation,
        criteria_from_notes,
        link_evidence,
    )
    from careerclimb_tui.store import criteria_docs

    def moment(days_ago: int) -> dt.datetime:
        day = today - dt.timedelta(days=days_ago)
        return dt.datetime.combine(day, dt.time(15), tzinfo=dt.timezone.utc)

    def win_id(title_start: str) -> int | None:
        found = (w for w in store.wins() if w.title.startswith(title_start))
        return next((w.id for w in found if w.id is not None), None)

    notes = (
        "Happy with the deploy work, people noticed.\n"
        "Lead a technical change across teams end to end, e.g. the deploy "
        "reliability fix\n"
        "Write a design another team builds on, for example the search migration "
        "RFC\n"
        "Mentor one of the new joiners through their first on-call rotation\n"
        "Timing is up to the calibration committee."
    )
    lines = notes.splitlines()
    cycle = criteria_docs.default_cycle(store.profile())
    lead, design, mentor = criteria_from_notes(lines[1:4], moment(50), cycle)
    initiative = criteria_docs.stored_active_initiative(store)

    deploy = win_id("Found the root cause")
    rfc = win_id("Scoped the search migration")
    drafts = [
        link_evidence(
            replace(lead, dimension="scope_impact"),
            moment(30),
            [deploy] if deploy is not None else [],
            initiative.id if initiative is not None else None,
        ),
        link_evidence(
            replace(design, dimension="technical_direction"),
            moment(40),
            [rfc] if rfc is not None else [],
        ),
        replace(mentor, dimension="mentoring"),
    ]
    first = Conversation(date=today - dt.timedelta(days=50), notes=notes)
    criteria_docs.record_conversation(store, first, drafts)

    check_in = Conversation(
        date=today - dt.timedelta(days=14),
        notes=(
            "The deploy fix counts towards the first one once six weeks of numbers "
            "are in.\nNo mentee yet: ask the team lead who starts next month."
        ),
    )
    criteria_docs.record_conversation(store, check_in, [])


# (initials, from, to, months before today, items as (text, dimensions, signal),
#  how the work became visible, what they said)
_DEMO_PEERS: list[
    tuple[str, str, str, int, list[tuple[str, tuple[str, ...], str]], str, str]
] = [
    (
        "PR",
        "mid",
        "senior",
        5,
        [
            (
                (
                    "Led the checkout latency work across the payments, search "
                    "and platform teams; p95 went from 900 ms to 350 ms"
                ),
                ("scope_impact", "collaboration_influence"),
                "next_level",
            ),
            (
                (
                    "Wrote the design doc for the event pipeline that two other "
                    "teams now build on"
                ),
                ("technical_direction",),
                "next_level",
            ),
            (
                "Kept the on-call rotation healthy all year",
                ("execution",),
                "current_level",
            ),
        ],
        (
            "Demoed the latency work at the engineering all-hands; the director "
            "read the one-page write-up before calibration."
        ),
        "Pick one problem the whole org feels, and measure it before you start.",
    ),
    (
        "JM",
        "mid",
        "senior",
        9,
        [
            (
                (
                    "Drove the flaky-test clean-up across four teams; failed CI "
                    "runs dropped from 18% to 3%"
                ),
                ("ownership_initiative", "collaboration_influence"),
                "next_level",
            ),
            (
                "Mentored two new joiners through their first on-call shifts",
                ("mentoring",),
                "next_level",
            ),
        ],
        "Posted a short CI health note in the engineering channel every month.",
        "My manager needed numbers for calibration, not adjectives.",
    ),
    (
        "AK",
        "mid",
        "senior",
        14,
        [
            (
                (
                    "Proposed and led the migration off the legacy job scheduler; "
                    "nightly failures went from 12 a week to 1"
                ),
                ("technical_direction", "ownership_initiative"),
                "next_level",
            ),
            (
                "Reviewed most of the team's pull requests",
                ("collaboration_influence",),
                "current_level",
            ),
        ],
        (
            "The infrastructure director asked for the migration at the "
            "architecture review."
        ),
        (
            "Nobody asked me to do the scheduler move. I wrote a one-page proposal "
            "and asked for two weeks."
        ),
    ),
]


def seed_case_demo(store: Store, today: dt.date) -> None:
    """Add three promoted peers and a first saved pitch to the sample career.

    Call it after the other seeds, so that the pitch is drafted from their wins
    and initiative.

    Args:
        store: the store to fill (its existing data is kept).
        today: the date the sample career is seen from.
    """
    from careerclimb_tui.domain.peers import Peer, PeerItem, Signal, suggest_kinds
    from careerclimb_tui.domain.pitch import build_pitch
    from careerclimb_tui.store import peers_docs

    for name, from_level, to_level, months_ago, items, seen, said in _DEMO_PEERS:
        month_index = today.year * 12 + today.month - 1 - months_ago
        peers_docs.save_peer(
            store,
            Peer(
                name=name,
                from_level=from_level,
                to_level=to_level,
                promoted_in=f"{month_index // 12:04d}-{month_index % 12 + 1:02d}",
                items=tuple(
                    PeerItem(text, dims, Signal(signal), suggest_kinds(text))
                    for text, dims, signal in items
                ),
                visibility=seen,
                advice=said,
            ),
        )

    draft = build_pitch(
        store.wins(), store.reviews(), peers_docs.initiative_facts(store), today
    )
    profile = store.profile()
    if not draft.is_empty:
        peers_docs.save_pitch_version(
            store, draft.text, target_level=profile.target_level if profile else ""
        )


# Four-question answers for the sample wins, by title: could a peer at the
# current level have done it, was it chosen, and who outside the team noticed.
_DEMO_REVIEW_ANSWERS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    _DEMO_WINS[0][1]: ("no", "chose", ("platform team", "payments team")),
    _DEMO_WINS[1][1]: ("yes", "assigned", ()),
    _DEMO_WINS[2][1]: ("no", "chose", ("support team",)),
    _DEMO_WINS[3][1]: ("yes", "assigned", ()),
    _DEMO_WINS[4][1]: ("no", "chose", ("product manager for search",)),
    _DEMO_WINS[5][1]: ("yes", "assigned", ()),
    _DEMO_WINS[6][1]: ("no", "partly", ("developer experience group",)),
}


def seed_export_demo(store: Store, today: dt.date) -> None:
    """Review the sample wins, quarter by quarter, so the packet has verdicts.

    Each quarter holding sample wins gets a finished review run that covers
    only those wins, so that the promotion packet shows next-level and
    current-level verdicts and who outside the team noticed. Call it after
    ``seed_demo`` and before ``seed_case_demo``, whose pitch reads the reviews.

    Args:
        store: the store to fill (its existing data is kept).
        today: the date the sample career is seen from.
    """
    from careerclimb_tui.domain.quarters import quarter_of
    from careerclimb_tui.domain.review import (
        Noticed,
        answer,
        finish,
        mark_judged,
        move_to,
        start_review,
        suggest_change,
    )
    from careerclimb_tui.domain.target import judged_level_now
    from careerclimb_tui.ladders import load_shelf

    profile = store.profile()
    start_month = profile.fiscal_year_start_month if profile else 1
    sample = [
        win
        for win in store.wins()
        if win.title in _DEMO_REVIEW_ANSWERS and win.date <= today
    ]
    now = store.clock.now()
    ladder = load_shelf().ladders.get(profile.ladder_id) if profile else None
    judged = judged_level_now(ladder, profile.current_level) if ladder else ""
    for quarter in sorted({quarter_of(win.date, start_month) for win in sample}):
        review = start_review(
            quarter, sample, now, earlier=store.reviews(), judged_level=judged
        )
        for win in sample:
            if win.id is None or win.id not in review.entries:
                continue
            peer, choice, who = _DEMO_REVIEW_ANSWERS[win.title]
            review = answer(
                review,
                win.id,
                now=now,
                peer_could=peer,
                choice=choice,
                change=suggest_change(win),
                noticed=Noticed.by(*who) if who else Noticed.nobody(),
            )
            review = mark_judged(review, win, now=now)
        review = move_to(review, len(review.win_ids), now=now)
        store.save_review(finish(review, now=now))


def seed_full_demo(store: Store, today: dt.date) -> None:
    """The whole sample career: wins, an initiative, a manager conversation with
    criteria, finished quarterly reviews, promoted peers and a first pitch.

    The order matters: reviews read the wins, and the pitch reads the reviews.
    """
    seed_demo(store, today)
    seed_problem_demo(store, today)
    seed_manager_demo(store, today)
    seed_export_demo(store, today)
    seed_case_demo(store, today)
