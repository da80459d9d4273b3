"""Benchmarks of the extraction engine → bench/results/engine.json (``make bench``).

On the same PDFs - the UN PDFs of the shared data and a generated 500-page report - it
measures (a) bare text extraction with pypdfium2 (open, each page's text, close) and (b) the
full pipeline (read with layout, language, metadata, segmentation, recognition,
classification), in pages per second and text megabytes per second, their ratio, and the
peak memory of each, every measurement in a fresh child process so peaks do not mix. The
pipeline runs on one core (pdfium is single-threaded and the engine starts no threads).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

GOAL_RATIO = 0.5
GOAL_PEAK_MB = 300


def bare(path: str) -> dict[str, float]:
    import pypdfium2 as pdfium

    started = time.perf_counter()
    pdf = pdfium.PdfDocument(path)
    chars = 0
    pages = len(pdf)
    for index in range(pages):
        page = pdf[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return {"seconds": time.perf_counter() - started, "pages": pages, "chars": chars}


def pipeline(path: str) -> dict[str, float]:
    from cpcollab.engine.pipeline import extract

    started = time.perf_counter()
    extraction = extract(path)
    seconds = time.perf_counter() - started
    chars = sum(len(block.text) for block in extraction.document.blocks)
    return {
        "seconds": seconds,
        "pages": extraction.document.pages or 0,
        "chars": chars,
        "sentences": extraction.sentence_count,
        "statements": len(extraction.statements),
    }


def _child(mode: str, paths: list[str]) -> dict[str, object]:
    """Run one mode over the files in a fresh interpreter; return its timings and peak memory."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", mode, *paths], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def child_main(mode: str, paths: list[str]) -> None:
    if mode == "pipeline":  # build the rule data and tries of every language outside the timing
        from cpcollab.engine.pipeline import warm_up

        warm_up()
    run = bare if mode == "bare" else pipeline
    files = [run(path) for path in paths]
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"files": files, "peak_mb": round(peak_kb / 1024, 1)}))


def _rates(files: list[dict[str, float]]) -> dict[str, float]:
    seconds = sum(f["seconds"] for f in files)
    pages = sum(f["pages"] for f in files)
    megabytes = sum(f["chars"] for f in files) / 1e6
    return {
        "seconds": round(seconds, 3),
        "pages": int(pages),
        "text_mb": round(megabytes, 3),
        "pages_per_second": round(pages / seconds, 1),
        "text_mb_per_second": round(megabytes / seconds, 3),
    }


def measure(name: str, paths: list[str], repeat: int) -> dict[str, object]:
    # Bare and pipeline runs alternate, so that a machine slowing down or speeding up during the
    # measurement weighs on both sides of the ratio alike.
    runs: dict[str, list[dict[str, object]]] = {"bare": [], "pipeline": []}
    for _ in range(repeat):
        for mode, children in runs.items():
            children.append(_child(mode, paths))
    result: dict[str, object] = {"files": len(paths)}
    for mode, children in runs.items():
        rates = [_rates(child["files"]) for child in children]  # type: ignore[arg-type]
        best = sorted(rates, key=lambda r: r["seconds"])[len(rates) // 2]  # the median run
        best["peak_memory_mb"] = median(float(child["peak_mb"]) for child in children)  # type: ignore[arg-type]
        result[mode] = best
    pipeline_files = runs["pipeline"][0]["files"]
    result["pipeline"]["sentences"] = sum(f["sentences"] for f in pipeline_files)  # type: ignore[index]
    result["pipeline"]["statements"] = sum(f["statements"] for f in pipeline_files)  # type: ignore[index]
    ratio = result["pipeline"]["pages_per_second"] / result["bare"]["pages_per_second"]  # type: ignore[index]
    result["ratio_pipeline_to_bare"] = round(ratio, 3)
    print(
        f"{name}: bare {result['bare']['pages_per_second']} pages/s, "  # type: ignore[index]
        f"pipeline {result['pipeline']['pages_per_second']} pages/s, ratio {ratio:.3f}, "  # type: ignore[index]
        f"peak {result['pipeline']['peak_memory_mb']} MB"
    )  # type: ignore[index]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--pages", type=int, default=500, help="pages of the generated report")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "engine.json")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child[0], args.child[1:])
        return
    from bench.reportgen import report_pdf

    un_pdfs = sorted(str(p) for p in args.data.glob("*/pdf/*.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "generated-report.pdf"
        report.write_bytes(report_pdf(args.pages))
        results = {
            "machine": {"python": platform.python_version(), "processor": platform.machine(), "cores_used": 1},
            "goals": {"ratio_pipeline_to_bare_at_least": GOAL_RATIO, "peak_memory_mb_below": GOAL_PEAK_MB},
            "un_pdfs": measure("UN PDFs", un_pdfs, args.repeat) if un_pdfs else None,
            "generated_report": {"pages": args.pages, **measure("generated report", [str(report)], args.repeat)},
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
