"""A pack rule's loose matcher (its wide bounded repetitions unbounded: a small RE2 program) answers as the rule's own
pattern, which is compiled only for a longer paragraph the loose one matches and its checked form (each unbounded
repetition captured) cannot answer; and the RE2 set of every prefilter answers as each prefilter's own search."""

from __future__ import annotations

import random
import textwrap

import pytest
import re2

from newslint import packs
from newslint.engine import Linter
from newslint.model import Article


def rules_of(tmp_path, body: str):
    path = tmp_path / "house.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    packs.load_pack(path)
    return packs.load_pack(path)  # from the cache: every pattern compiled on first use


@pytest.mark.parametrize(("pattern", "upto"), [
    (r'[^"\n]{0,120}\bnews[^"\n]{0,300}', 120),
    (r"\d{1,3}/\d{1,3}[A-Z][^\n]{2,150}", 150),  # narrow bounds are kept in the loose form: they do not count
    (r".{0,40}x\w{0,5}?", 40),
    (r"\pL{0,30}", 30),
    (r"\p{Greek}{0,30}", -1),  # read as ending in a brace: answered by the pattern itself (safe)
    (r"(?:ab){0,30}", -1),  # a repeated group may match more than one character per copy
    (r"\b{0,30}", -1),
    (r"x{3}y{2,}", -1),  # no bound dropped: never asked
])
def test_the_loose_form_answers_on_texts_no_longer_than_its_smallest_dropped_bound(pattern, upto):
    assert packs._loose_answers_upto(pattern) == upto


PACK = """\
    rules:
      - {code: TP50, name: p-line, kind: existence, summary: s, where: paragraph,
         patterns: ['[^"\\n]{0,20}\\bwe want\\b[^"\\n]{0,15}', 'Page \\d+ of \\d+']}
      - {code: TP51, name: p-anywhere, kind: existence, summary: s, ignorecase: true,
         patterns: ['(?:sign up|join)[^.!?\\n]{2,25}[.!]']}
    """


PIECES = ["we want", "We want", " ", "x", "é", ".", "!", '"', "—", "Sign up", "join", "Page 2 of 3", "…"]


def assert_drawn_paragraphs_answered_as_by_the_rules_own_patterns(tmp_path, pieces, seed, lengths, count):
    rules = rules_of(tmp_path, PACK)
    assert [rule.loose_form()[1] for rule in rules] == [15, 25]
    exact = [re2.compile(rule.__dict__["matcher"].pattern) for rule in rules]
    draw = random.Random(seed)
    for _ in range(count):
        text = "".join(draw.choice(pieces) for _ in range(draw.randrange(*lengths))).strip() or "x"
        article = Article.parse(f"Title\n\n{text}\n")
        paragraph = article.paragraphs[0].text
        for rule, pattern in zip(rules, exact):
            if rule.where == "paragraph":
                match = pattern.search(paragraph)
                expected = [match.span(1)] if match and match.end(1) > match.start(1) else []
            else:
                expected = [m.span() for m in pattern.finditer(paragraph) if m.end() > m.start()]
            found = [(f.start - article.paragraphs[0].start, f.end - article.paragraphs[0].start)
                     for f in rule().check(article)]
            assert found == expected, (rule.code, paragraph)


def test_drawn_paragraphs_are_answered_as_by_the_rules_own_patterns(tmp_path):
    assert_drawn_paragraphs_answered_as_by_the_rules_own_patterns(tmp_path, PIECES, 17, (1, 16), 3000)


def test_drawn_long_paragraphs_are_answered_as_by_the_rules_own_patterns(tmp_path):
    """Paragraphs longer than the loose form's bounds: the checked loose form answers where its captures keep the
    bounds, the rule's own pattern where they do not."""
    pieces = [*PIECES, "a few more words", "and then some"]
    assert_drawn_paragraphs_answered_as_by_the_rules_own_patterns(tmp_path, pieces, 29, (4, 30), 2000)


def test_where_the_checked_loose_form_answers_its_spans_are_the_rules_own(tmp_path):
    rules = rules_of(tmp_path, PACK)
    exact = [re2.compile(rule.__dict__["matcher"].pattern) for rule in rules]
    draw = random.Random(31)
    pieces = [*PIECES, "a few more words", "and then some"]
    answered = passed = 0
    for _ in range(3000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randrange(1, 30))).strip() or "x"
        for rule, pattern in zip(rules, exact):
            made = rule()
            checker, bounds = rule.checked_loose_form()
            try:
                found = made._spans_of(checker, text, bounds)
            except packs._BoundPassed:
                passed += 1
                continue
            answered += 1
            assert found == made._spans_of(pattern, text, ()), (rule.code, text)
    assert answered > 1000 and passed > 100  # both ways taken


