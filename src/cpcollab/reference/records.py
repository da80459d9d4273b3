"""Plain records of the reference data: what the data files in ``data/`` hold.

Both the Django ``registry`` app (which loads them into the database) and the extraction
engine (which recognises the names in text) read these, so there is one source of truth.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ACTOR_TYPES: tuple[str, ...] = (
    "fund_programme",
    "specialized_agency",
    "secretariat_office",
    "srsg",
    "special_procedure",
    "treaty_body",
    "intergovernmental_organ",
    "inter_agency_mechanism",
    "related_organization",
    "collective",
)
COUNTRY_STATUSES: tuple[str, ...] = ("member_state", "observer_state", "non_member_state", "territory")
THEME_KINDS: tuple[str, ...] = ("scheme", "group", "item")
MEMBER_ROLES: tuple[str, ...] = ("member", "chair", "co-chair", "lead", "co-lead", "secretariat")
#: Reporting bodies that are not actors of the registry.
NON_ACTOR_BODIES: frozenset[str] = frozenset({"STATES_PARTIES"})


@dataclass(frozen=True, slots=True)
class LocalName:
    """How an actor or mechanism is named in one language."""

    full: str
    short: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    def all_forms(self) -> tuple[str, ...]:
        """Every distinct form, longest first (the order a recogniser should try them)."""
        forms = {self.full, self.short, *self.acronyms, *self.aliases}
        return tuple(sorted((f for f in forms if f), key=lambda f: (-len(f), f)))


@dataclass(frozen=True, slots=True)
class ResolutionRef:
    """A resolution (or treaty article) that creates or renews a mandate."""

    symbol: str
    year: int
    body: str
    paragraph: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReportingLine:
    """A body an actor reports to, and through which channel."""

    body: str
    channel: str = ""


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """A UN actor with a child-protection role (or a collective code such as UN-SYSTEM)."""

    code: str
    annotation_code: str
    type: str
    independent_mandate: bool
    names: Mapping[str, LocalName]
    parent: str = ""
    website: str = ""
    reports_to: tuple[ReportingLine, ...] = ()
    mandates: tuple[ResolutionRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Membership:
    """An actor's place in an inter-agency mechanism."""

    actor: str
    role: str = "member"


@dataclass(frozen=True, slots=True)
class MechanismRecord:
    """An inter-agency mechanism (task force, panel, partnership) and its member actors."""

    code: str
    names: Mapping[str, LocalName]
    description: str = ""
    established_year: int | None = None
    established_by: tuple[ResolutionRef, ...] = ()
    members: tuple[Membership, ...] = ()


@dataclass(frozen=True, slots=True)
class ThemeRecord:
    """A node of the theme taxonomy (a scheme, a group inside it, or an item)."""

    code: str
    kind: str
    names: Mapping[str, str]
    parent: str = ""
    ref: str = ""
    related: tuple[str, ...] = ()
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class KindRecord:
    """A kind of collaboration (the six of the annotation guideline)."""

    code: str
    names: Mapping[str, str]
    description: Mapping[str, str]
    examples_en: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country's short (and, in English, formal) name in one language."""

    short: str
    formal: str = ""


@dataclass(frozen=True, slots=True)
class CountryRecord:
    """A Member State, observer State, non-member State or territory."""

    iso3: str
    iso2: str
    m49: int | None
    status: str
    region_code: int | None
    region: str
    subregion_code: int | None
    subregion: str
    names: Mapping[str, CountryName]
    pattern_en: str = ""
