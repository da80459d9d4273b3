"""The demonstration reports as data: one TOML file per report under ``reports/``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

REPORTS_DIR = Path(__file__).with_name("reports")
FORMATS = ("docx", "pdf")
#: A footnote reference in a paragraph: ``[^2]``.
NOTE_MARK = re.compile(r"\[\^(\d+)\]")
_SUB_PARAGRAPH = re.compile(r"^\([a-z]{1,2}\)\s")
#: How a paragraph number is written: "1 - " in Arabic documents, "1. " elsewhere.
NUMBER_FORMATS = {"ar": "{n} - "}


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class DemoReport:
    """One fictitious report: its masthead, sections of paragraphs and footnotes."""

    slug: str
    language: str
    format: str
    owner: str
    symbol: str
    notice: str
    united_nations: str
    organ: str
    right: tuple[str, ...]
    left: tuple[str, ...]
    title: str
    summary_heading: str
    summary: str
    sections: tuple[Section, ...]
    footnotes: dict[int, str] = field(default_factory=dict)

    @property
    def filename(self) -> str:
        return f"{self.slug}.{self.format}"

    @property
    def rtl(self) -> bool:
        return self.language == "ar"

    def numbered(self) -> list[tuple[str, list[str]]]:
        """Each section's heading and its paragraphs, numbered in UN style across the report
        (sub-paragraphs "(a)" keep their letter)."""
        number = 0
        pattern = NUMBER_FORMATS.get(self.language, "{n}. ")
        result: list[tuple[str, list[str]]] = []
        for section in self.sections:
            paragraphs = []
            for text in section.paragraphs:
                if _SUB_PARAGRAPH.match(text):
                    paragraphs.append(text)
                else:
                    number += 1
                    paragraphs.append(pattern.format(n=number) + text)
            result.append((section.heading, paragraphs))
        return result


class DemoDataError(ValueError):
    """A demonstration report file is malformed (a bug in the data, found by the tests)."""


def _report(path: Path) -> DemoReport:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    try:
        report = DemoReport(
            slug=path.name.removesuffix(".toml"),
            language=data["language"],
            format=data["format"],
            owner=data["owner"],
            symbol=data["symbol"],
            notice=data["notice"],
            united_nations=data["united_nations"],
            organ=data["organ"],
            right=tuple(data["right"]),
            left=tuple(data["left"]),
            title=data["title"],
            summary_heading=data["summary_heading"],
            summary=data["summary"],
            sections=tuple(Section(s["heading"], tuple(s["paragraphs"])) for s in data["sections"]),
            footnotes={int(k): v for k, v in data.get("footnotes", {}).items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DemoDataError(f"{path.name}: {exc!r}") from exc
    if report.format not in FORMATS or "DEMO" not in report.symbol:
        raise DemoDataError(f"{path.name}: format must be docx or pdf and the symbol must contain DEMO")
    cited = {int(m) for s in report.sections for p in s.paragraphs for m in NOTE_MARK.findall(p)}
    if cited != set(report.footnotes):
        raise DemoDataError(f"{path.name}: footnotes cited {sorted(cited)} but written {sorted(report.footnotes)}")
    return report


@cache
def demo_reports() -> tuple[DemoReport, ...]:
    """Every demonstration report, in file-name order."""
    return tuple(_report(path) for path in sorted(REPORTS_DIR.glob("*.toml")))
