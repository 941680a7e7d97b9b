"""A small, realistic sample career, for screenshots, tests and trying the app.

A mid-level engineer aiming at senior, with a quarter and a half of wins: some
current-level excellence, some next-level work with measured results.
"""

from __future__ import annotations

import datetime as dt

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
        Measure(change_pct=-40, label="deploy failures"),
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


# Pieces from which the generator builds varied, realistic wins.
_SUBJECTS = (
    "the deploy pipeline",
    "the payments service",
    "on-call alerts",
    "the search index",
    "the onboarding guide",
    "CI for the web app",
    "the billing export",
    "flaky integration tests",
    "the mobile release train",
    "the incident review process",
)
_ACTIVITIES = (
    "Reviewed {n} PRs touching {subject}",
    "Shipped the planned changes to {subject}",
    "Worked on {subject} with the platform team",
    "Fixed {n} bugs in {subject}",
    "Built a dashboard for {subject}",
)
_IMPACTS = (
    (
        "Cut the time to recover {subject}",
        "Incidents on {subject} now close in {after} minutes instead of {before}",
        "minutes",
        "time to restore",
    ),
    (
        "Made {subject} reliable",
        "Failures in {subject} dropped from {before} to {after} a week",
        "failures/week",
        "failures",
    ),
    (
        "Sped up {subject}",
        "A run of {subject} now takes {after} minutes instead of {before}",
        "minutes",
        "duration",
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
        subject = rng.choice(_SUBJECTS)
        chosen = tuple(sorted(rng.sample(dimensions, rng.randint(1, 3))))
        if rng.random() < 0.35:
            title = rng.choice(_ACTIVITIES).format(
                n=rng.randint(3, 250), subject=subject
            )
            win = Win(title=title, date=day, dimensions=chosen)
        else:
            title, changed, unit, label = rng.choice(_IMPACTS)
            before = rng.randint(12, 120)
            after = max(1, before * rng.randint(10, 70) // 100)
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
