"""One pass for all pack rules: the RE2 set of every pack rule's prefilter skips a rule only where it cannot match,
whatever rules, flags and packs a process makes, and answers as each prefilter's own search."""

from __future__ import annotations

import textwrap

from newslint import packs
from newslint.engine import Linter
from newslint.model import Article
from newslint.packs import load_pack


def rules_of(tmp_path, name: str, body: str):
    path = tmp_path / f"{name}.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return load_pack(path)


def found(linter: Linter, text: str) -> list[tuple[str, str]]:
    article = Article.parse(text)
    return [(f.code, article.text[f.start:f.end]) for f in linter.lint_article(article)]


def test_every_rule_finds_what_it_finds_alone(tmp_path):
    first = rules_of(tmp_path, "one", """\
        rules:
          - {code: TP10, name: p-one, kind: existence, summary: s, ignorecase: true, tokens: ["read more"]}
          - {code: TP11, name: p-two, kind: existence, summary: s, patterns: ['^Skip ad$'], where: paragraph}
        """)
    second = rules_of(tmp_path, "two", """\
        rules:
          - {code: TP20, name: p-three, kind: substitution, summary: s, swap: {teh: the}}
        """)
    together = Linter([cls() for cls in first + second])
    texts = ["T\n\nREAD MORE of it.\n", "T\n\nSkip ad\n\nThe rest.\n", "T\n\nWe saw teh cat.\n", "T\n\nNothing here.\n",
             "T\n\nRead more. Skip ad\n\nteh\n"]
    for text in texts:
        alone = sorted(f for cls in first + second for f in found(Linter([cls()]), text))
        assert sorted(found(together, text)) == alone
    assert found(together, texts[3]) == []
    assert [code for code, _ in found(together, texts[4])] == ["TP10", "TP20"]


def test_a_rule_made_after_a_search_is_searched_for_too(tmp_path):
    early = Linter([cls() for cls in rules_of(tmp_path, "early", """\
        rules:
          - {code: TP30, name: p-early, kind: existence, summary: s, tokens: ["alpha"]}
        """)])
    text = "T\n\nalpha and omega\n"
    assert found(early, text) == [("TP30", "alpha")]
    article = Article.parse(text)
    assert early.rules[0]._prefilter_source() in packs._prefilters_found(article, early.rules[0]._prefilter_source())
    late = Linter([cls() for cls in rules_of(tmp_path, "late", """\
        rules:
          - {code: TP31, name: p-late, kind: existence, summary: s, tokens: ["omega"]}
        """)])
    assert found(late, "T\n\nomega only\n") == [("TP31", "omega")]  # the set compiled again, with it
    assert not packs._prefilters_found(Article.parse("T\n\nneither\n"), late.rules[0]._prefilter_source())


def test_a_rule_that_came_unpickled_is_searched_for_too(tmp_path):
    rules = rules_of(tmp_path, "unpickled", """\
        rules:
          - {code: TP40, name: p-unpickled, kind: existence, summary: s, tokens: ["zeta"]}
          - {code: TP41, name: p-made, kind: existence, summary: s, tokens: ["theta"]}
        """)
    rules[1]()  # a rule made in this process: the one search is never empty
    rule = rules[0].__new__(rules[0])  # as pickle makes it: no __init__
    rule.__dict__.update(rules[0]().__dict__)
    packs._PREFILTERS.pop(rule._prefilter_source())
    assert [f.message for f in Linter([rule]).lint_article(Article.parse("T\n\nzeta\n"))] == ["'zeta'"]


def test_a_rule_the_set_holds_reads_the_articles_answer_without_asking_may_match(tmp_path, monkeypatch):
    rules = rules_of(tmp_path, "answered", """\
        rules:
          - {code: TP50, name: p-answered, kind: existence, summary: s, tokens: ["kappa"]}
          - {code: TP51, name: p-other, kind: existence, summary: s, tokens: ["lambda"]}
        """)
    linter = Linter([cls() for cls in rules])
    assert found(linter, "T\n\nkappa\n") == [("TP50", "kappa")]  # the set compiled with both
    answered = [Article.parse(text) for text in ("T\n\nkappa and lambda\n", "T\n\nneither\n", "T\n\nlambda\n")]
    sources = [rule._prefilter_source() for rule in linter.rules]
    answers = [packs._prefilters_found(article, sources[0]) for article in answered]

    def asked(*_):
        raise AssertionError("may_match asked where the article's pass answered")

    monkeypatch.setattr(packs.PackRule, "may_match", asked)
    assert [[source in answer for source in sources] for answer in answers] == [[True, True], [False, False],
                                                                                 [False, True]]
    assert answers[1] is packs._NONE_FOUND  # nothing found (by any rule this process made): one shared empty answer
    assert [[(f.code, f.start) for f in linter.lint_article(article)] for article in answered] == [
        [("TP50", 3), ("TP51", 13)], [], [("TP51", 3)]]


