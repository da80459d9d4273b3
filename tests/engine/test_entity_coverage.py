"""United Nations entities named as UN documents name them in the six languages (full names,
short names and acronyms of each language), each with the code the guideline gives it, and
names of other bodies that look like them without being one."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence

NAMED = [
    # Peacekeeping operations, their heads and political missions.
    ("en", "UNSMIS monitored the cessation of armed violence in 2012.", "DPO"),
    ("fr", "La MISNUS a suspendu ses patrouilles en juin 2012.", "DPO"),
    ("ru", "МООННС прекратила патрулирование в июне 2012 года.", "DPO"),
    ("ar", "وقد زار الممثل الخاص للأمين العام لآسيا الوسطى العاصمة.", "DPPA"),
    ("fr", "Le Représentant spécial du Secrétaire général pour le Kosovo a présenté le rapport.", "DPO"),
    ("zh", "秘书长科索沃问题特别代表介绍了情况。", "DPO"),
    ("en", "The Special Representative of the Secretary-General for Central Asia visited Dushanbe.", "DPPA"),
    ("ar", "ونظم تحالف الأمم المتحدة للحضارات منتدى.", "UN-OTHER"),
    ("ar", "وقد عُين منسقا خاصا للأمم المتحدة لعملية السلام في الشرق الأوسط.", "DPPA"),
    ("fr", "La Mission d'assistance des Nations Unies en Iraq a poursuivi ses travaux.", "DPPA"),
    # Subsidiary bodies of the Security Council and the General Assembly.
    ("en", "The Military Staff Committee met twice during the period.", "SC"),
    ("zh", "安全理事会维持和平行动工作组举行了会议。", "SC"),
    (
        "es",
        "El Grupo de Trabajo del Consejo de Seguridad sobre las Operaciones de Mantenimiento de la Paz se reunió.",
        "SC",
    ),
    ("en", "The panel reviewed the preparations for the United Nations General Assembly Special Session.", "GA"),
    # Other United Nations entities, related organizations and mechanisms.
    ("en", "The Committee for Development Policy reviewed the list of least developed countries.", "UN-OTHER"),
    ("en", "The Conference on Disarmament adopted its agenda.", "UN-OTHER"),
    ("en", "The Secretary-General's Envoy on Youth launched the strategy.", "UN-OTHER"),
    ("en", "In Fiji the Working Group on the use of mercenaries was welcomed.", "UN-OTHER"),
    ("zh", "政府与世贸组织合作。", "UN-OTHER"),
    ("zh", "联合国不同文明联盟举办了论坛。", "UN-OTHER"),
    ("zh", "会议通知了主管法律事务的助理秘书长。", "UN-OTHER"),
    ("ar", "وبالتعاون مع منظمة التجارة العالمية.", "UN-OTHER"),
    ("ar", "وعقد مؤتمر نزع السلاح جلسة عامة.", "UN-OTHER"),
    ("fr", "Le GIEC a publié son rapport de synthèse.", "UN-OTHER"),
    ("fr", "La CCPPNU a versé les prestations.", "UN-OTHER"),
    ("es", "La OMC organizó un taller sobre facilitación del comercio.", "UN-OTHER"),
    (
        "es",
        "El Equipo Encargado de Prestar Apoyo Analítico y Vigilar la Aplicación de las Sanciones informó.",
        "UN-OTHER",
    ),
    ("ru", "ЮНИТАД передала доказательства властям.", "UN-OTHER"),
    ("ru", "Доклад подготовлен УВР.", "UN-OTHER"),
    (
        "ru",
        "Он встретился со Специальным советником Генерального секретаря по вопросу об обязанности защищать.",
        "UN-OTHER",
    ),
    ("ru", "Доклад Комиссии по разоружению был рассмотрен.", "UN-OTHER"),
    # Entities whose own code the guideline gives (former UN-Women bodies, a WFP service) and
    # acronyms a language also writes in another language's form.
    ("en", "INSTRAW published a study on remittances.", "UN-WOMEN"),
    ("en", "UNHAS flew the team to Bentiu.", "WFP"),
    ("fr", "L'UNODC a organisé un atelier à Vienne.", "UNODC"),
    ("ru", "Программа развития ООН оказала поддержку.", "UNDP"),
    ("es", "ONUHábitat continúa impulsando su apoyo a las autoridades municipales.", "UNHABITAT"),
]

NOT_NAMED = [
    # A State's delegation accredited to the World Trade Organization as well.
    (
        "en",
        "Third Secretary, Permanent Mission of Viet Nam to the United Nations, the World Trade "
        "Organization, and other international organizations at Geneva;",
    ),
    (
        "fr",
        "Mission permanente de la Suisse auprès de l'Office des Nations Unies à Genève et de l'Organisation mondiale du commerce",
    ),
    (
        "es",
        "Misión Permanente de México ante la Oficina de las Naciones Unidas en Ginebra y la Organización Mundial del Comercio",
    ),
    # National disarmament, demobilization and reintegration commissions are not the Disarmament
    # Commission.
    ("ru", "Национальная комиссия по разоружению, демобилизации и реинтеграции провела совещание."),
    ("es", "La Comisión de Desarme, Desmovilización y Reintegración se reunió en Bangui."),
    # A parliament's committee on information technology is not the Committee on Information.
    ("en", "The parliamentary Committee on Information and Communication Technology met."),
]


@pytest.mark.parametrize(("lang", "text", "code"), NAMED)
def test_named_un_entity_is_recognised_with_its_code(lang: str, text: str, code: str) -> None:
    assert analyze_sentence(text, lang).actors == [code]


@pytest.mark.parametrize(("lang", "text"), NOT_NAMED)
def test_look_alike_names_no_un_entity(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == []
