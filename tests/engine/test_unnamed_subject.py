"""A sentence alone whose subject is an actor at work that it does not name ("elle a organisé
une formation …", "le Programme a formé …") is judged as if the actor were named, and the actor
gets no code: it is neither among the sentence's actors nor among its participants."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.language import recognizer
from cpcollab.engine.recognize.titles import TitleResolver, opening_pronoun, opening_unnamed


def _unnamed(text: str, lang: str) -> str | None:
    where = opening_unnamed(text, lang, recognizer(lang).find(text).titles)
    return text[where[0] : where[1]] if where else None


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("Au Tchad, elle a formé 120 agents de santé communautaires.", "fr", "elle"),
        ("Elle a également coopéré avec les autorités locales pour rouvrir les écoles.", "fr", "Elle"),
        ("Au Niger, le Programme a dispensé une formation à 300 sages-femmes.", "fr", "le Programme"),
        ("La Mission a continué d'aider la police nationale à recruter des femmes.", "fr", "La Mission"),
        ("In Chad, it trained 120 community health workers.", "en", "it"),
        ("The Office continued to assist requesting States in drafting legislation.", "en", "The Office"),
        ("Кроме того, она провела учебные курсы для сотрудников полиции.", "ru", "она"),
        ("En Malí, el Programa ha capacitado a 200 parteras.", "es", "el Programa"),
        ("La Misión ha seguido prestando asistencia a la policía nacional.", "es", "La Misión"),
        (
            "Mediante sus oficinas regionales y una serie de talleres sobre la protección de la infancia en "
            "situaciones de emergencia, la Oficina ha ayudado a los ministerios a preparar planes.",
            "es",
            "la Oficina",
        ),
        # An opening phrase of any common length, with no clause of its own.
        (
            "Par l'intermédiaire de son bureau régional et de trois ateliers consacrés à la protection "
            "de l'enfance, elle a aidé les ministères à élaborer des plans d'action.",
            "fr",
            "elle",
        ),
    ],
)
def test_an_opening_pronoun_or_bare_head_with_a_verb_of_work_is_an_unnamed_actor(
    text: str, lang: str, subject: str
) -> None:
    assert _unnamed(text, lang) == subject


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il rappelle que toutes les parties doivent coopérer avec la commission.", "fr"),  # an organ speaking
        ("It also requested the secretariat to strengthen cooperation with donors.", "en"),
        ("Il est essentiel de coopérer avec les autorités locales.", "fr"),  # impersonal
        ("Le Programme de coopération technique a formé 300 agents.", "fr"),  # a name, not a bare head
        ("Le Fonds a approuvé une enveloppe de 3 millions de dollars.", "fr"),  # no verb of work
        ("Bien qu'il ait reçu des fonds, elle a formé 300 agents.", "fr"),  # a clause before it
        ("Les autorités ont indiqué qu'elle a formé 300 agents.", "fr"),  # not the sentence's subject
        ("El Programa de cooperación técnica ha capacitado a 300 agentes.", "es"),  # a name, not a bare head
        ("Aunque recibió menos fondos, la Misión ha seguido ayudando a la policía.", "es"),  # a clause before it
        ("Ha capacitado a 300 agentes de policía.", "es"),  # Spanish drops its pronouns: nothing stands here
    ],
)
def test_no_unnamed_actor_without_a_verb_of_work_at_the_opening(text: str, lang: str) -> None:
    assert _unnamed(text, lang) is None


def test_a_pronoun_of_an_organ_speaking_is_still_found_where_the_context_resolves_it() -> None:
    text = "Il rappelle que toutes les parties doivent coopérer avec la commission."
    assert opening_pronoun(text, "fr") is not None
    assert opening_pronoun(text, "fr", at_work=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "En Sierra Leone, elle a organisé une formation à l'intention de 400 infirmiers et a fourni des "
        "équipements de protection aux centres de traitement.",
        "Au Libéria, le Programme a formé 250 sages-femmes en collaboration avec le Ministère de la santé.",
    ],
)
def test_a_sentence_alone_with_an_unnamed_actor_at_work_reports_collaboration(text: str) -> None:
    analysis = analyze_sentence(text, "fr")
    assert analysis.collaboration == "reported"
    assert analysis.actors == []
    assert "" not in analysis.participants
    assert all(span.value for span in analysis.spans)  # the unnamed actor is no mention to highlight
    assert any("does not name" in line for line in analysis.explanation)


def test_without_a_verb_of_work_a_sentence_naming_no_actor_stays_none() -> None:
    analysis = analyze_sentence("Il souligne que la coopération avec les autorités locales est essentielle.", "fr")
    assert analysis.collaboration == "none"
    assert analysis.explanation == ["no UN actor named"]


def test_in_a_document_the_context_names_the_actor_instead() -> None:
    titles = TitleResolver("fr")
    first = analyze_sentence("Le FNUAP est présent dans 150 pays.", "fr", titles=titles)
    titles.observe(first.spans, subject=first.subject)
    analysis = analyze_sentence(
        "En Sierra Leone, il a formé 400 sages-femmes en collaboration avec le Ministère de la santé.",
        "fr",
        titles=titles,
    )
    assert analysis.actors == ["UNFPA"]
    assert "UNFPA" in analysis.participants


def test_in_a_document_an_unresolved_subject_stays_unnamed_and_decides_nothing() -> None:
    analysis = analyze_sentence(
        "En Sierra Leone, elle a formé 400 sages-femmes en collaboration avec le Ministère de la santé.",
        "fr",
        titles=TitleResolver("fr"),
    )
    assert analysis.actors == []
    assert analysis.collaboration == "none"