def test_a_rule_searches_its_own_prefilter_where_the_set_cannot_answer(tmp_path, monkeypatch):
    rules = rules_of(tmp_path, "unanswered", """\
        rules:
          - {code: TP60, name: p-unanswered, kind: existence, summary: s, tokens: ["sigma"]}
        """)
    linter = Linter([cls() for cls in rules])
    assert found(linter, "T\n\nsigma\n") == [("TP60", "sigma")]
    monkeypatch.setattr(packs, "_search_every_prefilter", lambda article: None)  # as where the set ran out of memory
    assert found(linter, "T\n\nsigma again\n") == [("TP60", "sigma")]
    assert found(linter, "T\n\nnothing\n") == []


# -- the set's form of a prefilter, without its line loops (packs._without_line_loops) --------------------------------

LOOPED_PACK = """\
    rules:
      - code: TP30
        name: p-hear
        kind: existence
        summary: s
        where: paragraph
        patterns:
          - '[^"\\n]{0,120}\\bwe want to hear from you[^"\\n]*'
          - '(?:Get|Receive) our [^"\\n]{0,60}to your inbox.*'
      - code: TP31
        name: p-keep
        kind: existence
        summary: s
        ignorecase: true
        patterns: ['[^"\\n]{0,80}\\bto keep reading\\b[^"\\n]{0,120}']
      - {code: TP32, name: p-named, kind: existence, summary: s, patterns: ['(?P<lead>Ends\\b.*)\\bhere']}
    """


def test_a_user_packs_rules_with_line_loops_fire_through_the_set(tmp_path):
    rules = [cls() for cls in rules_of(tmp_path, "looped", LOOPED_PACK)]
    assert all(rule.trigger is not None for rule in rules)
    texts = ["T\n\nAnd we want to hear from you.\n\nThe end.\n", "T\n\nGet our daily digest sent to your inbox now\n",
             "T\n\nSubscribe TO KEEP READING this story.\n", "T\n\nIt Ends with a line that stops here.\n",
             "T\n\n\"And we want to hear from you,\" she said.\n", "T\n\nNothing a rule looks for.\n"]
    batch = [Article.parse(text) for text in texts]
    together = Linter(rules)._check(batch)  # (a batch: the pack triggers judged by the set)
    alone = [[f for rule in rules for f in Linter([type(rule)()]).lint_article(article)] for article in batch]
    assert [[(f.code, f.start, f.end) for f in found] for found in together] == \
        [[(f.code, f.start, f.end) for f in found] for found in alone]
    assert [sorted({f.code for f in found}) for found in together] == [["TP30"], ["TP30"], ["TP31"], ["TP32"], [], []]


def test_the_set_form_of_a_prefilter_leaves_its_line_loops_out():
    cut = packs._without_line_loops
    assert cut('(?m)^[ .]*([^"\\n]{0,}\\bwe hear you[^"\\n]*)[ .]*$') == '(?m)\\bwe hear you[^"\\n]*[ .]*$'
    assert cut("(?m)(?i)^x*(?:[^q]{0,}to keep reading[^q]{0,})$") == "(?m)(?i)to keep reading[^q]{0,}$"
    assert cut("(?P<a>Ab.*)\\bcd.*") == "Ab.*\\bcd.*"  # (runs too light to stand alone: kept whole)
    assert cut("(?P<a>Ending\\b.*)\\bhere") == "Ending\\b.*\\bhere"  # (its last loop after a run that weighs)
    assert cut("(?P<a>Ending\\b.*)\\bhere.*") == "Ending\\b"
    assert cut("(?P<a>abcd).*(?P<b>x)") == "(?:abcd).*(?:x)"  # a capture's name copied nowhere
    assert cut("(?m)^(?:Advertisement|Related stories)$") == "(?m)^(?:Advertisement|Related stories)$"  # no loop
    assert cut("(?m)^(?:Sponsored|[^q]*Paid post[^q]*)$") == "(?m)^(?:Sponsored)$|Paid post[^q]*$"


def test_a_pattern_the_set_form_cannot_read_is_given_back():
    many = "(?:" + "|".join(f"word{i:03d}[^q]*end" for i in range(packs._LOOP_FORMS_MOST + 1)) + ")"
    for pattern in ("a.*b(?i)c.*dddd", "(a.*bcde", "a.*bcde)", many):
        assert packs._without_line_loops(pattern) == pattern


def test_the_set_form_matches_wherever_the_built_in_prefilters_match():
    import random

    import re2

    prefilters = [cls.__dict__["prefilter"].pattern for cls in packs.load_packs(packs.builtin_pack_paths())
                  if cls.__dict__.get("prefilter") is not None]
    pieces = [cls.bad for cls in packs.load_packs(packs.builtin_pack_paths())] + [
        "We want to hear from you", "\"", "“", "\n", " ", "Sign up", "newsletter", ". ", "to your inbox", "©",
        "Copyright 2020", "All rights reserved", "Related stories", "Follow us on", "may not be reproduced", "the"]
    draw = random.Random(7)
    texts = ["".join(draw.choice(pieces) for _ in range(draw.randrange(1, 9))) for _ in range(3000)]
    for prefilter in prefilters:
        whole, cut = re2.compile(prefilter), re2.compile(packs._without_line_loops(prefilter))
        missed = [text for text in texts if whole.search(text) and not cut.search(text)]
        assert not missed, (prefilter[:60], missed[:3])
