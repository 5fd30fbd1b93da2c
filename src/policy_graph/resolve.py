"""Values computed from what a text states, and checks of what it states.

* a baseline from a change: 647 元 in 2018, "较2013年提高45.7%" → 444.06 元 in 2013;
* a yearly equivalent of a monthly per-capita amount: 1075 元/人·月 → 12900 元/人·年;
* parts against their total: 8148 + 7735 + 149 = 16032 → consistent.

Derived values are separate observations, marked derived, that name the
observations they came from and the formula.

>>> baseline(Decimal("647"), Decimal("45.7"))
Decimal('444.06')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from .extract.facts import RATE_UNITS, Facts, ObservationFact
from .extract.numbers import canonical

__all__ = ["Check", "DerivedObservation", "Resolved", "baseline", "resolve"]

_TWO_PLACES = Decimal("0.01")


@dataclass
class DerivedObservation:
    kind: str                 # baseline | yearly
    source: int               # index of the reported observation it is computed from
    indicator: str
    region: str
    period: str
    value: Decimal
    unit: str
    derivation: str
    theme: str | None = None


@dataclass
class Check:
    total: int
    parts: list[int]
    sum_of_parts: Decimal
    consistent: bool


@dataclass
class Resolved:
    facts: Facts
    derived: list[DerivedObservation] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)


def baseline(value: Decimal, change_percent: Decimal) -> Decimal:
    """The value before a change of ``change_percent`` percent, rounded to 2 decimals."""
    return canonical((value / (1 + change_percent / 100)).quantize(_TWO_PLACES, rounding=ROUND_HALF_UP))


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _derive(index: int, obs: ObservationFact) -> list[DerivedObservation]:
    out: list[DerivedObservation] = []
    if obs.change_percent is not None and obs.base_period and obs.change_percent > -100 and \
            obs.unit not in ("percent", "per-mille", "percentage-point"):
        value = baseline(obs.value, obs.change_percent)
        sign = "+" if obs.change_percent >= 0 else ""
        out.append(DerivedObservation(
            "baseline", index, obs.indicator, obs.region, obs.base_period, value, obs.unit,
            f"{_plain(obs.value)} / (1 {sign} {_plain(obs.change_percent)}%) = {_plain(value)}"
            .replace("+ -", "- "), obs.theme))
    if obs.unit == "CNY/person/month" and "target" not in obs.qualifiers:
        value = canonical((obs.value * 12).quantize(_TWO_PLACES))
        out.append(DerivedObservation(
            "yearly", index, obs.indicator, obs.region, obs.period, value, "CNY/person/year",
            f"{_plain(obs.value)} × 12 months = {_plain(value)}", obs.theme))
    return out


def _checks(observations: list[ObservationFact]) -> list[Check]:
    parts: dict[int, list[int]] = {}
    for i, obs in enumerate(observations):
        if obs.total is not None:
            parts.setdefault(obs.total, []).append(i)
    checks = []
    for total, members in sorted(parts.items()):
        if len(members) < 2 or observations[total].unit in RATE_UNITS or "/" in observations[total].unit:
            continue  # (rates and figures per person or per thing: the parts' do not add up to the total's)
        total_value = observations[total].value
        summed = sum((observations[i].value for i in members), Decimal(0))
        approximate = any(observations[i].qualifiers & {"approx", "at-least", "at-most"}
                          for i in [total, *members])
        tolerance = total_value * Decimal("0.01") if approximate else Decimal(0)
        # A list after 其中 may name only the main parts: it must not exceed the total.
        consistent = summed <= total_value + tolerance if approximate else summed == total_value
        checks.append(Check(total, members, summed, consistent))
    return checks


def resolve(facts: Facts) -> Resolved:
    """Compute derived observations and part-total checks for ``facts``."""
    derived = [d for i, obs in enumerate(facts.observations) for d in _derive(i, obs)]
    return Resolved(facts=facts, derived=derived, checks=_checks(facts.observations))
