"""HTML: blocks from elements, skipped furniture, footnotes where marked, charset, deep nesting."""

from __future__ import annotations

import time

from cpcollab.engine.model import BlockKind
from cpcollab.engine.readers import read_bytes, sniff

PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>A/HRC/43/15 – Slovenia</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a></nav>
<h1>Report of the Working Group</h1>
<h2>I. Introduction</h2>
<p>1. The Working Group held its session in Genève.<sup><a href="#fn1">1</a></sup></p>
<p>(a) A national report;</p>
<ul><li><p>UNICEF</p></li><li>OHCHR</li></ul>
<table><tr><th>Actor</th><td>Role</td></tr></table>
<blockquote>Quoted text</blockquote>
<div>Loose <b>div</b> text<br><br>after two breaks</div>
<section class="footnotes"><ol><li id="fn1">A/HRC/43/15/Add.1 <a href="#r1">&#8617;</a></li></ol></section>
</body></html>"""


def test_html_blocks_follow_the_markup() -> None:
    # given an HTML page in Windows-1252 with a title, a script, navigation and a footnote
    document = read_bytes(PAGE.encode("cp1252"), filename="page.html")

    # then each element gives its kind of block and the rest is left out
    assert document.format == "html" and document.encoding == "windows-1252"
    assert document.metadata.title == "A/HRC/43/15 – Slovenia"
    assert [(b.kind, b.text, b.level, b.para_number, b.label) for b in document.blocks] == [
        (BlockKind.HEADING, "Report of the Working Group", 1, None, None),
        (BlockKind.HEADING, "I. Introduction", 2, None, None),
        (BlockKind.PARAGRAPH, "1. The Working Group held its session in Genève.1", None, "1", None),
        (BlockKind.PARAGRAPH, "(a) A national report;", None, "1 (a)", None),
        (BlockKind.LIST_ITEM, "UNICEF", None, None, None),
        (BlockKind.LIST_ITEM, "OHCHR", None, None, None),
        (BlockKind.TABLE_CELL, "Actor", None, None, None),
        (BlockKind.TABLE_CELL, "Role", None, None, None),
        (BlockKind.PARAGRAPH, "Quoted text", None, None, None),
        (BlockKind.PARAGRAPH, "Loose div text", None, None, None),
        (BlockKind.PARAGRAPH, "after two breaks", None, None, None),
        (BlockKind.FOOTNOTE, "A/HRC/43/15/Add.1", None, None, "1"),
    ]


def test_html_is_recognised_by_markup_not_by_name() -> None:
    assert sniff(b"  <!doctype html><p>x</p>", "notes.txt") == "html"
    assert sniff(b"<p>one</p><p>two</p>") == "html"
    assert sniff(b"1 < 2 and 3 > 2") == "txt"
    assert sniff(b"<b>bold</b> claims", "page.htm") == "html"


def test_deeply_nested_html_is_read_in_bounded_time() -> None:
    # given 40,000 nested elements (far past any recursion limit) around a sentence
    depth = 20_000
    data = b"<html><body>" + b"<div><span>" * depth + b"Deep text." + b"</span></div>" * depth + b"</body></html>"

    # when read
    started = time.perf_counter()
    document = read_bytes(data)

    # then the text is found quickly
    assert [b.text for b in document.blocks] == ["Deep text."]
    assert time.perf_counter() - started < 5


def test_a_charset_that_lies_falls_back_to_detection() -> None:
    data = '<html><meta charset="utf-8"><p>Côte d’Ivoire</p></html>'.encode("mac_roman")

    document = read_bytes(data)

    assert document.blocks[0].text == "Côte d’Ivoire" and document.encoding == "mac_roman"


def test_items_of_an_ordered_list_are_numbered_paragraphs_as_the_page_shows_them() -> None:
    page = (
        "<html><body><p>The Council,</p><ol>"
        "<li>Requests UNICEF to report;</li>"
        '<li><p>Calls upon States to cooperate with UNICEF:</p><ol type="a"><li>In data collection;</li>'
        "<li>In training;</li></ol></li>"
        '<li value="7">Decides to remain seized of the matter.</li></ol>'
        "<ul><li>A bullet</li></ul>"
        '<ol start="3" reversed><li>Third</li><li>Second</li></ol>'
        '<ol start="many"><li>First after all</li></ol></body></html>'
    )
    blocks = read_bytes(page.encode(), filename="resolution.html").blocks

    assert [(b.kind, b.para_number, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, None, "The Council,"),
        (BlockKind.PARAGRAPH, "1", "1. Requests UNICEF to report;"),
        (BlockKind.PARAGRAPH, "2", "2. Calls upon States to cooperate with UNICEF:"),
        (BlockKind.PARAGRAPH, "2 (a)", "(a) In data collection;"),
        (BlockKind.PARAGRAPH, "2 (b)", "(b) In training;"),
        (BlockKind.PARAGRAPH, "7", "7. Decides to remain seized of the matter."),
        (BlockKind.LIST_ITEM, None, "A bullet"),
        (BlockKind.PARAGRAPH, "3", "3. Third"),
        (BlockKind.PARAGRAPH, "2", "2. Second"),
        (BlockKind.PARAGRAPH, "1", "1. First after all"),
    ]
