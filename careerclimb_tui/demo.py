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