def test_a_long_line_within_the_bounds_is_answered_without_the_rules_own_pattern(tmp_path):
    line_rule = rules_of(tmp_path, PACK)[0]
    within = "So we want your views"  # longer than the smallest bound (15), each run within its own
    assert [f.code for f in line_rule().check(Article.parse(f"Title\n\n{within}\n"))] == ["TP50"]
    assert isinstance(line_rule.__dict__["matcher"], packs._OnFirstUse)  # never compiled
    beyond = "We are told once more that we want your views"  # 25 characters before the phrase: beyond {0,20}
    assert list(line_rule().check(Article.parse(f"Title\n\n{beyond}\n"))) == []
    assert not isinstance(line_rule.__dict__["matcher"], packs._OnFirstUse)


@pytest.mark.parametrize(("pattern", "kept", "expected"), [
    (r'^E*((?:[^"\n]{0,120}\bnews[^"\n]{0,300})|x)E*$', 2,
     (r'^E*((?:([^"\n]{0,})\bnews([^"\n]{0,}))|x)E*$', ((2, 120), (3, 300)))),
    (r"(?i)^a(b.{0,40}?c)", 2, (r"(?i)^a(b(.{0,}?)c)", ((2, 40),))),  # lazy stays lazy, inside the capture
    (r"(?P<n>a)[^x]{2,30}", 2, (r"(?P<n>a)([^x]{2,})", ((2, 30),))),
    (r"[^x]{0,30}(a)", 1, (r"([^x]{0,})(a)", ((1, 30),))),
    (r"[^x]{0,30}(a)", 2, None),  # group 1 would become another group
    (r"(?:ab[^x]{0,30})*", 1, None),  # the capture of a repeated group holds its last copy only
    (r"(?:ab[^x]{0,30})?", 1, (r"(?:ab([^x]{0,}))?", ((1, 30),))),
    (r"\123{0,30}", 1, None),  # an octal escape's last digit is no atom of its own
    (r"\pL{0,30}", 1, None),
    (r"(?:ab){0,30}", 1, None),
    (r"x{3}y{2,}", 1, None),  # nothing unbounded
])
def test_the_checked_loose_form_captures_each_unbounded_repetition(pattern, kept, expected):
    assert packs._captured_repetitions(pattern, kept) == expected


def test_a_short_line_is_answered_without_the_rules_own_pattern(tmp_path):
    line_rule = rules_of(tmp_path, PACK)[0]
    assert [f.code for f in line_rule().check(Article.parse("Title\n\n— we want it!\n"))] == ["TP50"]
    assert isinstance(line_rule.__dict__["matcher"], packs._OnFirstUse)  # never compiled
    long_line = "A long line that says at its end that we want more"  # the phrase beyond {0,20}: no finding
    assert list(line_rule().check(Article.parse(f"Title\n\n{long_line}\n"))) == []
    assert not isinstance(line_rule.__dict__["matcher"], packs._OnFirstUse)


def test_the_set_of_prefilters_answers_as_each_prefilters_own_search(tmp_path):
    rules = rules_of(tmp_path, PACK)
    made = [cls() for cls in rules]
    sources = [rule._prefilter_source() for rule in made]
    for text in ["T\n\nwe want it\n", "T\n\nJoin us today!\n", "T\n\nPage 1 of 9\n\nsign up now.\n", "T\n\nnone\n"]:
        article = Article.parse(text)
        joined = "\n".join(p.text for p in article.paragraphs)
        found = [source in packs._prefilters_found(article, source) for source in sources]  # as each rule asks
        assert found == [re2.search(s, joined) is not None for s in sources]


def test_where_the_set_cannot_answer_each_rule_searches_its_own_prefilter(tmp_path, monkeypatch):
    linter = Linter([cls() for cls in rules_of(tmp_path, PACK)])
    article = Article.parse("T\n\nSo we want your views.\n\nJoin the club today!\n")
    expected = [(f.code, f.start, f.end) for f in linter.lint_article(article)]
    assert [code for code, _, _ in expected] == ["TP50", "TP51"]
    packs._every_prefilter()
    monkeypatch.setattr(packs, "_search_every_prefilter", lambda article: None)  # as after running out of memory
    again = Article.parse("T\n\nSo we want your views.\n\nJoin the club today!\n")
    assert [(f.code, f.start, f.end) for f in linter.lint_article(again)] == expected
