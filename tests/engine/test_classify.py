"""The collaboration decision on sentences written for these tests, in the six languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.classify.features import (
    LEXICAL,
    describe,
    english_words,
    from_governing_verb,
    lexical_features,
    stem,
)
from cpcollab.engine.classify.model import LinearModel
from cpcollab.engine.classify.rules import classify
from cpcollab.engine.recognize.language import recognizer

REPORTED = {
    "en": "In 2014, UNICEF and UNFPA jointly supported the Government of Chad in training 300 social workers.",
    "fr": "En 2014, l'UNICEF et le FNUAP ont appuyé conjointement le Gouvernement tchadien dans la formation de 300 travailleurs sociaux.",
    "es": "En 2014, el UNICEF y el UNFPA apoyaron conjuntamente al Gobierno del Chad en la capacitación de 300 trabajadores sociales.",
    "ru": "В 2014 году ЮНИСЕФ и ЮНФПА совместно оказывали правительству Чада поддержку в подготовке 300 социальных работников.",
    "zh": "2014年，儿基会和人口基金联合支持乍得政府培训了300名社会工作者。",
    "ar": "وفي عام 2014، قدمت اليونيسف وصندوق الأمم المتحدة للسكان دعما مشتركا لحكومة تشاد في تدريب 300 أخصائي اجتماعي.",
}
CALLED_FOR = {
    "en": "12. Encourages UNICEF and UNODC to strengthen their cooperation on juvenile justice;",
    "fr": "12. Encourage l'UNICEF et l'ONUDC à renforcer leur coopération en matière de justice pour mineurs;",
    "es": "12. Alienta al UNICEF y a la UNODC a que refuercen su cooperación en materia de justicia juvenil;",
    "ru": "12. призывает ЮНИСЕФ и ЮНОДК укреплять сотрудничество в области правосудия в отношении несовершеннолетних;",
    "zh": "12. 鼓励儿基会和毒品和犯罪问题办公室加强在少年司法方面的合作；",
    "ar": "12 - تشجع اليونيسف ومكتب الأمم المتحدة المعني بالمخدرات والجريمة على تعزيز تعاونهما في مجال قضاء الأحداث؛",
}
NONE = {
    "en": "The Security Council met on 3 May to consider the report of the Secretary-General.",
    "fr": "Le Conseil de sécurité s'est réuni le 3 mai pour examiner le rapport du Secrétaire général.",
    "es": "El Consejo de Seguridad se reunió el 3 de mayo para examinar el informe del Secretario General.",
    "ru": "Совет Безопасности собрался 3 мая для рассмотрения доклада Генерального секретаря.",
    "zh": "安全理事会于5月3日开会审议秘书长的报告。",
    "ar": "اجتمع مجلس الأمن في 3 أيار/مايو للنظر في تقرير الأمين العام.",
}


@pytest.mark.parametrize("lang", sorted(REPORTED))
def test_a_joint_programme_is_reported_with_its_parties(lang: str) -> None:
    analysis = analyze_sentence(REPORTED[lang], lang)

    assert analysis.collaboration == "reported"
    assert {"UNICEF", "UNFPA"} <= set(analysis.participants)
    assert analysis.kinds
    assert analysis.explanation and 0 < analysis.confidence <= 1


@pytest.mark.parametrize("lang", sorted(CALLED_FOR))
def test_an_encouragement_to_cooperate_is_called_for(lang: str) -> None:
    analysis = analyze_sentence(CALLED_FOR[lang], lang)

    assert analysis.collaboration == "called_for"
    assert {"UNICEF", "UNODC"} <= set(analysis.participants)


@pytest.mark.parametrize("lang", sorted(NONE))
def test_a_meeting_of_an_organ_is_not_collaboration(lang: str) -> None:
    analysis = analyze_sentence(NONE[lang], lang)

    assert analysis.collaboration == "none"
    assert (analysis.participants, analysis.kinds) == ([], [])
    assert {"SC", "SG"} <= set(analysis.actors)


def test_a_recommending_state_is_named_but_not_a_party() -> None:
    analysis = analyze_sentence("Seek technical assistance from OHCHR to draft the law (Chile, Norway);", "en")

    assert analysis.collaboration == "called_for"
    assert analysis.states == ["CHL", "NOR"]
    assert analysis.participants == ["OHCHR"]
    assert analysis.kinds == ["technical_assistance"]


def test_a_speaking_state_is_not_a_party_but_the_state_it_speaks_of_is() -> None:
    analysis = analyze_sentence("Canada commended Ghana for its cooperation with UNICEF on birth registration.", "en")

    assert analysis.collaboration == "reported"
    assert analysis.participants == ["GHA", "UNICEF"]


def test_a_sentence_without_a_un_actor_is_never_collaboration() -> None:
    analysis = analyze_sentence("Ghana and Togo signed a cooperation agreement on child trafficking.", "en")

    assert analysis.collaboration == "none"
    assert "no UN actor" in analysis.explanation[0]


def test_the_rules_decide_when_no_model_ships() -> None:
    text = "UNICEF works with the Government of Chad on birth registration."
    language = recognizer("en")
    found = language.find(text)
    from cpcollab.engine.analyze import _span

    decision = classify(
        text,
        "en",
        actors=[_span(h, text) for h in found.actors],
        countries=[_span(h, text) for h in found.countries],
        cues=found.cues,
        cue_set=language.cues,
        use_model=False,
    )

    assert decision.collaboration == "reported"
    assert decision.explanation[0] == "rules: reported"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Des déclarations ont été faites par les représentants de la Banque mondiale et du Partenariat mondial pour l'eau.",
            "fr",
        ),
        (
            "Los representantes del Banco Mundial y de la Asociación Mundial para el Agua formularon declaraciones.",
            "es",
        ),
        ("Ce même collaborateur a également été recruté par l'ONUDC afin de rédiger une brochure.", "fr"),
        # The Multinational Joint Task Force; the Department of Field Support named in a list
        ("ويحث مجلس الأمن الدول الأعضاء على تفعيل فرقة العمل المشتركة المتعددة الجنسيات.", "ar"),
        ("بُثت بيانات لموظفي إدارات عمليات حفظ السلام والدعم الميداني في المقر.", "ar"),
        # To rely or build on something is no support
        ("En s'appuyant sur le mandat qui lui a été confié, l'ONUDC a publié un rapport.", "fr"),
        ("Apoyándose en el mandato que se le confió, la UNODC publicó un informe.", "es"),
    ],
)
def test_a_cue_word_inside_a_name_or_meaning_a_colleague_is_no_collaboration(text: str, lang: str) -> None:
    analysis = analyze_sentence(text, lang)

    assert analysis.actors and analysis.collaboration == "none"
    assert "cue:none" in analysis.features or not any(k.startswith("cue:strong") for k in analysis.features)


def test_a_capitalised_cue_after_an_opening_quote_is_still_a_cue() -> None:
    analysis = analyze_sentence("L'UNICEF a lancé avec le HCR le projet « Coopération pour l'enfance » au Tchad.", "fr")

    assert any(line.startswith("cues:") and "Coopération" in line for line in analysis.explanation)


def test_the_words_of_a_sentence_are_features_with_every_name_masked() -> None:
    text = "12. Requests UNICEF to report to Chad in 2016 on its cooperation;"
    analysis = analyze_sentence(text, "en")
    words = {name for name in analysis.features if name.startswith(LEXICAL)}
    assert {"w:en:requests @actor", "w:en:@actor to", "w:en:to @state", "w:en:cooperation"} <= words
    assert not any("unicef" in w or "chad" in w or any(ch.isdigit() for ch in w) for w in words)
    # Chinese has no spaces: pairs of characters, with the marks as tokens of their own.
    zh = lexical_features("儿基会加强合作", "zh", actors=analyze_sentence("儿基会加强合作", "zh").spans, states=[])
    assert {name for name in zh if name.startswith("w:zh:")} == {
        "w:zh:@actor 加",
        "w:zh:加 强",
        "w:zh:强 合",
        "w:zh:合 作",
    }
    # and, beside them, the English words its pairs stand for (ADR 0012)
    assert {"w:x:strengt", "w:x:coopera"} <= set(zh)


def test_inflected_forms_share_a_stem_feature() -> None:
    # Russian and French forms of one word share their first letters; Arabic loses the attached
    # conjunction and article, not letters of the word itself.
    assert stem("сотрудничестве", "ru") == stem("сотрудничества", "ru") == "сотруд"
    assert stem("cooperation", "fr") == stem("cooperer", "fr")
    assert stem("والتعاون", "ar") == stem("بالتعاون", "ar") == stem("للتعاون", "ar") == stem("تعاون", "ar") == "تعاون"
    assert stem("لجنة", "ar") == "لجنة"  # a ل that belongs to the word stays
    assert stem("وال", "ar") == "وال"  # nothing left: the word as it is

    ru = lexical_features(
        "ЮНИСЕФ в сотрудничестве с УВКБ",
        "ru",
        actors=analyze_sentence("ЮНИСЕФ в сотрудничестве с УВКБ", "ru").spans,
        states=[],
    )
    assert {"w:ru:~сотруд", "w:ru:сотрудничестве"} <= set(ru)
    assert not any(name.startswith("w:ru:~@") for name in ru)  # marks have no stem
    assert describe("w:ru:~сотруд") == "“сотруд…”"
    # Chinese is read by pairs of characters, without stems.
    assert not any(
        "~" in name
        for name in lexical_features("儿基会加强合作", "zh", actors=[], states=[])
        if name.startswith("w:zh:")
    )


ENCOURAGES_TO_COOPERATE = {
    "en": "3. Encourages UNICEF to cooperate closely with UNHCR.",
    "fr": "3. Encourage l'UNICEF à coopérer étroitement avec le HCR.",
    "es": "3. Alienta al UNICEF a cooperar estrechamente con el ACNUR.",
    "ru": "3. призывает ЮНИСЕФ тесно сотрудничать с УВКБ.",
    "ar": "3 - يشجع اليونيسيف على التعاون الوثيق مع مفوضية الأمم المتحدة لشؤون اللاجئين.",
    "zh": "3. 鼓励儿基会与难民署密切合作。",
}


def test_the_order_of_what_was_recognised_is_the_same_feature_in_every_language() -> None:
    skeletons = {
        lang: {name for name in analyze_sentence(text, lang).features if name.startswith("sk:")}
        for lang, text in ENCOURAGES_TO_COOPERATE.items()
    }
    assert skeletons["en"] >= {"sk:^ CALL ACTOR", "sk:CALL ACTOR K:joint_activity", "sk:K:joint_activity ACTOR $"}
    for lang in ("fr", "es", "ru"):
        assert skeletons[lang] == skeletons["en"], lang
    # Arabic puts the verb first: its sentences open with a mark of their own, the rest the same.
    assert "sk:^v CALL ACTOR" in skeletons["ar"]
    assert {name.replace("sk:^v ", "sk:^ ") for name in skeletons["ar"]} == skeletons["en"]
    # Chinese puts the partner before the verb: the call, the actor and the cue keep their order.
    assert "sk:CALL ACTOR K:joint_activity" in skeletons["zh"]
    # No name or word of the sentence is in them.
    assert not any("unicef" in name.lower() for names in skeletons.values() for name in names)


def test_lengths_and_distances_are_counted_in_english_words() -> None:
    assert english_words("one two three four five six seven eight nine ten", "en") == 10
    # Chinese is written without spaces, about 1.75 characters for an English word.
    assert english_words("联合国儿童基金会与难民署在乍得合作", "zh") == 10
    assert english_words("un deux trois quatre cinq six sept huit neuf dix onze", "fr") == 10
    assert english_words("", "ar") == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Secretary-General urges Member States to cooperate closely with UNICEF.", "en"),
        ("Le Secrétaire général engage les États Membres à coopérer étroitement avec l'UNICEF.", "fr"),
        ("El Secretario General insta a los Estados Miembros a cooperar estrechamente con el UNICEF.", "es"),
        ("Генеральный секретарь призывает государства-члены тесно сотрудничать с ЮНИСЕФ.", "ru"),
        ("秘书长敦促会员国与儿基会密切合作。", "zh"),
        (
            "The Security Council, in paragraph 5 of resolution 2140 (2014), urged all States to cooperate with UNICEF.",
            "en",
        ),
    ],
)
def test_an_organ_asking_for_collaboration_is_not_one_of_its_parties(text: str, lang: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "called_for"
    assert analysis.participants == ["OTHER", "UNICEF"]


@pytest.mark.parametrize(
    ("text", "lang", "participants"),
    [
        ("CRC recommended that Chad seek technical assistance from UNICEF.", "en", ["TCD", "UNICEF"]),
        (
            "The Special Representative of the Secretary-General for Children and Armed Conflict urges all parties "
            "to cooperate with UNICEF.",
            "en",
            ["OTHER", "UNICEF"],
        ),
        (
            "Le Conseil de sécurité engage toutes les parties à coopérer pleinement avec la MINUSCA.",
            "fr",
            ["DPO", "OTHER"],
        ),
    ],
)
def test_a_treaty_body_or_mandate_holder_asking_others_is_not_a_party(
    text: str, lang: str, participants: list[str]
) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "called_for"
    assert analysis.participants == participants


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Comité des droits de l'enfant recommande au Tchad de coopérer avec l'UNICEF.", "fr"),
        ("Le Conseil demande au Tchad de coopérer pleinement avec l'UNICEF.", "fr"),
    ],
)
def test_a_state_addressed_by_a_call_is_a_party_not_a_place(text: str, lang: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "called_for"
    assert "TCD" in analysis.participants
    # The same preposition opening a sentence names a place.
    assert "TCD" not in analyze_sentence("Au Tchad, l'UNICEF a coopéré avec le PAM.", "fr").participants


def test_an_organ_asked_to_collaborate_is_a_party() -> None:
    analysis = analyze_sentence("Requests the Secretary-General to cooperate with UNICEF.", "en")
    assert analysis.participants == ["SG", "UNICEF"]


def test_an_explanation_quotes_the_words_that_decided() -> None:
    # Every structural feature of the shipped model reads as words, not as its name.
    from cpcollab.engine.classify.model import load_model

    model = load_model()
    assert model is not None
    names = [n for n in model.weights if not n.startswith(("w:", "sk:"))]
    assert names and all(describe(n) != n for n in names)
    assert describe("w:fr:prie @actor") == "“prie @actor”"
    assert describe("call:opens") == "opens with a call"
    assert describe("cue:funding:near") == "a word of funding near a UN actor"
    assert describe("sk:CALL ACTOR K:joint_activity") == "order: call → UN actor → joint activity"
    assert describe("sk:^ ORGAN $") == "order: start → organ → end"


@pytest.mark.parametrize("opening", ["في", "وفي", "ففي"])
def test_an_arabic_place_stays_a_place_after_an_attached_conjunction(opening: str) -> None:
    text = f"{opening} اليمن، نفذت اليونيسف وصندوق الأمم المتحدة للسكان مشروعا مشتركا لتدريب المعلمين."
    analysis = analyze_sentence(text, "ar")
    assert analysis.collaboration == "reported"
    assert "YEM" in analysis.states and "YEM" not in analysis.participants
    assert {"UNICEF", "UNFPA"} <= set(analysis.participants)


def _cue_kinds(text: str, lang: str) -> set[str]:
    return {span.value for span in recognizer(lang).find(text).cues if span.kind == "cue.kind"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Prie le système des Nations Unies d'engager un véritable dialogue avec les gouvernements des pays."),
        ("es", "Solicita al sistema de las Naciones Unidas que participe en un diálogo sustantivo con los gobiernos."),
        ("ru", "просит систему Организации Объединенных Наций наладить диалог с правительствами стран."),
        (
            "fr",
            "Prie le Secrétaire général d'inviter les chefs de secrétariat à mutualiser les services informatiques.",
        ),
        ("es", "Solicita al Secretario General que promueva servicios comunes entre las entidades."),
    ],
)
def test_a_dialogue_or_services_in_common_are_collaboration_cues(lang: str, text: str) -> None:
    assert "joint_activity" in _cue_kinds(text, lang)


def _calls(text: str, lang: str) -> list[str]:
    return [span.text for span in recognizer(lang).find(text).cues if span.kind == "cue.call"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "6. Charge le Groupe de coopérer avec les autres groupes d'experts créés par le Conseil."),
        ("es", "6. Encarga al Grupo que coopere con los demás grupos de expertos creados por el Consejo."),
        ("ar", "٦ - يوعز إلى الفريق بأن يتعاون مع أفرقة الخبراء الأخرى التي أنشأها مجلس الأمن."),
        ("zh", "6. 指示小组同安全理事会设立的其他专家组开展合作；"),
    ],
)
def test_an_organ_instructing_a_body_calls_for_what_it_instructs(lang: str, text: str) -> None:
    assert _calls(text, lang)


def test_an_operative_paragraph_directing_a_body_to_cooperate_asks_for_collaboration() -> None:
    text = "6. Directs the Panel to cooperate with UNODC and with the expert groups of the Security Council;"
    analysis = analyze_sentence(text, "en")
    assert analysis.collaboration == "called_for"
    assert "recommendation starting with 'directs'" in analysis.explanation
    assert analyze_sentence("UNICEF directs its programmes with the Government.", "en").collaboration != "called_for"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'UNICEF a pris en charge les enfants avec le Gouvernement."),
        ("zh", "奉我国政府指示，我谨提请安全理事会注意刚果民主共和国的局势。"),
    ],
)
def test_taking_charge_or_acting_on_instructions_is_no_call(lang: str, text: str) -> None:
    assert _calls(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Qatar had continued to strengthen its relationship with OHCHR through bilateral consultations."),
        ("es", "Qatar siguió fortaleciendo sus relaciones con el ACNUDH mediante consultas bilaterales."),
        ("ru", "Катар продолжал укреплять отношения с УВКПЧ посредством двусторонних консультаций."),
    ],
)
def test_relations_with_an_actor_are_a_collaboration_cue(lang: str, text: str) -> None:
    assert "joint_activity" in _cue_kinds(text, lang)
    assert analyze_sentence(text, lang).collaboration == "reported"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "请联合国发展系统确保报告围绕联合国发展援助框架的成果编排。"),
        (
            "ru",
            "Рамочная программа Организации Объединенных Наций по оказанию помощи в целях развития будет обновлена.",
        ),
        ("fr", "Le plan-cadre des Nations Unies pour l'aide au développement sera révisé cette année."),
        ("ar", "سيجري تحديث إطار عمل الأمم المتحدة للمساعدة الإنمائية هذا العام."),
    ],
)
def test_the_development_assistance_framework_is_a_name_not_a_cue(lang: str, text: str) -> None:
    assert not _cue_kinds(text, lang)


def test_the_delegation_of_the_state_under_review_is_not_another_party() -> None:
    analysis = analyze_sentence(
        "The delegation noted its close cooperation with the United Nations human rights treaty bodies.", "en"
    )
    assert analysis.collaboration == "reported"
    assert analysis.participants == ["UN-OTHER"]


def test_the_government_of_no_state_named_is_not_another_party() -> None:
    analysis = analyze_sentence(
        "The Government, in partnership with UNICEF, was looking at assisting with birth registration.", "en"
    )
    assert analysis.collaboration == "reported"
    assert analysis.participants == ["UNICEF"]


PANELS = {
    "en": "9. Calls upon the Group of Experts to cooperate actively with other panels or groups of experts established by the Security Council;",
    "fr": "9. Demande au Groupe d'experts de coopérer activement avec les autres groupes d'experts créés par le Conseil de sécurité;",
    "es": "9. Exhorta al Grupo de Expertos a que coopere activamente con otros grupos de expertos establecidos por el Consejo de Seguridad;",
    "ru": "9. призывает Группу экспертов активно сотрудничать с другими группами экспертов, созданными Советом Безопасности;",
    "ar": "9 - يهيب بفريق الخبراء أن يتعاون بنشاط مع أفرقة الخبراء الأخرى التي أنشأها مجلس الأمن؛",
}


@pytest.mark.parametrize("lang", sorted(PANELS))
def test_groups_of_experts_are_un_bodies_and_the_council_that_made_them_no_party(lang: str) -> None:
    analysis = analyze_sentence(PANELS[lang], lang)
    assert analysis.collaboration == "called_for"
    assert analysis.participants == ["UN-OTHER"]


@pytest.mark.parametrize(
    ("text", "speaker", "addressed"),
    [
        # Past tense: the Assembly commended (it speaks); UN-SYSTEM works with Governments.
        (
            "وأشادت الجمعية العامة بالجهود التي تبذلها اللجنة بالتعاون مع الحكومات ومؤسسات منظومة الأمم المتحدة.",
            "GA",
            "UN-SYSTEM",
        ),
        # "Request" with the addressee after إلى: the Secretary-General asks.
        ("ويطلب الأمين العام إلى اليونيسيف أن تتعاون مع الحكومات في تسجيل المواليد.", "SG", "UNICEF"),
    ],
)
def test_an_arabic_organ_right_after_its_verb_is_the_speaker(text: str, speaker: str, addressed: str) -> None:
    analysis = analyze_sentence(text, "ar")
    assert analysis.collaboration != "none"
    assert speaker not in analysis.participants
    assert addressed in analysis.participants


def test_an_arabic_operative_paragraph_addresses_the_organ_after_its_verb() -> None:
    analysis = analyze_sentence("3 - يشجع الأمين العام على تعزيز التعاون مع اليونيسيف والاتحاد الأفريقي؛", "ar")
    assert analysis.collaboration == "called_for"
    assert {"SG", "UNICEF", "OTHER"} <= set(analysis.participants)


SOUTH_OF_HAITI = {
    "en": "In the south of Haiti, WFP and FAO launched a joint school feeding programme for 60,000 pupils.",
    "fr": "Dans le sud d'Haïti, le PAM et la FAO ont lancé un programme conjoint d'alimentation scolaire pour 60 000 élèves.",
    "es": "En el sur de Haití, el PMA y la FAO pusieron en marcha un programa conjunto de alimentación escolar para 60.000 alumnos.",
    "ru": "На юге Гаити ВПП и ФАО начали совместную программу школьного питания для 60 000 учащихся.",
    "ar": "وفي جنوب هايتي، أطلق برنامج الأغذية العالمي ومنظمة الأغذية والزراعة برنامجا مشتركا للتغذية المدرسية لفائدة 000 60 تلميذ.",
    "zh": "粮食署和粮农组织在海地南部联合启动了一项惠及6万名学生的学校供餐方案。",
}


@pytest.mark.parametrize("lang", sorted(SOUTH_OF_HAITI))
def test_a_state_inside_a_place_phrase_is_named_but_not_a_party(lang: str) -> None:
    analysis = analyze_sentence(SOUTH_OF_HAITI[lang], lang)
    assert analysis.collaboration == "reported"
    assert "HTI" in analysis.states
    assert "HTI" not in analysis.participants and "WFP" in analysis.participants


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("WFP provided school meals in Liberia, Mexico and Papua New Guinea in partnership with UNICEF.", "en", "MEX"),
        ("IOM and UNHCR jointly assisted 4,000 returnees from Pakistan with cash grants.", "en", "PAK"),
        (
            "L'OIM et le HCR ont aidé conjointement 4 000 rapatriés du Pakistan au moyen d'allocations en espèces.",
            "fr",
            "PAK",
        ),
        ("La OIM y el ACNUR prestaron asistencia conjunta a 4.000 retornados del Pakistán.", "es", "PAK"),
        ("МОМ и УВКБ совместно оказали помощь 4000 возвращенцам из Пакистана.", "ru", "PAK"),
        ("国际移民组织和难民署联合向4 000名从巴基斯坦返回的人员提供了现金补助。", "zh", "PAK"),
        ("Requests the Panel of Experts on Libya to cooperate closely with UNODC;", "en", "LBY"),
        ("Solicita al Grupo de Expertos sobre Libia que coopere estrechamente con la UNODC;", "es", "LBY"),
    ],
)
def test_a_listed_place_an_origin_or_a_title_is_no_party(text: str, lang: str, state: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration != "none"
    assert state in analysis.states and state not in analysis.participants


def test_a_state_after_cooperation_with_its_government_stays_a_party() -> None:
    analysis = analyze_sentence("UNICEF trained 200 teachers in cooperation with the Government of Chad.", "en")
    assert analysis.participants == ["TCD", "UNICEF"]


@pytest.mark.parametrize(
    ("text", "lang", "party", "qualified"),
    [
        ("In 2024, UNIFIL helped the Lebanese Armed Forces with logistics and training.", "en", "LBN", None),
        ("Le HCR a aidé les autorités libanaises à scolariser 5 000 enfants réfugiés syriens.", "fr", "LBN", "SYR"),
        ("УВКБ помогло ливанским властям зачислить в школы 5000 сирийских детей-беженцев.", "ru", "LBN", "SYR"),
        ("ساعدت اليونيسيف السلطات اللبنانية على إلحاق 000 5 طفل لاجئ سوري بالمدارس.", "ar", "LBN", "SYR"),
    ],
)
def test_a_demonym_is_a_party_only_when_it_qualifies_a_body_of_its_state(
    text: str, lang: str, party: str, qualified: str | None
) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "reported"
    assert party in analysis.participants
    if qualified:
        assert qualified in analysis.states and qualified not in analysis.participants


def test_a_demonym_of_refugees_owns_no_ministry_named_without_a_state() -> None:
    analysis = analyze_sentence(
        "UNICEF and UNHCR worked with the Ministry of Education to enrol 5,000 Syrian refugee children in public schools.",
        "en",
    )
    assert analysis.participants == ["OTHER", "UNHCR", "UNICEF"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("WHO helped the Ministry of Health of Sierra Leone to draw up its national action plan.", "en"),
        ("L'OMS a aidé le Ministère de la santé de la Sierra Leone à élaborer son plan d'action national.", "fr"),
        ("La OMS ayudó al Ministerio de Salud de Sierra Leona a elaborar su plan de acción nacional.", "es"),
        ("ВОЗ помогла министерству здравоохранения Сьерра-Леоне разработать национальный план действий.", "ru"),
        ("世卫组织帮助塞拉利昂卫生部制定了国家行动计划。", "zh"),
    ],
)
def test_a_ministry_of_a_named_state_folds_into_its_code(text: str, lang: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "reported"
    assert analysis.participants == ["SLE", "WHO"]


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        # Arabic names a State's body with "في": Mongolia's national statistics office.
        (
            "وأجرت اليونيسف والمكتب الوطني للإحصاء في منغوليا دراسة استقصائية مشتركة بشأن العنف ضد الأطفال.",
            "ar",
            "MNG",
        ),
        # A delegate speaks for the State in parentheses after the name.
        (
            "Ms. Haddad (Lebanon) said that her Government had worked closely with UNICEF to enrol refugee children in school.",
            "en",
            "LBN",
        ),
        # A Government asking for assistance takes part; it is no speaker judging others.
        ("In March, the Government of Colombia requested technical assistance from UNODC.", "en", "COL"),
        ("En mars, le Gouvernement colombien a demandé l'assistance technique de l'ONUDC.", "fr", "COL"),
        # "With funding from Germany" after 在 is support, not a place; north-east Nigeria is.
        ("在德国的资助下，儿基会在尼日利亚东北部为儿童提供了心理社会支持。", "zh", "DEU"),
    ],
)
def test_a_state_named_with_its_body_its_delegate_or_its_funding_is_a_party(text: str, lang: str, state: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration != "none"
    assert state in analysis.participants


def test_a_place_in_chinese_follows_the_state() -> None:
    analysis = analyze_sentence("在德国的资助下，儿基会在尼日利亚东北部为儿童提供了心理社会支持。", "zh")
    assert "NGA" in analysis.states and "NGA" not in analysis.participants


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("The Turkish Red Crescent and WFP jointly distributed hot meals to 300,000 people.", "en", "TUR"),
        ("В 2023 году МОТ и Федерация профсоюзов Узбекистана совместно провели мониторинг сбора хлопка.", "ru", "UZB"),
    ],
)
def test_a_non_un_body_of_a_country_is_other_not_the_state(text: str, lang: str, state: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "reported"
    assert "OTHER" in analysis.participants and state not in analysis.participants


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("ويحث مجلس الأمن حكومة ليبريا على التعاون الوثيق مع اليونيسيف في تسجيل المواليد.", ["LBR", "UNICEF"]),
        ("ويهيب مجلس الأمن بالدول الأعضاء أن تتعاون مع اليونيسيف في حماية الأطفال.", ["OTHER", "UNICEF"]),
    ],
)
def test_an_arabic_organ_followed_by_its_own_addressee_is_the_speaker(text: str, participants: list[str]) -> None:
    analysis = analyze_sentence(text, "ar")
    assert analysis.collaboration == "called_for"
    assert analysis.participants == participants


def test_scores_do_not_depend_on_the_order_of_the_features() -> None:
    # Added left to right in floating point, 1e16 + 1 - 1e16 is 0 but 1e16 - 1e16 + 1 is 1.
    model = LinearModel(("reported", "none"), {"a": (1e16, 0.0), "b": (1.0, 0.0), "c": (-1e16, 0.0), "d": (0.0, 1.0)})
    one = model.scores({"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0})
    other = model.scores({"a": 1.0, "c": 1.0, "b": 1.0, "d": 1.0})
    assert one == other == [1.0, 1.0]
    # A tie goes to the first class, whatever the order.
    assert model.predict({"c": 1.0, "d": 1.0, "b": 1.0, "a": 1.0})[0] == "reported"


_RUN_EXTRACT = "import sys; from cpcollab.engine.cli import main; sys.exit(main(sys.argv[1:]))"


def test_the_same_sentences_give_the_same_output_whatever_the_hash_seed(tmp_path: Path) -> None:
    # Sets iterate in an order that changes with Python's hash seed: none may reach the output.
    written = Path(__file__).resolve().parents[2] / "training" / "synthetic" / "set_12.jsonl"
    sample = tmp_path / "in.jsonl"
    sample.write_bytes(written.read_bytes())
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"out{seed}.jsonl"
        subprocess.run(
            [sys.executable, "-c", _RUN_EXTRACT, "--sentences", str(sample), "--out", str(out)],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].count(b"\n") == sample.read_text(encoding="utf-8").count("\n")


@pytest.mark.parametrize(
    ("text", "lang", "verb"),
    [
        # The verb, not the noun at the end of its long object, stands near the actor.
        ("儿基会在三个省向卫生部提供了关于儿童营养和孕产妇保健方面的技术援助。", "zh", "提供了"),
        ("开发署为该国选举委员会给予了多方面的财政支助。", "zh", "给予了"),
        ("ЮНИСЕФ оказывал в том же году в трех районах и двух городах страны техническую помощь.", "ru", "оказывал"),
        (
            "L'UNICEF a fourni au ministère de la santé et aux autorités de trois provinces une assistance technique.",
            "fr",
            "fourni",
        ),
        (
            "El UNICEF prestó al Ministerio de Salud y a las autoridades de tres provincias asistencia técnica.",
            "es",
            "prestó",
        ),
    ],
)
def test_a_collaboration_noun_counts_its_distance_from_the_verb_that_governs_it(
    text: str, lang: str, verb: str
) -> None:
    analysis = analyze_sentence(text, lang)
    cue = next(span for span in recognizer(lang).find(text).cues if span.kind == "cue.kind")
    governed = from_governing_verb(text, cue, lang)
    assert governed.text.startswith(verb) and governed.end == cue.end
    assert any(name.startswith("cue:") and name.endswith(":near") for name in analysis.features)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("儿基会提供了资料，该国政府在多个地区长期以来一直得到了各方面的技术援助。", "zh"),
        ("ЮНИСЕФ предоставил данные, а правительство страны получало техническую помощь.", "ru"),
        # No governing verbs are listed for English, where the noun follows its verb closely.
        ("UNICEF provided, over the whole of the period under review, technical assistance.", "en"),
    ],
)
def test_a_verb_in_another_clause_or_language_does_not_govern_the_noun(text: str, lang: str) -> None:
    cue = next(span for span in recognizer(lang).find(text).cues if span.value == "technical_assistance")
    assert from_governing_verb(text, cue, lang) == cue


@pytest.mark.parametrize(
    "text",
    [
        "请世界卫生组织和儿基会向撒哈拉以南非洲国家联合提供技术支助；",  # Requests WHO and UNICEF to provide …
        "3. 请联伊援助团与联合国国家工作队合作，协助伊拉克政府；",
        "索马里联邦政府请联索援助团和儿基会支持制定一项规程。",  # the Government asked UNSOM and UNICEF
    ],
)
def test_a_chinese_request_written_right_before_a_party_is_a_call(text: str) -> None:
    calls = [span for span in recognizer("zh").find(text).cues if span.kind == "cue.call"]
    assert [span.text for span in calls] == ["请"]
    assert "call" in analyze_sentence(text, "zh").features


@pytest.mark.parametrize(
    "text",
    [
        "秘书长提请安全理事会注意儿基会的报告。",  # draws the Council's attention: no request
        "儿基会申请人口基金的资助。",  # "申请" applies: a word of its own
        "应联合国儿童基金会的请求，该国政府提供了资料。",  # "请求" after the party: already a word
    ],
)
def test_a_chinese_request_character_inside_another_word_is_no_call(text: str) -> None:
    assert not [span for span in recognizer("zh").find(text).cues if span.rule == "cue.call:请+party"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("UNICEF and the Ministry of Education drafted the national guidelines on positive discipline.", "en"),
        ("L'UNICEF et le Ministère de l'éducation ont rédigé les directives nationales.", "fr"),
        ("El UNICEF y el Ministerio de Educación redactaron las directrices nacionales.", "es"),
        ("ЮНИСЕФ и министерство образования разработали национальные руководящие принципы.", "ru"),
        ("儿基会和教育部起草了关于正面管教的国家准则。", "zh"),
        ("وصاغت اليونيسف ووزارة التعليم المبادئ التوجيهية الوطنية.", "ar"),
    ],
)
def test_two_parties_joined_as_the_subject_are_marked(text: str, lang: str) -> None:
    features = analyze_sentence(text, lang).features
    assert "parties:joined" in features and "parties:joined_subject" in features


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Asked together: joined, but no subject acting.
        ("Requests UNICEF and UNFPA to strengthen their cooperation on child marriage.", "en"),
        ("请儿基会和人口基金加强在童婚问题上的合作。", "zh"),
    ],
)
def test_parties_joined_after_a_call_are_not_a_subject(text: str, lang: str) -> None:
    features = analyze_sentence(text, lang).features
    assert "parties:joined" in features and "parties:joined_subject" not in features


def test_parties_apart_are_not_joined() -> None:
    features = analyze_sentence("UNICEF reported that the Government of Chad had adopted a law in 2014.", "en").features
    assert "parties:joined" not in features


def test_a_pledge_to_act_is_no_funding_but_a_pledge_of_money_is() -> None:
    commitment = analyze_sentence(
        "The Government had pledged to continue working with UNICEF in implementing the recommendations.", "en"
    )
    money = analyze_sentence("Norway pledged $5 million to UNICEF for the programme.", "en")

    assert "funding" not in commitment.kinds
    assert money.kinds == ["funding"]


@pytest.mark.parametrize(
    "text",
    [
        "(a) Work with UNICEF and WHO to cost their national action plans;",
        "b) Cooperate with UNHCR on the registration of refugee children;",
        "12. Cooperation with UNICEF continued in 2014.",
    ],
)
def test_a_capitalised_cue_right_after_an_item_label_opens_the_item_and_is_no_name(text: str) -> None:
    features = analyze_sentence(text, "en").features
    assert "cue:none" not in features


def test_a_recommendation_opening_with_conduct_is_asked_for_and_voluntary_pledges_are_no_money() -> None:
    recommendation = analyze_sentence(
        "90.73. Conduct, jointly with special procedures of the Human Rights Council, a comprehensive and "
        "impartial investigation of all cases of cruel treatment (Germany);",
        "en",
    )
    pledges = analyze_sentence(
        "The Republic of Korea is fulfilling its voluntary pledges and commitments and underlined its policy "
        "to fully cooperate with the United Nations mechanisms.",
        "en",
    )

    assert recommendation.collaboration == "called_for"
    assert "imperative" in recommendation.features
    assert "funding" not in pledges.kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Takes note of the report of the Secretary-General on international cooperation on humanitarian assistance;",
            "en",
        ),
        (
            "Prend note du rapport du Secrétaire général sur la coopération internationale en matière d'aide humanitaire;",
            "fr",
        ),
        (
            "Toma nota del informe del Secretario General sobre la cooperación internacional para la asistencia humanitaria;",
            "es",
        ),
        (
            "Принимает к сведению доклад Генерального секретаря о международном сотрудничестве в области гуманитарной помощи;",
            "ru",
        ),
        ("注意到秘书长关于人道主义援助领域国际合作的报告；", "zh"),
        ("وإذ تحيط علما بتقرير الأمين العام عن التعاون الدولي في مجال تقديم المساعدة الإنسانية", "ar"),
    ],
)
def test_a_collaboration_word_that_a_report_is_about_is_marked(text: str, lang: str) -> None:
    assert "cue:report_subject" in analyze_sentence(text, lang).features


def test_a_report_made_together_is_not_a_report_subject() -> None:
    features = analyze_sentence(
        "UNICEF cooperated with the Government on the report; the study was joint.", "en"
    ).features
    assert "cue:report_subject" not in features


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Government refused to cooperate with OHCHR."),
        ("en", "Poland noted with regret the lack of cooperation with OHCHR."),
        ("fr", "Le Gouvernement a refusé de coopérer avec le HCDH."),
        ("ru", "Правительство отказалось сотрудничать с УВКПЧ."),
        ("ar", "وأعربت بولندا عن أسفها لعدم التعاون مع مفوضية الأمم المتحدة السامية لحقوق الإنسان."),
        (
            "en",
            "Lack of information may be due to non-ratification of a treaty and/or to a low level of interaction "
            "or cooperation with international human rights mechanisms.",
        ),
    ],
)
def test_a_word_of_collaboration_that_is_ruled_out_is_none(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "none"
    assert not any(name.startswith("cue:") and name != "cue:none" for name in analysis.features)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "UNICEF and the United Nations country team worked together on the response."),
        ("fr", "L'UNICEF et le PNUD ont travaillé ensemble à la riposte."),
        ("es", "El UNICEF y el PNUD trabajaron juntos en la respuesta."),
        ("ru", "ЮНИСЕФ и ПРООН работали вместе над ответными мерами."),
    ],
)
def test_working_together_is_a_collaboration_cue(lang: str, text: str) -> None:
    assert "joint_activity" in _cue_kinds(text, lang)
    assert analyze_sentence(text, lang).collaboration == "reported"


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "In response to a question made by Ireland, the delegation stated that the Ministry of Justice and "
            "the World Bank were working together on a project.",
            ["IRL"],
        ),
        (
            "In response to inquiries from the Netherlands and Sweden, the United States worked with UNODC on "
            "prison reform.",
            ["NLD", "SWE"],
        ),
    ],
)
def test_a_state_whose_question_is_answered_is_not_a_party(text: str, participants: list[str]) -> None:
    analysis = analyze_sentence(text, "en")
    assert analysis.collaboration == "reported"
    assert not set(participants) & set(analysis.participants)
    assert set(participants) <= set(analysis.states)


@pytest.mark.parametrize(
    ("text", "speaker", "party"),
    [
        ("80. Slovakia highlighted the exemplary cooperation of Belgium with human rights mechanisms.", "SVK", "BEL"),
        ("42. Latvia raised the issue of cooperation of Mauritius with the special rapporteurs.", "LVA", "MUS"),
        ("Bosnia and Herzegovina recalled the engagement of Chile with the Human Rights Council.", "BIH", "CHL"),
    ],
)
def test_a_state_that_highlights_or_recalls_another_s_cooperation_is_no_party(
    text: str, speaker: str, party: str
) -> None:
    participants = analyze_sentence(text, "en").participants
    assert party in participants and speaker not in participants


def test_a_state_that_says_what_its_ministry_does_is_a_party() -> None:
    text = "Dominica highlighted that the Ministry of Gender Affairs is working with UNIFEM to develop a plan."
    assert "DMA" in analyze_sentence(text, "en").participants


@pytest.mark.parametrize(
    ("lang", "text", "asked"),
    [
        (
            "fr",
            "En réponse aux questions de la France et de la Suède, la délégation a indiqué que le Gouvernement "
            "coopérait avec le HCDH.",
            {"FRA", "SWE"},
        ),
        (
            "es",
            "En respuesta a una pregunta de Irlanda, la delegación indicó que el Ministerio de Justicia trabajaba "
            "con el Banco Mundial en un proyecto.",
            {"IRL"},
        ),
        (
            "ru",
            "Отвечая на вопрос Ирландии, делегация сообщила, что министерство юстиции сотрудничает со Всемирным "
            "банком.",
            {"IRL"},
        ),
    ],
)
def test_a_state_whose_question_is_answered_is_not_a_party_in_other_languages(
    lang: str, text: str, asked: set[str]
) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "reported"
    assert asked <= set(analysis.states) and not asked & set(analysis.participants)
