"""A sentence with no word of collaboration at all neither states nor asks for working together,
whatever its other words lean to; the words that say it are read where they were missing
(Chinese "与 X 一起", Arabic "بالتشارك مع" and "ساهمت X بما يربو على", English "a programme
conducted with", "its interaction with", "signed with", "backed by", Spanish "trabajen juntos",
Russian "внесла свыше … в фонд"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.language import recognizer
from tests.engine.cues import kind_cues


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "3. 鼓励秘书长、联合国教育、科学及文化组织和联合国儿童基金会加强努力，通过教育来促进和平；"),
        ("zh", "22. 还敦促所有会员国和联合国所有相关机构确保专家小组能不受阻碍地查阅文件；"),
        (
            "en",
            "22. Further urges all Member States and all relevant United Nations bodies to ensure unhindered access to documents;",
        ),
        ("ar", "13 - تشجع جميع الدول الأعضاء والجمعية العامة ومجلس حقوق الإنسان على تنفيذ تلك التوصيات؛"),
    ],
)
def test_no_word_of_collaboration_is_none(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "none"
    assert analysis.participants == []


@pytest.mark.parametrize(
    ("lang", "text", "words", "kind"),
    [
        ("zh", "在塞拉利昂，人口基金与政府和世界银行一起制订了一个项目。", "一起", "joint_activity"),
        ("zh", "特别代表同国际社会一道继续强调对话的必要性。", "一道", "joint_activity"),
        ("ar", "عقدت المشاورات بالتشارك مع برنامج الأمم المتحدة الإنمائي.", "بالتشارك مع", "joint_activity"),
        ("en", "Azerbaijan referred to the State programme conducted with UNICEF.", "conducted with", "joint_activity"),
        ("en", "It commended Nepal for its active interaction with OHCHR.", "interaction with", "joint_activity"),
        ("en", "Germany welcomed the agreement Mauritania had signed with OHCHR.", "signed with", "joint_activity"),
        ("en", "The Government ran school campaigns backed by UNICEF.", "backed by", "technical_assistance"),
        ("en", "The Commissioner worked directly with OHCHR.", "worked directly with", "joint_activity"),
        (
            "en",
            "WFP and FAO launched a joint school feeding programme.",
            "joint school feeding programme",
            "joint_activity",
        ),
        ("es", "el Ministerio trabajaba con el Banco Mundial en un proyecto.", "trabajaba con", "joint_activity"),
        ("es", "Exhorta a los partidos a que trabajen juntos con el PNUD.", "trabajen juntos", "joint_activity"),
        ("es", "El acto permitió compartir experiencias con el ACNUDH.", "compartir experiencias", "data_research"),
        ("ar", "ساهمت فنلندا بما يربو على 1,5 مليون يورو في برنامج الوكالة.", "ساهمت فنلندا بما يربو", "funding"),
        ("ar", "ساهمت اليابان بمبلغ مليون دولار في صندوق اليونيسف.", "ساهمت اليابان بمبلغ", "funding"),
        ("ar", "وسيدرس الفريق الممارسات الفضلى مع المفوضية.", "الممارسات الفضلى", "data_research"),
        ("ru", "Финляндия внесла свыше 1,5 млн. евро в фонд программы МАГАТЭ.", "внесла свыше", "funding"),
        ("ru", "Япония внесла взнос в размере 1 млн. долл. в ЮНИСЕФ.", "взнос в размере", "funding"),
        ("zh", "粮食署和粮农组织联合启动了一项学校供餐方案。", "联合", "joint_activity"),
        ("ar", "وتشارك اليونيسف ومنظمة الصحة العالمية في قيادة التحالف.", "في قيادة", "joint_activity"),
    ],
)
def test_words_of_collaboration_read_where_they_were_missing(lang: str, text: str, words: str, kind: str) -> None:
    assert kind_cues(lang, text).get(words) == kind


@pytest.mark.parametrize(
    "text",
    [
        "与此同时，发生了一起袭击儿基会车队的事件。",  # a measure word: "an incident"
        "全面保障监督协定与附加议定书在一起使原子能机构能够作出保证。",  # being together
    ],
)
def test_chinese_yiqi_that_is_not_together_with_a_party_is_no_cue(text: str) -> None:
    assert "一起" not in {c.text for c in recognizer("zh").find(text).cues}


@pytest.mark.parametrize(
    "text",
    ["联合国儿童基金会和联合王国", "国际助产士联合会", "阿拉伯联合酋长国", "多国联合特遣部队持久地开展行动"],
)
def test_chinese_lianhe_that_begins_a_name_is_no_cue(text: str) -> None:
    assert not kind_cues("zh", text)


def test_arabic_tasharak_alone_is_taking_part() -> None:
    text = "تشارك اليونيسف في الاجتماع."
    assert not kind_cues("ar", text)


def test_a_russian_amendment_is_no_payment() -> None:
    assert not kind_cues("ru", "Комитет внес изменения в проект резолюции.")


@pytest.mark.parametrize(
    ("lang", "text", "funding"),
    [
        # A sponsor is who backs a group or a draft by name: no sum changes hands.
        (
            "fr",
            "Ce silence encourage le groupe armé et son parrain à violer les résolutions du Conseil de sécurité.",
            False,
        ),
        ("es", "Los patrocinadores del proyecto agradecieron el apoyo del UNICEF.", False),
        # Sponsoring is funding.
        ("fr", "Le PNUD a parrainé un atelier organisé par le Gouvernement du Mali.", True),
        ("fr", "Grâce au parrainage du PNUD, le Gouvernement du Mali a formé 200 juges.", True),
    ],
)
def test_a_sponsor_is_no_funding_but_sponsoring_is(lang: str, text: str, funding: bool) -> None:
    assert ("funding" in kind_cues(lang, text).values()) is funding
