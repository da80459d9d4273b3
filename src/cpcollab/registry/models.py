"""The registry: who is who in UN child protection (reference facts, public, not owned).

Names are kept for the six official languages in a JSON column (``names``) keyed by language
code; ``search_text`` holds every name folded (see :func:`cpcollab.reference.text.fold`) so
search ignores case, accents and script-specific marks on SQLite and PostgreSQL alike.
Nothing here scores, rates or ranks an actor: there is deliberately no field for it (ADR 0002).
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cpcollab.reference.languages import data_language
from cpcollab.reference.text import fold


def _all_strings(value: Any) -> list[str]:
    """Every string inside a names/keywords JSON value, in a stable order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key in sorted(value) for s in _all_strings(value[key])]
    if isinstance(value, list):
        return [s for item in value for s in _all_strings(item)]
    return []


def search_text_of(*parts: Any) -> str:
    """The folded text that ``?search=`` matches: every name in every language, one per line."""
    seen = dict.fromkeys(fold(s) for part in parts for s in _all_strings(part) if s)
    return "\n".join(seen)


class ActorType(models.TextChoices):
    FUND_PROGRAMME = "fund_programme", _("Fund or programme")
    SPECIALIZED_AGENCY = "specialized_agency", _("Specialized agency")
    SECRETARIAT_OFFICE = "secretariat_office", _("Secretariat department or office")
    SRSG = "srsg", _("Special Representative of the Secretary-General")
    SPECIAL_PROCEDURE = "special_procedure", _("Special procedure")
    TREATY_BODY = "treaty_body", _("Treaty body")
    INTERGOVERNMENTAL_ORGAN = "intergovernmental_organ", _("Intergovernmental organ")
    INTER_AGENCY_MECHANISM = "inter_agency_mechanism", _("Inter-agency mechanism")
    RELATED_ORGANIZATION = "related_organization", _("Related organization")
    COLLECTIVE = "collective", _("Collective designation")


class CountryStatus(models.TextChoices):
    MEMBER_STATE = "member_state", _("Member State")
    OBSERVER_STATE = "observer_state", _("Observer State")
    NON_MEMBER_STATE = "non_member_state", _("Non-member State")
    TERRITORY = "territory", _("Territory")


class ThemeKind(models.TextChoices):
    SCHEME = "scheme", _("Scheme")
    GROUP = "group", _("Group")
    ITEM = "item", _("Item")


class MemberRole(models.TextChoices):
    MEMBER = "member", _("Member")
    CHAIR = "chair", _("Chair")
    CO_CHAIR = "co-chair", _("Co-chair")
    LEAD = "lead", _("Lead")
    CO_LEAD = "co-lead", _("Co-lead")
    SECRETARIAT = "secretariat", _("Secretariat")


def _local(names: dict[str, Any], lang: str | None) -> Any:
    """The entry of ``names`` for ``lang`` (default: the active language), else English."""
    code = data_language(lang or get_language())
    return names.get(code) or names.get("en") or {}


class NamedEntity(models.Model):
    """An entity named in six languages: ``names[lang] = {full, short, acronyms, aliases}``."""

    code = models.CharField(max_length=32, unique=True)
    names = models.JSONField(default=dict)
    search_text = models.TextField(editable=False, default="")
    sort_key = models.CharField(max_length=200, editable=False, default="", db_index=True)

    class Meta:
        abstract = True
        ordering = ["sort_key"]

    def __str__(self) -> str:
        return f"{self.code} – {self.full_name('en')}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_text = search_text_of(self.code, self.names)
        self.sort_key = fold(self.full_name("en"))[:200]
        super().save(*args, **kwargs)

    def full_name(self, lang: str | None = None) -> str:
        return str(_local(self.names, lang).get("full", self.code))

    def short_name(self, lang: str | None = None) -> str:
        return str(_local(self.names, lang).get("short", self.code))


class Actor(NamedEntity):
    """A UN actor working on child protection, or a collective code (UN-SYSTEM, UN-OTHER)."""

    annotation_code = models.CharField(max_length=32, help_text=_("Code in the annotation guideline."))
    type = models.CharField(max_length=32, choices=ActorType.choices)
    independent_mandate = models.BooleanField(
        default=False, help_text=_("Independent mandate holder (Special Representative, rapporteur, treaty body).")
    )
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    website = models.URLField(blank=True)

    class Meta(NamedEntity.Meta):
        verbose_name = _("actor")
        verbose_name_plural = _("actors")


