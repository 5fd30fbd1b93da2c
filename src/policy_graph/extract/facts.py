"""The facts extraction produces: plain, typed records, each with the spans it was read from.

Spans here are in *normalized* text coordinates; :mod:`policy_graph.mapping`
maps them back to the original text when it writes RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

__all__ = [
    "RATE_UNITS",
    "DocumentFact",
    "Evidence",
    "Facts",
    "ObservationFact",
    "OrganizationFact",
    "ProgramFact",
    "SectionFact",
]


# The unit codes of rates: their parts do not add up to them
RATE_UNITS = frozenset({"percent", "per-mille", "percentage-point"})


class Evidence(NamedTuple):
    """Where a fact was read: ``[start, end)`` in the normalized text, its sentence, and the rule."""

    start: int
    end: int
    rule: str
    sentence: tuple[int, int] | None = None
    section: int | None = None  # 1-based section order, None outside sections


@dataclass
class SectionFact:
    order: int
    heading: str
    subheading: str | None
    start: int
    end: int
    theme: str | None


@dataclass
class OrganizationFact:
    name: str
    parent: str | None = None
    region: str | None = None  # GB/T 2260 code of its jurisdiction
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class DocumentFact:
    title: str
    doctype: str | None = None        # key of a pg:DocumentType concept
    issuer: str | None = None         # name of an OrganizationFact
    jurisdiction: str | None = None   # region code
    implements: list[str] = field(default_factory=list)  # titles
    issued: str | None = None         # 2014, 2014-06, 2014-06-01
    number: str | None = None         # 国办发〔2023〕17号
    theme: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ProgramFact:
    label: str
    progtype: str | None = None
    theme: str | None = None
    regions: set[str] = field(default_factory=set)
    based_on: set[str] = field(default_factory=set)  # document titles
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ObservationFact:
    indicator: str
    region: str
    period: str
    value: Decimal
    unit: str                      # unit code, e.g. CNY/person/month
    evidence: Evidence             # the quote: the measured noun and the number
    anchor: int                    # where the number starts (normalized text): the observation's key
    base_period: str | None = None
    change_percent: Decimal | None = None
    upper: Decimal | None = None   # the upper end of a range
    qualifiers: set[str] = field(default_factory=set)
    theme: str | None = None
    total: int | None = None       # index of the observation this one is a part of
    documents: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)


@dataclass
class Facts:
    """Everything read from one source text."""

    title: str | None = None
    title_start: int = 0  # where the title is in the normalized text
    subtitle: str | None = None
    byline: str | None = None
    reference_period: str | None = None
    focus_region: str | None = None
    sections: list[SectionFact] = field(default_factory=list)
    regions: dict[str, list[Evidence]] = field(default_factory=dict)  # code -> mentions
    organizations: dict[str, OrganizationFact] = field(default_factory=dict)
    documents: dict[str, DocumentFact] = field(default_factory=dict)
    programs: dict[str, ProgramFact] = field(default_factory=dict)
    observations: list[ObservationFact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
