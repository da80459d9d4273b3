"""A long report in UN layout, generated for the benchmarks (its text is written here, not taken
from any document): masthead, running heads and feet, numbered paragraphs, footnotes."""

from __future__ import annotations

import random
import textwrap

from cpcollab.pdfmaker import HEIGHT, Text, make_pdf

SYMBOL = "A/99/999"
PARTIES = [
    "the United Nations Children's Fund (UNICEF)",
    "the Office of the United Nations High Commissioner for Human Rights",
    "the United Nations Office on Drugs and Crime",
    "the World Health Organization",
    "the International Labour Organization",
    "the United Nations Population Fund",
    "the Special Representative of the Secretary-General on Violence against Children",
    "the United Nations Development Programme",
    "the Government of Ruritania",
    "national child protection authorities",
    "civil society organizations",
]
SENTENCES = [
    "In {year}, {a} and {b} supported a joint programme on birth registration in {n} districts.",
    "{a} provided technical assistance to {b} for the review of juvenile justice legislation.",
    "Training on child-sensitive procedures was delivered by {a} to {n} police officers, in cooperation with {b}.",
    "The country task force on monitoring and reporting, co-chaired by {a}, met {n} times during the period.",
    "{a} encourages {b} to strengthen data collection on violence against children.",
    "A study on the drivers of child marriage was carried out jointly by {a} and {b}.",
    "The meeting reviewed the budget of the programme and the schedule of the next session.",
    "Member States are invited to consider voluntary contributions to the trust fund for technical cooperation.",
    "The report covers the period from 1 January to 31 December {year} and follows the format agreed in {year}.",
    "Some {n} children were released from armed groups and referred to reintegration services.",
]


def paragraph(rng: random.Random, number: int) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        a, b = rng.sample(PARTIES, 2)
        template = rng.choice(SENTENCES)
        sentences.append(template.format(a=a, b=b, n=rng.randint(3, 900), year=rng.randint(2010, 2030)))
    text = " ".join(sentences)
    return f"{number}. {text[0].upper()}{text[1:]}"


def report_pdf(pages: int = 500, *, seed: int = 66139) -> bytes:
    """A ``pages``-page report; the same seed gives the same bytes."""
    rng = random.Random(seed)
    out: list[list[Text]] = []
    number = 1
    for page in range(1, pages + 1):
        items = [Text(57, HEIGHT - 40, 9, SYMBOL)]
        y = HEIGHT - 80
        if page == 1:
            for line, size in (("United Nations", 14), (SYMBOL, 12), ("General Assembly", 16), ("Distr.: General", 9)):
                items.append(Text(57, y, size, line))
                y -= 22
            items.append(Text(57, y, 12, "Report on collaboration for children (a generated benchmark document)"))
            y -= 30
        while y > 140:
            for line in textwrap.wrap(paragraph(rng, number), 95):
                items.append(Text(57, y, 10, line))
                y -= 13
            y -= 8
            number += 1
        items.append(Text(57, 100, 8, f"{rng.randint(1, 99)} A note at the foot of page {page}, in smaller type."))
        items.append(Text(57, 40, 9, f"GE.99-{10000 + page}"))
        items.append(Text(520, 40, 9, str(page)))
        out.append(items)
    return make_pdf(out)
