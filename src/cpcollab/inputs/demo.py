"""A demonstration reporting cycle: a call for inputs under A/RES/66/139 to every Member State
and fifteen UN actors, with a few fictitious answers in several languages.

Everything here is fictitious and says so: the cycle's title, every answer. It shows each state a
recipient can be in: letters sent, a draft in progress (France), submissions by the web form and
registered by the Secretariat (Kenya, Mexico, Egypt), an acknowledgement (Kenya), and, for UNICEF,
a questionnaire that starts from the records accepted from its own demonstration report. Loading
it again adds nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from cpcollab.accounts.models import Organisation, OrganisationKind, User
from cpcollab.collaboration.services import statement_accept
from cpcollab.documents.models import IngestionJob, JobStatus, ReviewStatus, Statement
from cpcollab.documents.services import ingestion_run
from cpcollab.inputs import services
from cpcollab.inputs.models import Call, Channel, ReportingCycle

CODE = "demo-66-139"
DEMO_NOTE = {
    "en": "(Demonstration data: fictitious.)",
    "fr": "(Données de démonstration : fictives.)",
    "es": "(Datos de demostración: ficticios.)",
    "ar": "(بيانات للعرض التوضيحي: وهمية.)",
}

QUESTIONS = [
    {
        "text": {
            "en": "Describe how your Government or entity collaborated with United Nations entities and other actors "
            "to protect the rights of children during the period: with whom, on what, where and with what resources.",
            "fr": "Décrivez comment votre gouvernement ou votre entité a collaboré avec les entités des Nations Unies "
            "et d'autres acteurs pour protéger les droits de l'enfant pendant la période : avec qui, dans quel "
            "domaine, où et avec quelles ressources.",
            "es": "Describa cómo su Gobierno o entidad colaboró con las entidades de las Naciones Unidas y otros "
            "actores para proteger los derechos del niño durante el período: con quién, en qué ámbito, dónde y con "
            "qué recursos.",
            "ru": "Опишите, как ваше правительство или структура сотрудничали с подразделениями Организации "
            "Объединенных Наций и другими сторонами в защите прав детей в течение периода: с кем, в какой "
            "области, где и с какими ресурсами.",
            "ar": "يرجى وصف الكيفية التي تعاونت بها حكومتكم أو كيانكم مع كيانات الأمم المتحدة والجهات الفاعلة الأخرى "
            "في حماية حقوق الطفل خلال الفترة: مع من، وفي أي مجال، وأين، وبأي موارد.",
            "zh": "请说明贵国政府或贵实体在本期间如何与联合国各实体及其他行为体合作保护儿童权利:"
            "与谁合作、在哪些领域、在何地、使用何种资源。",
        },
        "help_text": {
            "en": "Name the entities, the places and the years; give amounts with their currency.",
            "fr": "Nommez les entités, les lieux et les années ; indiquez les montants avec leur monnaie.",
            "es": "Indique las entidades, los lugares y los años; dé los importes con su moneda.",
            "ru": "Укажите структуры, места и годы; суммы приводите с указанием валюты.",
            "ar": "يرجى ذكر الكيانات والأماكن والسنوات، وبيان المبالغ مع عملتها.",
            "zh": "请写明实体、地点和年份;金额请注明币种。",
        },
    },
    {
        "text": {
            "en": "Which coordination mechanisms or joint programmes did you take part in, and what did they "
            "achieve for children?",
            "fr": "À quels mécanismes de coordination ou programmes conjoints avez-vous participé, et qu'ont-ils "
            "apporté aux enfants ?",
            "es": "¿En qué mecanismos de coordinación o programas conjuntos participó, y qué lograron para los niños?",
            "ru": "В каких координационных механизмах или совместных программах вы участвовали и каких результатов "
            "они позволили добиться для детей?",
            "ar": "ما هي آليات التنسيق أو البرامج المشتركة التي شاركتم فيها، وما الذي حققته للأطفال؟",
            "zh": "贵方参与了哪些协调机制或联合方案?这些机制或方案为儿童取得了哪些成果?",
        },
    },
    {
        "text": {
            "en": "What obstacles to collaboration did you meet, and what would strengthen it?",
            "fr": "Quels obstacles à la collaboration avez-vous rencontrés, et qu'est-ce qui la renforcerait ?",
            "es": "¿Qué obstáculos a la colaboración encontró y qué la fortalecería?",
            "ru": "С какими препятствиями для сотрудничества вы столкнулись и что могло бы его укрепить?",
            "ar": "ما هي العقبات التي واجهتموها في التعاون، وما الذي من شأنه أن يعززه؟",
            "zh": "贵方在合作中遇到了哪些障碍?如何才能加强合作?",
        },
    },
]

#: The UN actors asked, first fifteen of these that exist as organisations.
UN_ACTORS = (
    "UNICEF",
    "OHCHR",
    "SRSG-VAC",
    "SRSG-CAAC",
    "UNHCR",
    "WHO",
    "UNODC",
    "UNFPA",
    "UNESCO",
    "ILO",
    "WFP",
    "UN-WOMEN",
    "UNDP",
    "IOM",
    "UNAIDS",
    "OCHA",
    "DPPA",
    "UNRWA",
)


@dataclass(frozen=True)
class DemoAnswer:
    code: str
    language: str
    answers: dict[str, str]
    channel: str  # web: submitted by a focal point; others: registered by the Secretariat
    received_on: datetime.date


ANSWERS = (
    DemoAnswer(
        "KEN",
        "en",
        {
            "1": "In 2025, the Government of Kenya and UNICEF jointly trained 420 children's officers in case "
            "management in Turkana and Garissa counties, with USD 1.2 million from the European Union.",
            "2": "Kenya took part in the joint programme on ending violence against children with UNICEF, WHO and "
            "UNODC, which set up child protection units in 12 police stations.",
        },
        Channel.EMAIL,
        datetime.date(2026, 4, 22),
    ),
    DemoAnswer(
        "MEX",
        "es",
        {
            "1": "En 2025, el Gobierno de México colaboró con el UNICEF y la OPS/OMS en la elaboración de un "
            "protocolo nacional de atención a niñas, niños y adolescentes víctimas de violencia.",
        },
        Channel.EMAIL,
        datetime.date(2026, 5, 6),
    ),
    DemoAnswer(
        "EGY",
        "ar",
        {
            "1": "في عام 2025، تعاونت حكومة مصر مع اليونيسف ومنظمة الصحة العالمية على توسيع خدمات تسجيل المواليد "
            "في محافظات صعيد مصر.",
        },
        Channel.POST,
        datetime.date(2026, 5, 2),
    ),
)

FRANCE_DRAFT = {
    "1": "En 2025, la France a soutenu, avec le HCDH et l'UNICEF, la formation de 150 magistrats d'Afrique de "
    "l'Ouest à la justice adaptée aux enfants.",
}


def _note(text: str, language: str) -> str:
    return f"{text} {DEMO_NOTE.get(language, DEMO_NOTE['en'])}"


def _call() -> Call:
    cycle = services.cycle_create(
        user=None,
        code=CODE,
        mandate_symbol="A/RES/66/139",
        mandate_paragraph="4",
        session=81,
        agenda_item_number="66",
        agenda_item_title="Promotion and protection of the rights of children",
        report_title="Collaboration within the United Nations system on child protection (demonstration)",
        inputs_due=datetime.date(2026, 4, 30),
        submission_due=datetime.date(2026, 6, 15),
        period_start=datetime.date(2024, 1, 1),
        period_end=datetime.date(2025, 12, 31),
        status="open",
    )
    call = services.call_create(user=None, cycle=cycle, title="Call for inputs (demonstration)", questions=QUESTIONS)
    existing = set(Organisation.objects.filter(kind=OrganisationKind.UN_ACTOR).values_list("code", flat=True))
    actors = [code for code in UN_ACTORS if code in existing][:15]
    services.recipients_add(user=None, call=call, all_member_states=True, codes=actors)
    return call


def _accept_own_statements(owner: str, username: str, limit: int = 3) -> int:
    """Accept a few statements of the owner's demonstration reports, as its focal point would."""
    user = User.objects.filter(username=username, organisation__code=owner).first()
    if user is None:
        return 0
    for job in IngestionJob.objects.filter(document__owner__code=owner).exclude(status=JobStatus.DONE):
        ingestion_run(job.pk)  # the statements (and the symbols) are there before they are reviewed
    statements = sorted(
        Statement.objects.filter(
            document__owner__code=owner, document__symbol__contains="DEMO", review_status=ReviewStatus.PENDING
        ).select_related("document"),
        key=lambda s: (s.document.language != "en", s.document_id, s.index),  # English first: the demo's language
    )
    accepted = 0
    for statement in statements:
        if accepted == limit:
            break
        if len(set(statement.participants) - {"OTHER"}) >= 2:
            statement_accept(user=user, statement_id=statement.pk)
            accepted += 1
    return accepted


def demo_cycle_load() -> ReportingCycle | None:
    """Create the demonstration cycle, its answers and UNICEF's accepted records; None if it exists."""
    if ReportingCycle.objects.filter(code=CODE).exists():
        return None
    call = _call()
    recipients = {r.organisation.code: r for r in call.recipients.select_related("organisation")}
    services.recipients_mark(user=None, recipients=recipients.values(), step="sent")
    for answer in ANSWERS:
        services.submission_register(
            user=None,
            recipient_id=recipients[answer.code].pk,
            channel=answer.channel,
            received_on=answer.received_on,
            answers={k: _note(v, answer.language) for k, v in answer.answers.items()},
            language=answer.language,
        )
    services.recipient_acknowledge(user=None, recipient_id=recipients["KEN"].pk)
    france = User.objects.filter(username="demo.france").first()
    if france is not None:
        services.submission_save_draft(
            user=france,
            recipient_id=recipients["FRA"].pk,
            answers={k: _note(v, "fr") for k, v in FRANCE_DRAFT.items()},
            language="fr",
        )
    _accept_own_statements("UNICEF", "demo.unicef")
    return call.cycle
