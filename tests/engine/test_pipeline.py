"""The document pipeline and ``cpcollab extract``: metadata, statements with offsets, JSON form."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.cli import main
from cpcollab.engine.config import SCHEMA, PipelineConfig
from cpcollab.engine.errors import MalformedDocumentError
from cpcollab.engine.model import BlockKind
from cpcollab.engine.pipeline import extract, to_json

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
HRC = SHARED / "hrc"


def _docx(paragraphs: list[str]) -> bytes:
    document = DocxDocument()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


REPORT = [
    "United Nations",
    "A/99/123",
    "General Assembly",
    "Distr.: General",
    "3 August 2099",
    "Original: English",
    "Report of the Special Representative of the Secretary-General on Violence against Children",
    "1. The Special Representative worked with UNICEF and the Government of Ghana to train 200 social workers.",
    "2. The meeting was held in Geneva.",
    "3. The Special Representative encourages Member States to cooperate with UNODC on juvenile justice.",
]


def test_a_report_yields_metadata_and_statements_with_offsets_and_citations() -> None:
    extraction = extract(_docx(REPORT), filename="report.docx")

    metadata = extraction.document.metadata
    assert metadata.symbols == ["A/99/123"]
    assert metadata.author == "SRSG-VAC"
    assert [s.collaboration for s in extraction.statements] == ["reported", "called_for"]
    first = extraction.statements[0]
    block = extraction.document.blocks[first.sentence.block]
    assert block.text[first.sentence.start : first.sentence.end] == first.sentence.text
    assert first.para_number == "1"
    # "The Special Representative" resolves to the author in a document.
    assert {"SRSG-VAC", "UNICEF", "GHA"} <= set(first.participants)
    for span in first.sentence.spans:
        assert block.text[span.start : span.end] == span.text


def test_the_json_form_is_versioned_and_carries_the_configuration_hash() -> None:
    extraction = extract(_docx(REPORT), filename="report.docx")

    data = to_json(extraction)

    assert data["schema"] == SCHEMA
    assert data["config_hash"] == PipelineConfig().hash() and len(data["config_hash"]) == 64
    assert data["statements"][0]["citation"] == {"symbol": "A/99/123", "page": None, "paragraph": "1"}
    assert {"block", "start", "end", "kind", "value", "text", "rule", "score"} <= set(data["mentions"][0])
    json.dumps(data)  # plain JSON all the way down


def test_the_configuration_hash_changes_with_the_configuration() -> None:
    assert PipelineConfig().hash() == PipelineConfig().hash()
    assert PipelineConfig(min_confidence=0.5).hash() != PipelineConfig().hash()


def test_min_confidence_drops_weak_statements() -> None:
    everything = extract(_docx(REPORT))
    nothing = extract(_docx(REPORT), config=PipelineConfig(min_confidence=1.01))

    assert everything.statements and not nothing.statements


def _manifest() -> dict[str, str]:
    with (HRC / "MANIFEST.csv").open(encoding="utf-8") as handle:
        return {Path(r["file_pdf"]).name: r["first_symbol_in_text"] for r in csv.DictReader(handle)}


HRC_PDFS = sorted((HRC / "pdf").glob("*.pdf")) if HRC.is_dir() else []


@pytest.mark.skipif(not HRC_PDFS, reason="the shared data folder (../shared/data/hrc) is not here")
@pytest.mark.parametrize("path", HRC_PDFS, ids=lambda p: p.name)
def test_extract_prints_the_symbol_of_each_hrc_pdf(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = _manifest().get(path.name)

    status = main([str(path)])

    out = capsys.readouterr().out
    assert status == 0
    if expected:
        assert f"symbol: {expected}" in out
    else:
        assert "symbol:" in out


def test_extract_json_gives_one_object_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    a.write_bytes(_docx(REPORT))
    b.write_bytes(_docx([*REPORT[:3], "UNICEF and WHO cooperate on immunization in Chad."]))

    assert main([str(a), str(b), "--json"]) == 0

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["file"] for line in lines] == [str(a), str(b)]
    assert all("blocks" not in line for line in lines)


def test_a_bad_file_is_a_named_error_and_the_others_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty, good = tmp_path / "empty.pdf", tmp_path / "good.docx"
    empty.write_bytes(b"")
    good.write_bytes(_docx(REPORT))

    status = main([str(empty), str(good), str(tmp_path / "missing.pdf")])

    captured = capsys.readouterr()
    assert status == 1
    assert "[E001] The file is empty" in captured.err and "[E010] No such file" in captured.err
    assert "== " + str(good) in captured.out


def test_a_repeated_sentence_gets_the_same_statement_each_time() -> None:
    sentence = "UNICEF and WHO carried out a joint programme on birth registration in 12 districts."
    extraction = extract(_docx([*REPORT, sentence, "4. Other business.", sentence]), filename="report.docx")

    repeated = [s for s in extraction.statements if s.sentence.text == sentence]
    assert len(repeated) == 2
    first, second = repeated
    assert first.sentence.block != second.sentence.block
    assert (first.collaboration, first.participants, first.kinds) == (
        second.collaboration,
        second.participants,
        second.kinds,
    )
    assert first.participants is not second.participants  # each statement owns its lists


def test_only_an_analysis_that_resolved_a_bare_title_depends_on_the_context() -> None:
    from cpcollab.engine.analyze import analyze_sentence
    from cpcollab.engine.recognize.titles import TitleResolver

    titled = "The Special Representative worked with UNICEF."
    assert analyze_sentence(titled, "en", titles=TitleResolver("en")).uses_context
    assert not analyze_sentence(titled, "en").uses_context
    assert not analyze_sentence("UNICEF worked with WHO.", "en", titles=TitleResolver("en")).uses_context


def _actor_mentions(text: str) -> list[tuple[str, str]]:
    extraction = extract(text.encode(), filename="statement.txt")
    return [(m.span.text, m.span.value) for m in extraction.mentions if m.span.kind == "actor"]


@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        (
            "Le Conseil de sécurité condamne l'attaque. Il demande instamment aux États de coopérer avec l'UNICEF.",
            "Il",
            "SC",
        ),
        (
            "L'Assemblée générale a adopté la résolution. Elle l'a également prié de poursuivre ses travaux.",
            "Elle",
            "GA",
        ),
        ("The General Assembly adopted the resolution. It also requested UNRWA to report.", "It", "GA"),
        ("Совет Безопасности осуждает нападение. Он призывает все стороны сотрудничать с ЮНИСЕФ.", "Он", "SC"),
        # An actor at work, in the report of an agency.
        ("UNICEF is present in 150 countries. It worked with the Government of Chad.", "It", "UNICEF"),
        ("UNFPA met the Minister in May. It also co-organized a workshop with Mali.", "It", "UNFPA"),
        ("L'OIM est présente en Sierra Leone. Elle a continué d'aider les autorités.", "Elle", "IOM"),
        ("Le HCR est présent au Tchad. Il a organisé une formation avec le Gouvernement.", "Il", "UNHCR"),
        ("ЮНИСЕФ работает в 150 странах. Он оказал помощь правительству Чада.", "Он", "UNICEF"),
        # After a short opening phrase and a comma; the subject then carries on.
        ("UNICEF is present in 150 countries. In Sierra Leone, it trained 2,000 nurses.", "it", "UNICEF"),
        ("UNICEF works in Chad. In Sierra Leone, it trained nurses. It also worked with WHO.", "It", "UNICEF"),
        ("In 2014, UNICEF opened an office in Chad. Since then, it has worked with the Government.", "it", "UNICEF"),
        ("L'OIM est présente au Libéria. En Sierra Leone, elle a organisé une formation.", "elle", "IOM"),
        ("ЮНИСЕФ работает в 150 странах. Кроме того, он оказал помощь правительству Чада.", "он", "UNICEF"),
    ],
)
def test_in_a_document_an_opening_pronoun_stands_for_the_subject_before_it(text: str, pronoun: str, code: str) -> None:
    assert (pronoun, code) in _actor_mentions(text)


def test_a_council_asking_states_to_cooperate_through_a_pronoun_is_not_a_party() -> None:
    text = "Le Conseil de sécurité condamne l'attaque. Il demande instamment aux États de coopérer avec l'UNICEF."
    (statement,) = extract(text.encode(), filename="statement.txt").statements
    assert statement.sentence.text.startswith("Il demande")
    assert statement.participants == ["OTHER", "UNICEF"]


@pytest.mark.parametrize(
    "text",
    [
        # An impersonal pronoun stands for nobody.
        "Le Conseil de sécurité condamne l'attaque. Il est important que les États coopèrent.",
        "The Security Council met. It was decided to postpone the meeting.",
        # Nor does a pronoun whose sentence before did not open with an actor.
        "Les États Membres ont rencontré l'UNICEF. Il rappelle sa résolution 2100 (2013).",
        "Il rappelle sa résolution 2100 (2013).",
        "UNICEF met the Minister. In 2014, it was decided to postpone the meeting.",
        # An opening too long to be a phrase before the subject.
        "UNICEF met. With the support of the authorities of the three districts of the north, it trained nurses.",
        # The name owns the subject: the pronoun stands for the report.
        "UNICEF's report was published in May. It provides an overview of the work with partners.",
        (
            "The Special Representative of the Secretary-General for Children and Armed Conflict visited"
            " Mali. The Special Representative's office opened. It organized a workshop with the Government."
        ),
    ],
)
def test_a_pronoun_without_an_actor_to_stand_for_is_left_alone(text: str) -> None:
    assert not any(name.lower() in ("il", "it") for name, _ in _actor_mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        # The actor is the subject of a clause within the sentence, not of the sentence.
        "Liechtenstein recalled that, in 2006, the CRC expressed concern at the number of street children. "
        "It recommended that Azerbaijan accede to the Rome Statute.",
        "While noting that in 1999, the Human Rights Committee expressed concern about the Act, Algeria asked "
        "about it. It recommended that the guarantee be strengthened.",
        # A name alone, with no verb, is the subject of nothing.
        "Spain co-sponsored the initiative.\n\nAlliance of Civilizations.\n\nIt acknowledged challenges in combating terrorism.",
        # "It" cannot stand for a plural subject.
        "As a result of visits, the special procedures have identified difficulties. It noted that Ecuador had made an effort.",
    ],
)
def test_a_pronoun_after_a_subject_it_cannot_stand_for_is_left_alone(text: str) -> None:
    assert [code for name, code in _actor_mentions(text) if name.lower() == "it"] == []


def test_an_opening_pronoun_makes_the_analysis_depend_on_the_context() -> None:
    from cpcollab.engine.analyze import analyze_sentence
    from cpcollab.engine.recognize.titles import TitleResolver

    resolver = TitleResolver("fr")
    resolver.subject = "SC"
    analysis = analyze_sentence("Il rappelle sa résolution 2100 (2013).", "fr", titles=resolver)
    assert analysis.actors == ["SC"] and analysis.uses_context and analysis.subject == "SC"
    alone = analyze_sentence("Il rappelle sa résolution 2100 (2013).", "fr")
    assert alone.actors == [] and not alone.uses_context


@pytest.mark.parametrize(
    ("text", "bare", "code"),
    [
        (
            "UNICEF opened an office in Chad. The Fund trained 300 teachers with the Ministry of Education.",
            "The Fund",
            "UNICEF",
        ),
        (
            "Le FNUAP a ouvert un bureau au Tchad. Le Fonds a formé 300 sages-femmes avec le Ministère.",
            "Le Fonds",
            "UNFPA",
        ),
        (
            "El UNFPA abrió una oficina en el Chad. El Fondo capacitó a 300 parteras con el Ministerio.",
            "El Fondo",
            "UNFPA",
        ),
        (
            "افتتح صندوق الأمم المتحدة للسكان مكتبا في تشاد. وقام الصندوق بتدريب 300 قابلة مع الوزارة.",
            "الصندوق",
            "UNFPA",
        ),
        (
            "联合国人口基金在乍得开设了办事处。该基金与卫生部合作，在三个省份培训了300名助产士和护士。",
            "该基金",
            "UNFPA",
        ),
        # In Russian the head comes after the name's adjectives, and the noun takes its cases.
        (
            "Детский фонд Организации Объединенных Наций открыл отделение в Чаде. Фонд оказал помощь министерству.",
            "Фонд",
            "UNICEF",
        ),
        ("Экономический и Социальный Совет собрался. Совет просил ЮНИСЕФ сотрудничать с ВОЗ.", "Совет", "ECOSOC"),
        (
            "Управление Организации Объединенных Наций по наркотикам и преступности провело совещание."
            " Сотрудники Управления обучили 300 следователей.",
            "Управления",
            "UNODC",
        ),
        (
            "联合国开发计划署在乍得开设了办事处，并在三个省份设立了项目。该署与卫生部合作，培训了300名护士。",
            "该署",
            "UNDP",
        ),
        (
            "افتتحت مفوضية الأمم المتحدة لشؤون اللاجئين مكتبا في تشاد. وقامت المفوضية بتدريب 300 موظف مع الحكومة.",
            "المفوضية",
            "UNHCR",
        ),
        # The most recent actor whose name holds the noun, not the most recent actor.
        ("The Security Council met UNICEF and UNDP. The Council welcomed the report.", "The Council", "SC"),
        ("UNFPA met the Security Council. The Fund welcomed the debate.", "The Fund", "UNFPA"),
    ],
)
def test_in_a_document_a_bare_head_noun_stands_for_the_last_actor_whose_name_holds_it(
    text: str, bare: str, code: str
) -> None:
    assert (bare, code) in _actor_mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # No actor before whose name holds the noun.
        "UNICEF opened an office in Chad. The Mission trained 300 police officers.",
        # A longer name, or a fund written in lower case, is not the entity.
        "UNICEF opened an office. The Fund for Peace published an index. Donors gave to the fund.",
        "L'UNICEF a ouvert un bureau. Le Fonds mondial a financé le projet.",
        "El UNICEF abrió una oficina. El Fondo Mundial financió el proyecto.",
        "افتتحت اليونيسيف مكتبا. ومول الصندوق الاستئماني المشروع.",
        "联合国儿童基金会开设了办事处。该基金会资助了该项目。",
        "联合国儿童基金会在乍得开设了办事处，并在三个省份设立了项目。该署与卫生部合作，培训了300名护士。",
        "افتتحت مفوضية الأمم المتحدة لشؤون اللاجئين مكتبا. ووقعت المفوضية الأوروبية اتفاقا مع الحكومة.",
        # A Russian name goes on with a noun in the genitive or a capital; a verb ends the head.
        "Детский фонд Организации Объединенных Наций открыл отделение. Фонд миростроительства финансировал проект.",
        "Детский фонд Организации Объединенных Наций открыл отделение. Фонд Билла и Мелинды Гейтс выделил средства.",
        "Детский фонд Организации Объединенных Наций открыл отделение. Мы передали средства в фонд.",
    ],
)
def test_a_head_noun_that_is_not_bare_or_has_nobody_to_stand_for_is_left_alone(text: str) -> None:
    mentions = extract(text.encode(), filename="statement.txt").mentions
    assert [m.span.text for m in mentions if m.span.rule.startswith("title:")] == []


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "OHCHR opened an office. The High Commissioner on National Minorities of the OSCE visited the country.",
            [("OHCHR", "OHCHR")],
        ),
        (
            "The Committee on the Rights of the Child met. The Committee for the Safeguard of Integrity signed a plan.",
            [("The Committee on the Rights of the Child", "CRC")],
        ),
    ],
)
def test_a_title_whose_name_goes_on_is_another_body(text: str, mentions: list[tuple[str, str]]) -> None:
    assert _actor_mentions(text) == mentions


def _sentences_between(count: int) -> str:
    return " ".join(f"Item {n} of the agenda was considered." for n in range(count))


def test_a_bare_head_noun_stands_for_an_actor_named_in_the_last_few_sentences_only() -> None:
    from cpcollab.engine.recognize.titles import HEAD_WINDOW

    near = f"UNICEF opened an office in Chad. {_sentences_between(HEAD_WINDOW - 1)} The Fund trained nurses."
    far = f"UNICEF opened an office in Chad. {_sentences_between(HEAD_WINDOW + 1)} The Fund trained nurses."
    assert ("The Fund", "UNICEF") in _actor_mentions(near)
    assert "The Fund" not in [text for text, _code in _actor_mentions(far)]
    # Each "the Fund" the context resolved names the actor again: the thread goes on.
    thread = f"UNICEF opened an office. {_sentences_between(HEAD_WINDOW - 1)} The Fund trained nurses. "
    thread += f"{_sentences_between(HEAD_WINDOW - 1)} The Fund also trained midwives."
    assert [m for m in _actor_mentions(thread) if m[0] == "The Fund"] == [("The Fund", "UNICEF")] * 2


def test_far_from_another_actor_a_bare_head_noun_is_the_authors() -> None:
    from cpcollab.engine.analyze import analyze_sentence
    from cpcollab.engine.model import Span
    from cpcollab.engine.recognize.titles import HEAD_WINDOW, TitleResolver

    def council_after(sentences: int) -> list[str]:
        resolver = TitleResolver("en", author="HRC")
        ecosoc = "Economic and Social Council"
        resolver.observe([Span(0, len(ecosoc), "actor", "ECOSOC", ecosoc, "registry:ECOSOC")])
        for _ in range(sentences):
            resolver.observe([])
        return analyze_sentence("The Council adopted the outcome of the review.", "en", titles=resolver).actors

    assert council_after(1) == ["ECOSOC"]
    assert council_after(HEAD_WINDOW + 1) == ["HRC"]


@pytest.mark.parametrize(
    "text",
    [
        # A national body named with the head noun takes it over, in the sentence or before it.
        "UNDP opened an office. Colombia noted that the Programme against Discrimination had commitments. "
        "It added that the Programme had proved successful.",
        "UNDP opened an office. The Programme for Children and Youth was adopted in 2006 and the "
        "implementation of the Programme was set out in an action plan.",
        "OHCHR visited the country. It welcomed the Office of the Ombudsman but noted that the Office "
        "was not in accordance with the Paris Principles.",
        # A State's permanent mission, in a French list of a delegation within an English report.
        "The review of Mali was held at the fourth meeting, on 9 May 2008. OHCHR met the delegation, "
        "which was composed of the following members of the Government of Mali, with the Minister of "
        "Justice at its head.\n\nM. Sidiki Lamine Sow, Ambassadeur, Représentant permanent du Mali "
        "auprès de l'Office des Nations Unies à Genève;",
    ],
)
def test_a_head_noun_of_a_body_outside_the_lists_is_not_a_un_actor(text: str) -> None:
    mentions = extract(text.encode(), filename="statement.txt").mentions
    assert [m.span.text for m in mentions if m.span.rule in ("title:context", "title:default")] == []


def test_the_committee_is_the_treaty_body_named_lately_and_a_thread_of_it_goes_on() -> None:
    from cpcollab.engine.recognize.titles import HEAD_WINDOW

    named = "The Committee on the Elimination of Discrimination against Women reviewed the report of Chile."
    near = f"{named} {_sentences_between(HEAD_WINDOW - 1)} The Committee recommended a reform."
    far = f"{named} {_sentences_between(HEAD_WINDOW + 1)} The Committee recommended a reform."
    assert ("The Committee", "CEDAW") in _actor_mentions(near)
    assert "The Committee" not in [text for text, _code in _actor_mentions(far)]
    thread = f"{near} {_sentences_between(HEAD_WINDOW - 1)} The Committee also asked for data."
    assert [m for m in _actor_mentions(thread) if m[0] == "The Committee"] == [("The Committee", "CEDAW")] * 2
    # So is a Special Representative: far from her full title, "my Special Representative" in a
    # report on a country is the head of the mission there.
    srsg = "The Special Representative for Children and Armed Conflict visited Mali."
    near = f"{srsg} {_sentences_between(HEAD_WINDOW - 1)} My Special Representative met UNICEF."
    far = f"{srsg} {_sentences_between(HEAD_WINDOW + 1)} My Special Representative met UNICEF."
    assert ("My Special Representative", "SRSG-CAAC") in _actor_mentions(near)
    assert "My Special Representative" not in [text for text, _code in _actor_mentions(far)]


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Report of the Secretary-General on the United Nations Mission in South Sudan", "DPO"),
        ("Report of the Secretary-General on the United Nations Assistance Mission in Afghanistan", "DPPA"),
        # A title that names no mission gives "my Special Representative" to nobody.
        ("Report of the Secretary-General on children and armed conflict", None),
    ],
)
def test_in_a_report_on_a_mission_my_special_representative_heads_it(title: str, code: str | None) -> None:
    text = f"{title}\n\n1. The Government adopted a plan.\n\n2. My Special Representative worked with the Government."
    found = [c for name, c in _actor_mentions(text) if name == "My Special Representative"]
    assert found == ([code] if code else [])


def test_the_committee_is_the_treaty_body_named_before_it_in_its_sentence() -> None:
    text = (
        "The Committee against Torture reviewed the report of Chile. Belgium referred to the concern of the "
        "Committee on the Rights of the Child about armed groups and to the Committee's recommendation."
    )
    assert ("the Committee's", "CRC") in _actor_mentions(text)


def test_a_bare_head_noun_stands_for_the_actor_named_before_it_in_its_sentence() -> None:
    text = (
        "OHCHR opened an office. On cooperation with the United Nations Office on Drugs and Crime, "
        "Libya noted that there was an agreement between it and the Office."
    )
    assert ("the Office", "UNODC") in _actor_mentions(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Special Representative collaborated with UNICEF.", "en"),
        ("The Special Representative of the Secretary-General collaborated with UNICEF.", "en"),
        # A title whose last word is written in lower case.
        ("La Représentante spéciale a collaboré avec l'UNICEF.", "fr"),
        ("Le Représentant spécial du Secrétaire général a collaboré avec l'UNICEF.", "fr"),
        ("Специальный представитель сотрудничал с ЮНИСЕФ.", "ru"),
        ("Специальный представитель Генерального секретаря сотрудничал с ЮНИСЕФ.", "ru"),
        ("El Representante Especial del Secretario General colaboró con el UNICEF.", "es"),
        ("وتعاونت الممثلة الخاصة للأمين العام مع اليونيسيف.", "ar"),
        # Arabic puts the verb first: the title's object follows it, with its article.
        ("وقدمت الممثلة الخاصة الدعم إلى اليونيسيف.", "ar"),
        ("特别代表与儿基会合作。", "zh"),
        # "会" and "组织" after a Chinese title are verbs ("会见", "组织了"), not a longer name.
        ("特别代表会见了儿基会代表并与儿基会合作。", "zh"),
    ],
)
def test_in_the_report_of_a_special_representative_her_title_is_hers(text: str, lang: str) -> None:
    from cpcollab.engine.analyze import analyze_sentence
    from cpcollab.engine.recognize.titles import TitleResolver

    analysis = analyze_sentence(text, lang, titles=TitleResolver(lang, author="SRSG-VAC"))
    assert analysis.actors == ["SRSG-VAC", "UNICEF"]
    assert analysis.participants == ["SRSG-VAC", "UNICEF"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("توصي اللجنة الدولة الطرف بأن تعزز تعاونها مع اليونيسيف.", ["CRC", "UNICEF"]),
        # Another body: a national committee, the ICRC, another organisation's representative.
        ("وتعاونت اللجنة الوطنية مع اليونيسيف.", ["UNICEF"]),
        ("وتعاونت اللجنة الدولية للصليب الأحمر مع اليونيسيف.", ["UNICEF"]),
        ("وتعاون الممثل الخاص للاتحاد الأفريقي مع اليونيسيف.", ["UNICEF"]),
    ],
)
def test_an_arabic_title_before_its_object_is_the_office_and_an_adjective_names_another_body(
    text: str, actors: list[str]
) -> None:
    from cpcollab.engine.analyze import analyze_sentence
    from cpcollab.engine.recognize.titles import TitleResolver

    assert analyze_sentence(text, "ar", titles=TitleResolver("ar", author="CRC")).actors == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Комитет настоятельно призывает государство-участник сотрудничать с ЮНИСЕФ.", ["CRC", "UNICEF"]),
        ("Комитет обеспокоен отсутствием сотрудничества с ЮНИСЕФ.", ["CRC", "UNICEF"]),
        # Another committee.
        ("Комитет по делам женщин сотрудничал с ЮНИСЕФ.", ["UNICEF"]),
    ],
)
def test_a_russian_title_before_an_adverb_or_a_participle_is_the_office(text: str, actors: list[str]) -> None:
    from cpcollab.engine.analyze import analyze_sentence
    from cpcollab.engine.recognize.titles import TitleResolver

    assert analyze_sentence(text, "ru", titles=TitleResolver("ru", author="CRC")).actors == actors


def test_a_special_representative_with_another_mandate_is_not_the_author() -> None:
    from cpcollab.engine.analyze import analyze_sentence
    from cpcollab.engine.recognize.titles import TitleResolver

    text = "The Special Representative of the Secretary-General for Somalia met UNICEF."
    analysis = analyze_sentence(text, "en", titles=TitleResolver("en", author="SRSG-VAC"))
    assert "SRSG-VAC" not in analysis.actors


def test_without_a_document_a_bare_head_noun_is_left_unlabelled() -> None:
    from cpcollab.engine.analyze import analyze_sentence

    assert analyze_sentence("The Fund trained 300 teachers with the Ministry of Education.", "en").actors == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # Arabic renders an English acronym ("IAEA", "UNICRI") as the bare noun: a UN entity.
        ("وقدمت النرويج دعما ماليا لأنشطة الوكالة في مجال الأمن النووي.", ["UN-OTHER"]),
        ("ونظم المعهد دورة تدريبية بالتعاون مع وزارة العدل.", ["UN-OTHER"]),
        # A noun that goes on into a longer name is not bare.
        ("ونظم المعهد الوطني للإحصاء دورة تدريبية.", []),
        # Nouns that stand as often for a named mission as for "the Mission" unnamed stay unlabelled.
        ("وواصلت البعثة تسيير دوريات في المنطقة.", []),
    ],
)
def test_without_a_document_an_arabic_bare_agency_or_institute_is_a_un_entity(text: str, actors: list[str]) -> None:
    from cpcollab.engine.analyze import analyze_sentence

    assert analyze_sentence(text, "ar").actors == actors


def test_in_a_document_the_context_comes_before_the_default_of_a_bare_head() -> None:
    text = "وقدمت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى خدمات التعليم. ووسعت الوكالة برامجها الصحية."
    assert ("الوكالة", "UNRWA") in _actor_mentions(text)
    # With no actor before whose name holds the noun, the default stands.
    assert ("الوكالة", "UN-OTHER") in _actor_mentions("وقدمت النرويج دعما ماليا لأنشطة الوكالة في مجال الأمن النووي.")


def test_warming_up_builds_the_tables_and_changes_no_result() -> None:
    from cpcollab.engine.pipeline import warm_up
    from cpcollab.engine.recognize.language import recognizer

    data = _docx(REPORT)
    before = to_json(extract(data, filename="report.docx"))
    warm_up()
    assert recognizer.cache_info().currsize >= 6  # every language's recogniser is built
    assert to_json(extract(data, filename="report.docx")) == before


def test_the_garbage_collector_runs_again_after_a_document_and_stays_off_where_it_was() -> None:
    import gc

    data = _docx(REPORT)
    seen: list[bool] = []
    enabled = gc.isenabled()
    try:
        gc.enable()
        extract(data, filename="report.docx")
        seen.append(gc.isenabled())
        gc.disable()
        extract(data, filename="report.docx")
        seen.append(gc.isenabled())
        gc.enable()
        with pytest.raises(MalformedDocumentError):  # a failing document restores it too
            extract(b"%PDF-1.4 truncated", filename="bad.pdf")
        seen.append(gc.isenabled())
    finally:
        (gc.enable if enabled else gc.disable)()
    assert seen == [True, False, True]


def test_a_heading_that_names_a_collaboration_titles_a_section_and_is_no_statement() -> None:
    document = DocxDocument()
    for paragraph in REPORT[:7]:
        document.add_paragraph(paragraph)
    document.add_heading("B. Cooperation with UNICEF and UNFPA", level=2)
    document.add_paragraph("4. UNICEF and UNFPA jointly supported the Government of Ghana in training midwives.")
    buffer = io.BytesIO()
    document.save(buffer)
    extraction = extract(buffer.getvalue(), filename="report.docx")

    heading = next(b for b in extraction.document.blocks if b.text.startswith("B. Cooperation"))
    assert str(heading.kind) == "heading"
    assert [s.sentence.text for s in extraction.statements] == [
        "4. UNICEF and UNFPA jointly supported the Government of Ghana in training midwives."
    ]
    assert {m.span.value for m in extraction.mentions if m.block == heading.index} >= {"UNICEF", "UNFPA"}


def test_items_of_a_lead_in_that_asks_are_asked_for_and_the_title_is_no_statement() -> None:
    paragraphs = [
        *REPORT[:6],
        "Report of the Special Representative on cooperation with UNICEF on violence against children",
        "4. The Special Representative recommends that Member States:",
        "(a) Work with UNICEF and WHO to cost their national action plans;",
        "(b) Joint data collection with UNICEF and UNFPA;",
        "5. In 2024, the Special Representative observed the following:",
        "(a) UNICEF and UNFPA trained 300 social workers in Ghana;",
        "6. UNICEF and WHO supported the Government of Kenya in training nurses.",
    ]
    extraction = extract(_docx(paragraphs), filename="report.docx")

    by_text = {s.sentence.text: s for s in extraction.statements}
    assert extraction.document.metadata.title == paragraphs[6]
    assert paragraphs[6] not in by_text
    # (alone, the item reads as a report of joint work)
    assert analyze_sentence("(b) Joint data collection with UNICEF and UNFPA;", "en").collaboration == "reported"
    assert by_text["(b) Joint data collection with UNICEF and UNFPA;"].collaboration == "called_for"
    assert any("lead-in" in why for why in by_text["(b) Joint data collection with UNICEF and UNFPA;"].explanation)
    # A lead-in that asks nothing leaves its items as they are, and a main paragraph ends the items.
    assert by_text["(a) UNICEF and UNFPA trained 300 social workers in Ghana;"].collaboration == "reported"
    assert (
        by_text["6. UNICEF and WHO supported the Government of Kenya in training nurses."].collaboration == "reported"
    )


UPR_REPORT = [
    REPORT[0],
    "A/HRC/99/12",
    *REPORT[2:6],
    "Report of the Working Group on the Universal Periodic Review",
    "71. The delegation thanked the States that had taken part in the dialogue.",
    "72. The following recommendations will be examined by Ruritania, which will provide responses in due time:",
    "1. To open an inquiry into the events of March, under the supervision of the United Nations and with the"
    " support of regional organizations (Chile);",
    "2. Extend a standing invitation to the special procedures, as a way of supporting its reforms (Maldives);",
    "73. The following recommendations did not enjoy the support of Ruritania:",
    "73.1 Train judges and prosecutors on the rights of the child, in cooperation with UNICEF (Norway);",
    "73.2 Abolish the death penalty (Italy);",
    "74. In 2098, Ruritania trained 300 police officers with the support of UNODC.",
]


def test_recommendations_numbered_afresh_or_under_their_lead_in_are_asked_for() -> None:
    extraction = extract(_docx(UPR_REPORT), filename="upr.docx")

    by_text = {s.sentence.text: s for s in extraction.statements}
    afresh, under, invitation = UPR_REPORT[9], UPR_REPORT[12], UPR_REPORT[10]
    # (alone, each reads as a report of support received)
    assert [analyze_sentence(text, "en").collaboration for text in (afresh, under)] == ["reported"] * 2
    assert [by_text[text].collaboration for text in (afresh, under)] == ["called_for"] * 2
    assert all(any("lead-in" in why for why in by_text[text].explanation) for text in (afresh, under))
    # A numbered recommendation is a clause the model reads whole: where it finds no
    # collaboration (a standing invitation), the lead-in adds none, as it would to a lettered
    # item's fragment.
    assert analyze_sentence(invitation, "en", asked_for=True).collaboration == "called_for"
    assert analyze_sentence(invitation, "en").collaboration == "none"
    assert invitation not in by_text
    # The next paragraph of the report's own numbering ends the list.
    assert by_text[UPR_REPORT[14]].collaboration == "reported"


def test_a_note_a_page_break_or_an_unnumbered_recommendation_inside_the_list_does_not_end_it() -> None:
    text = (
        "A/HRC/99/12\r\r"
        "Report of the Working Group on the Universal Periodic Review\r\r"
        "100. The following recommendations will be examined by Ruritania:\r"
        "100.1. Ensure that children have access to education (Ghana)3;\r"
        "3 The recommendation as made during the interactive dialogue was to raise the age of\r"
        "100.2. Ratify the Convention on the Rights of Persons with\r\r"
        "Disabilities and its Optional Protocol (Chile);\r"
        "100.3. Map, together with UNICEF, the areas where juvenile justice needs support (Peru);\r\r"
        "Step up the ratification of the Convention against Torture (Slovakia);\r"
        "100.4. Identify, jointly with UNICEF, the districts where birth registration lags behind (Peru);\r"
        "101. All recommendations reflect the position of the submitting States.\r"
    )
    extraction = extract(text.encode("cp1252"), filename="upr.txt")

    mapped = "100.3. Map, together with UNICEF, the areas where juvenile justice needs support (Peru);"
    identify = "100.4. Identify, jointly with UNICEF, the districts where birth registration lags behind (Peru);"
    note = next(b for b in extraction.document.blocks if b.kind == BlockKind.FOOTNOTE)
    assert (note.label, note.text.split()[:2]) == ("3", ["The", "recommendation"])
    assert "Disabilities and its Optional Protocol (Chile);" in {b.text for b in extraction.document.blocks}
    # (alone, each item reads as a report of joint work)
    assert [analyze_sentence(item, "en").collaboration for item in (mapped, identify)] == ["reported"] * 2
    # A recommendation the layout set apart from its number, ending with the State that makes
    # it, does not end the list either.
    assert [(s.sentence.text, s.collaboration) for s in extraction.statements] == [
        (mapped, "called_for"),
        (identify, "called_for"),
    ]


def test_lettered_items_written_without_an_opening_bracket_are_items_of_their_lead_in() -> None:
    text = (
        "A/RES/99/1\n\n"
        "Résolution adoptée par l’Assemblée générale\n\n"
        "5. Prie le Secrétaire général :\n\n"
        "a) De renforcer les échanges de données avec l’UNICEF et le FNUAP;\n\n"
        "b) De lui présenter un rapport à sa prochaine session;\n\n"
        "6. Décide de rester saisie de la question.\n"
    )
    extraction = extract(text.encode(), filename="resolution.txt")

    items = [(b.para_number, b.text[:2]) for b in extraction.document.blocks if b.para_number and "(" in b.para_number]
    assert items == [("5 (a)", "a)"), ("5 (b)", "b)")]
    assert [(s.para_number, s.collaboration) for s in extraction.statements] == [("5 (a)", "called_for")]
    assert any("lead-in" in why for why in extraction.statements[0].explanation)


@pytest.mark.parametrize(
    ("lead", "number", "item", "after"),
    [
        ("122", "122.1", "122-1", "123"),  # numbered under the lead-in, as Arabic writes 122.1
        ("٧٣", "٢", "٢ -", "٧٤"),  # numbered afresh, in Arabic-Indic digits
    ],
)
def test_arabic_recommendations_of_a_lead_in_are_asked_for(lead: str, number: str, item: str, after: str) -> None:
    text = "تحديد المناطق التي يتأخر فيها تسجيل المواليد، بالاشتراك مع اليونيسف (بيرو)؛"
    first = "١ - التصديق على البروتوكول الاختياري (شيلي)؛\n\n" if number == "٢" else ""
    document = (
        "A/HRC/99/12\n\n"
        "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل\n\n"
        f"{lead} - ستدرس روريتانيا التوصيات التالية وستقدم ردودها عليها في الوقت المناسب:\n\n"
        f"{first}{item} {text}\n\n"
        f"{after} - تعبر جميع الاستنتاجات والتوصيات الواردة في هذا التقرير عن موقف الدول التي قدمتها.\n"
    )
    extraction = extract(document.encode(), filename="upr.txt")

    block = next(b for b in extraction.document.blocks if b.text.endswith(text))
    assert block.para_number == number
    assert analyze_sentence(block.text, "ar").collaboration == "reported"  # (alone)
    assert [(s.sentence.text, s.collaboration) for s in extraction.statements] == [(block.text, "called_for")]


def test_the_first_paragraph_after_a_lead_in_without_a_number_begins_the_texts_numbering() -> None:
    paragraphs = [
        *REPORT[:7],
        "The Special Representative makes the following recommendations:",
        "1. UNICEF and WHO supported the Government of Kenya in training nurses.",
    ]
    extraction = extract(_docx(paragraphs), filename="report.docx")

    assert [(s.sentence.text, s.collaboration) for s in extraction.statements] == [(paragraphs[-1], "reported")]


def test_a_text_without_a_masthead_keeps_its_first_sentence_as_a_statement() -> None:
    sentence = "1. UNICEF and UNHCR jointly trained 40 social workers in Jordan."
    extraction = extract(_docx([sentence]), filename="note.docx")

    assert extraction.document.metadata.symbols == []
    assert [s.sentence.text for s in extraction.statements] == [sentence]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("联合国儿童基金会与政府合作。", "zh", "UNICEF"),
        ("تعاونت اليونيسيف مع الحكومة.", "ar", "UNICEF"),
        ("ЮНИСЕФ сотрудничал с правительством.", "ru", "UNICEF"),
        ("L'UNICEF a coopéré avec l'État.", "fr", "UNICEF"),
    ],
)
def test_a_document_too_short_for_any_block_to_tell_is_read_in_its_language(text: str, lang: str, code: str) -> None:
    extraction = extract(text.encode(), filename="note.txt")
    assert extraction.document.lang == lang
    assert [s.collaboration for s in extraction.statements] == ["reported"]
    assert code in extraction.statements[0].participants


def test_a_short_heading_in_another_script_is_read_in_its_own_language() -> None:
    text = (
        "The Security Council met on 12 May 2015 and heard a briefing by the Special Representative.\n\n"
        "安全理事会临时议程\n\n"
        "The members of the Council welcomed the cooperation of UNICEF with the Government of Mali."
    )
    extraction = extract(text.encode(), filename="note.txt")
    heading = next(b for b in extraction.document.blocks if b.text.startswith("安全"))
    assert extraction.document.lang == "en" and heading.lang == "zh"
    assert any(m.block == heading.index and m.span.value == "SC" for m in extraction.mentions)
