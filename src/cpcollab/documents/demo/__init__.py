"""Demonstration reports the project writes itself: UN format, six languages, all fictitious.

The texts are data (``reports/*.toml``, one report per file, every sentence written for this
project); :mod:`.texts` reads them, :mod:`.docx_writer` and :mod:`.pdf_writer` render them
byte for byte the same on every run, and :mod:`.load` writes them into the data folder and
ingests them, so running the demonstration twice adds nothing. Each report says on its first
line, in its own language, that it is a fictitious document and not a United Nations one, and
its symbol contains ``DEMO``, which no United Nations symbol does.
"""

from __future__ import annotations

from cpcollab.documents.demo.render import render
from cpcollab.documents.demo.texts import DemoReport, demo_reports

__all__ = ["DemoReport", "demo_reports", "render"]
