"""The pack rules' trigger (``packs.PackTrigger``, judged by the engine on the article): a user's pack rules fire
where they find something, are not called where no prefilter matches the article's paragraphs, and find what they
find with no trigger at all."""

from __future__ import annotations

import copy
import pickle
import textwrap

from newslint.engine import Linter
from newslint.model import Article
from newslint.packs import PackTrigger, load_pack

USER_PACK = """\
    rules:
      - {code: UP10, name: up-moderated, kind: existence, summary: s, ignorecase: true,
         tokens: ["comments are moderated"]}
      - {code: UP11, name: up-skip-ad, kind: existence, summary: s, patterns: ['Skip ad'], where: paragraph}
      - {code: UP12, name: up-teh, kind: substitution, summary: s, swap: {teh: the}}
      - {code: UP13, name: up-kyiv, kind: consistency, summary: s, pairs: [[Kiev, Kyiv]]}
      - {code: UP14, name: up-opening, kind: existence, summary: s, patterns: ['\\ALead']}
    """

TEXTS = [
    "Title\n\nThe council met on Monday.\n\nCOMMENTS ARE MODERATED.\n",  # the phrase in capitals: (?i)
    "Title\n\nThe council met on Monday.\n\n\u00a0Skip ad  \n\nThe rest.\n",  # a whole paragraph once stripped
    "Title\n\nWe saw teh cat in Kyiv, then Kiev and Kyiv again.\n",
    "Lead paragraph with nothing else.\n",  # a whole-text anchor: no prefilter, the rule runs everywhere
    "Title\n\nNothing a rule of the pack looks for.\n",
]


def user_rules(tmp_path):
    path = tmp_path / "house.yaml"
    path.write_text(textwrap.dedent(USER_PACK), encoding="utf-8")
    return [cls() for cls in load_pack(path)]


def untriggered(linter: Linter) -> Linter:
    rules = [copy.copy(rule) for rule in linter.rules]
    for rule in rules:
        rule.trigger = None
    return Linter(rules)


def findings(linter: Linter) -> list[list[tuple[str, int, int]]]:
    batch = [Article.parse(text, has_header=False) for text in TEXTS]
    return [[(f.code, f.start, f.end) for f in found] for found in linter._check(batch)]


def test_a_user_packs_rules_fire_and_find_what_they_find_untriggered(tmp_path):
    linter = Linter(user_rules(tmp_path))
    assert [type(rule.trigger) for rule in linter.rules] == [PackTrigger] * 4 + [type(None)]
    found = findings(linter)
    assert found == findings(untriggered(linter))
    assert [sorted({code for code, _, _ in article}) for article in found] == \
        [["UP10"], ["UP11"], ["UP12", "UP13"], ["UP14"], []]


def test_a_pack_rule_is_not_called_where_its_prefilter_finds_nothing(tmp_path):
    rules = user_rules(tmp_path)
    calls: dict[str, int] = {rule.code: 0 for rule in rules}
    for rule in rules:
        def counted(article, check=rule.check, code=rule.code):
            calls[code] += 1
            return check(article)
        rule.check = counted
    findings(Linter(rules))
    assert calls == {"UP10": 1, "UP11": 1, "UP12": 1, "UP13": 1, "UP14": len(TEXTS)}


def test_a_linter_whose_pack_triggers_were_judged_pickles(tmp_path):
    linter = Linter(user_rules(tmp_path))
    found = findings(linter)
    assert findings(pickle.loads(pickle.dumps(linter))) == found
