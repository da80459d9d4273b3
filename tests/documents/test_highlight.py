"""Marking statements and actor names up in a block's text: escaped, well nested, any script."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from cpcollab.documents.highlight import Mark, highlight


class _Checker(HTMLParser):
    """Collects the text and checks that every element closes in order (well-formed nesting)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack == []
    return checker


def test_text_without_marks_is_only_escaped() -> None:
    html = highlight('<script>alert("x")</script> & co', [])

    assert html == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"


def test_hostile_text_and_attributes_are_escaped_inside_marks() -> None:
    text = "UNICEF <script>alert(1)</script> & WHO"
    marks = [Mark(0, len(text), "mark", ("st",), {"title": '"><img src=x onerror=alert(1)>'})]

    html = highlight(text, marks)

    assert "<script>" not in html and "<img" not in html
    assert 'title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html
    assert "".join(_parse(html).text) == text


def test_overlapping_marks_are_split_into_well_nested_elements() -> None:
    text = "UNICEF and WHO trained social workers."
    statement = Mark(0, 22, "mark", ("st",), {"id": "h-1"})
    actor = Mark(11, 30, "span", ("actor",), {"title": "WHO"})

    html = highlight(text, [actor, statement])
    parsed = _parse(html)

    assert "".join(parsed.text) == text
    assert html.startswith('<mark class="st" id="h-1">UNICEF and <span class="actor" title="WHO">WHO trained</span>')
    assert html.count('id="h-1"') == 1  # the id is written once, on the first piece
    assert [tag for tag, _ in parsed.tags] == ["mark", "span", "span"]


def test_a_mark_inside_another_stays_inside() -> None:
    text = "In cooperation with UNICEF, the ministry acted."
    html = highlight(text, [Mark(20, 26, "span", ("actor",)), Mark(0, 46, "mark", ("st",))])

    assert html == (
        '<mark class="st">In cooperation with <span class="actor">UNICEF</span>, the ministry acted</mark>.'
    )


def test_marks_are_clamped_to_the_text_and_empty_ones_dropped() -> None:
    html = highlight("abc", [Mark(-4, 2), Mark(2, 99, "span"), Mark(1, 1), Mark(5, 9)])

    assert html == "<mark>ab</mark><span>c</span>"


def test_equal_spans_and_chains_of_overlaps_nest() -> None:
    text = "0123456789"
    marks = [Mark(0, 4, "mark"), Mark(2, 6, "span"), Mark(4, 8, "b"), Mark(0, 4, "i")]

    parsed = _parse(highlight(text, marks))

    assert "".join(parsed.text) == text


@pytest.mark.parametrize(
    ("text", "start", "end", "marked"),
    [
        ("تعاونت اليونيسف مع منظمة الصحة العالمية في الأردن.", 7, 15, "اليونيسف"),
        ("儿童基金会和难民署联合培训了社会工作者。", 0, 5, "儿童基金会"),
        ("ЮНИСЕФ и ВОЗ <совместно> обучили", 0, 6, "ЮНИСЕФ"),
    ],
)
def test_offsets_count_code_points_in_every_script(text: str, start: int, end: int, marked: str) -> None:
    html = highlight(text, [Mark(start, end, "span", ("actor",)), Mark(0, len(text), "mark", ("st",))])

    assert f'<span class="actor">{marked}</span>' in html
    assert "".join(_parse(html).text) == text
