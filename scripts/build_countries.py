"""Write ``src/cpcollab/reference/data/countries.json`` from the UN/OCHA countries taxonomy.

The taxonomy (M49 and ISO codes, UN membership, names in the six official languages) is
published by OCHA and shipped by the PyPI package ``hdx-python-country`` (MIT licence) as
``Countries & Territories Taxonomy MVP - C&T Taxonomy with HXL Tags.csv``. Run::

    python scripts/build_countries.py PATH/TO/countries_territories_taxonomy.csv

The output keeps only facts the application needs: codes, UN status, region and names.
Status: the 193 Member States are the rows on the DGACM list; the Holy See and the State of
Palestine are the two observer States; the Cook Islands and Niue are non-member States on the
UNTERM list; everything else is a territory.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/cpcollab/reference/data/countries.json"
OBSERVER_STATES = {"VAT", "PSE"}
LANGS = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}


def _status(row: dict[str, str], iso3: str) -> str:
    if row["Appears in DGACM list"] == "Y":
        return "member_state"
    if iso3 in OBSERVER_STATES:
        return "observer_state"
    if row["Appears in UNTERM list"] == "Y":
        return "non_member_state"
    return "territory"


def _names(row: dict[str, str]) -> dict[str, dict[str, str]]:
    names: dict[str, dict[str, str]] = {}
    for code, label in LANGS.items():
        short = row[f"M49 {label}"] or row[f"{label} Short"]
        if code == "en":
            short = short or row["Preferred Term"]
        if short:
            names[code] = {"short": short.replace("\u2019", "'")}
    if row["English Formal"]:
        names["en"]["formal"] = row["English Formal"]
    return names


def build(source: Path) -> list[dict[str, object]]:
    countries = []
    with source.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            iso3 = row["ISO 3166-1 Alpha 3-Codes"] or row["x Alpha3 codes"]
            if not iso3 or row["Deprecated"] == "Y" or row["Admin Level"] != "0":
                continue
            m49 = row["m49 numerical code"]
            countries.append(
                {
                    "iso3": iso3,
                    "iso2": row["ISO 3166-1 Alpha 2-Codes"] or row["x Alpha2 codes"],
                    "m49": int(m49) if m49 else None,
                    "status": _status(row, iso3),
                    "region_code": int(row["Region Code"]) if row["Region Code"] else None,
                    "region": row["Region Name"],
                    "subregion_code": int(row["Sub-region Code"]) if row["Sub-region Code"] else None,
                    "subregion": row["Sub-region Name"],
                    "names": _names(row),
                    "pattern_en": row["Regex"],
                }
            )
    countries.sort(key=lambda c: c["iso3"])  # type: ignore[arg-type, return-value]
    return countries


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    countries = build(Path(sys.argv[1]))
    payload = {
        "source": "OCHA Countries & Territories Taxonomy (hdx-python-country, MIT licence)",
        "countries": countries,
    }
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    members = sum(1 for c in countries if c["status"] == "member_state")
    print(f"wrote {len(countries)} countries and territories ({members} Member States) to {OUT}")


if __name__ == "__main__":
    main()