class ReportingLine(models.Model):
    """Where an actor reports: a body (an actor code, or STATES_PARTIES) and the channel."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="reporting_lines")
    body = models.CharField(max_length=32)
    channel = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["actor", "position"]
        constraints = [models.UniqueConstraint(fields=["actor", "body"], name="reporting_line_unique")]

    def __str__(self) -> str:
        return f"{self.actor.code} → {self.body}"


class Mandate(models.Model):
    """A resolution (or treaty article) that creates or renews an actor's mandate."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mandates")
    symbol = models.CharField(max_length=80)
    year = models.PositiveSmallIntegerField()
    paragraph = models.CharField(max_length=40, blank=True)
    body = models.CharField(max_length=32)
    note = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["actor", "position"]
        constraints = [models.UniqueConstraint(fields=["actor", "symbol"], name="mandate_unique")]

    def __str__(self) -> str:
        return f"{self.actor.code}: {self.symbol}"


class Country(models.Model):
    """A Member State, observer State, non-member State or territory (M49 and ISO codes)."""

    iso3 = models.CharField(max_length=3, unique=True)
    iso2 = models.CharField(max_length=2, blank=True)
    m49 = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=CountryStatus.choices, db_index=True)
    region_code = models.PositiveSmallIntegerField(null=True, blank=True)
    region = models.CharField(max_length=80, blank=True)
    subregion_code = models.PositiveSmallIntegerField(null=True, blank=True)
    subregion = models.CharField(max_length=80, blank=True)
    names = models.JSONField(default=dict)
    search_text = models.TextField(editable=False, default="")
    sort_key = models.CharField(max_length=200, editable=False, default="", db_index=True)

    class Meta:
        ordering = ["sort_key"]
        verbose_name = _("country or territory")
        verbose_name_plural = _("countries and territories")

    def __str__(self) -> str:
        return f"{self.iso3} – {self.name('en')}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_text = search_text_of(self.iso3, self.iso2, self.names)
        self.sort_key = fold(self.name("en"))[:200]
        super().save(*args, **kwargs)

    @property
    def code(self) -> str:
        return self.iso3

    def name(self, lang: str | None = None) -> str:
        return str(_local(self.names, lang).get("short", self.iso3))


class Theme(models.Model):
    """A node of the one theme taxonomy: a scheme (CRC, INSPIRE…), a group, or an item."""

    code = models.CharField(max_length=64, unique=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    kind = models.CharField(max_length=10, choices=ThemeKind.choices)
    ref = models.CharField(max_length=80, blank=True)
    names = models.JSONField(default=dict)
    keywords = models.JSONField(default=dict, blank=True)
    related = models.ManyToManyField("self", blank=True)
    position = models.PositiveIntegerField(default=0, db_index=True)
    search_text = models.TextField(editable=False, default="")

    class Meta:
        ordering = ["position"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return f"{self.code} – {self.name('en')}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_text = search_text_of(self.code, self.ref, self.names, self.keywords)
        super().save(*args, **kwargs)

    def name(self, lang: str | None = None) -> str:
        return str(_local(self.names, lang) or self.code)


class Mechanism(NamedEntity):
    """An inter-agency mechanism; peers take part in it, with the roles the record documents."""

    description = models.TextField(blank=True)
    established_year = models.PositiveSmallIntegerField(null=True, blank=True)
    established_by = models.JSONField(default=list, blank=True)
    members: models.ManyToManyField[Actor, MechanismMembership] = models.ManyToManyField(
        Actor, through="MechanismMembership", related_name="mechanisms"
    )

    class Meta(NamedEntity.Meta):
        verbose_name = _("mechanism")
        verbose_name_plural = _("mechanisms")


class MechanismMembership(models.Model):
    mechanism = models.ForeignKey(Mechanism, on_delete=models.CASCADE, related_name="memberships")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=MemberRole.choices, default=MemberRole.MEMBER)

    class Meta:
        ordering = ["mechanism", "actor__sort_key"]
        constraints = [models.UniqueConstraint(fields=["mechanism", "actor"], name="membership_unique")]

    def __str__(self) -> str:
        return f"{self.actor.code} in {self.mechanism.code} ({self.role})"


class CollaborationKind(models.Model):
    """One of the six kinds of collaboration of the annotation guideline."""

    code = models.CharField(max_length=32, unique=True)
    names = models.JSONField(default=dict)
    description = models.JSONField(default=dict)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("collaboration kind")
        verbose_name_plural = _("collaboration kinds")

    def __str__(self) -> str:
        return self.code

    def name(self, lang: str | None = None) -> str:
        return str(_local(self.names, lang) or self.code)
