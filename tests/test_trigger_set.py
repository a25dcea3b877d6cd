"""Triggers judged together (an RE2 set per group: literals, non-ASCII, Cues) answer as each trigger's own ``fires``."""

from __future__ import annotations

import pickle
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from newslint import rule as rule_module
from newslint.api import make_linter
from newslint.engine import ArticleTrigger
from newslint.rule import (Cues, Trigger, Triggers, sorted_alternatives, top_level_alternatives, unbounded_repetitions,
                           utf8_for_re2)
from newslint.source import decode

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
DEFAULT = [rule.trigger for rule in make_linter().rules  # (the pack rules' triggers are judged on the article)
           if rule.trigger is not None and not isinstance(rule.trigger, ArticleTrigger)]
MIXED = DEFAULT + [Trigger("zz", pattern=Cues(r"[0-9]{4}")), Trigger(non_ascii=True, pattern=Cues("Qx")),
                   Trigger("a.b", "(", "", pattern=None), Trigger(non_ascii=True),
                   Trigger(pattern=re.compile(r"(?<=a)b")), Trigger("Kx", pattern=Cues(r"'[A-Z][a-z ]{2,12}' [A-Z]")),
                   Trigger("Qz", group="apart"), Trigger(pattern=Cues(r"[0-9]x{2,20}"), group="apart")]


def _one_by_one(triggers, text: str) -> set[int]:
    return {id(trigger) for trigger in triggers if trigger.fires(text)}


def test_the_default_triggers_are_all_judged_in_sets():
    judged = Triggers(DEFAULT)
    assert len(judged._folded) == len({id(t) for t in DEFAULT}) >= 7 and not judged._others


def test_each_group_of_triggers_is_judged_in_a_set_of_its_own():
    judged = Triggers(MIXED)
    sets = judged._compiled()
    groups = [{trigger.group for trigger in judged_set.triggers} for judged_set in sets]
    assert all(len(group) == 1 for group in groups) and len(groups) == len({t.group for t in judged._folded}) >= 2
    apart, = (judged_set for judged_set in sets if judged_set.triggers[0].group == "apart")
    assert len(apart.triggers) == 2
    text = "Qz and 7xxx"
    assert judged.fired(text) == _one_by_one(MIXED, text) >= {id(t) for t in MIXED if t.group == "apart"}


def test_the_set_answers_as_each_trigger_on_the_seeds_and_their_pieces():
    judged = Triggers(MIXED)
    rng = random.Random(17)
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        lines = text.split("\n")
        pieces = [text, "", text[: len(text) // 2]]
        pieces += ["\n".join(rng.sample(lines, min(3, len(lines)))) for _ in range(5)]
        for piece in pieces:
            assert judged.fired(piece) == _one_by_one(MIXED, piece)


_PIECES = ["Read more", "READ", "Qz", "4xxx", "'Big and long news story'", "Kx",
           "said", "'Big news'", "“Nightmare scenario”", " The", "Photo:", "(AFP)",
           ". Reuters", "Reporting by Jane", "Editing by", "é", "zz", "2021", "Qx", "ab", "\n", " ", "www.", "@",
           "Share", "Follow", "&amp;", "<p>", "\ufffd", "a.b"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_set_answers_as_each_trigger_on_drawn_text(pieces):
    text = "".join(pieces)
    assert Triggers(MIXED).fired(text) == _one_by_one(MIXED, text)


def test_a_single_cue_and_duck_typed_triggers_are_asked_one_by_one():
    class Asking:
        def fires(self, text: str) -> bool:
            return "x" in text

    only = Trigger("q", pattern=Cues("abc"))
    asking = Asking()
    judged = Triggers([only, asking, None, only])
    assert judged.fired("abc x") == {id(only), id(asking)}
    assert judged.fired("ab") == set()
    assert judged.fired("q") == {id(only)}


def test_triggers_pickle_after_use():
    judged = Triggers(DEFAULT)
    text = SEEDS[0].read_text(encoding="utf-8")
    before = judged.fired(text)
    again = pickle.loads(pickle.dumps(judged))
    assert before and len(again.fired(text)) == len(before)  # the unpickled copy judges with triggers of its own


def test_a_set_that_fails_to_build_leaves_each_trigger_to_answer_from_the_first_article_on(monkeypatch):
    import re2

    class Refused:  # an RE2 set beyond its limits
        def __init__(self, options=None):
            pass

        def Add(self, pattern):
            pass

        def Compile(self):
            raise re2.error("set too large")

    text = SEEDS[0].read_text(encoding="utf-8")
    expected = _one_by_one(MIXED, text)  # each trigger's own search builds its set before sets are refused
    monkeypatch.setattr(re2.Set, "SearchSet", staticmethod(Refused))
    judged = Triggers(MIXED)
    assert judged.fired(text) == expected != set()
    assert not judged._folded


def test_a_lone_surrogate_is_searched_as_a_replacement_character_not_an_error():
    # a str from Python may hold one (a JSON escape \ud800); RE2 takes only what UTF-8 can encode
    text = "Scroll down for video. The minister \ud800 spoke on Tuesday."
    shown = text.replace("\ud800", "\ufffd")
    assert Triggers(MIXED).fired(text) == Triggers(MIXED).fired(shown) != set()
    assert Cues("[^\\x00-\\x7F]").search(text).start() == text.index("\ud800")


def test_a_wide_bounded_repetition_is_loosened_in_the_set_and_confirmed_by_the_trigger():
    """The set holds ``{2,}`` for ``{2,12}`` (fewer automaton states); where only the loosened pattern matches (a
    quotation longer than twelve letters), the trigger's own search says no."""
    counted = Trigger(pattern=Cues(r"'[A-Z][a-z ]{2,12}' [A-Z]"))
    judged = Triggers([counted, Trigger("&"), Trigger(pattern=Cues(r"x{1,2}y"))])
    assert judged.fired("He said 'Yes indeed' Then") == {id(counted)}
    longer = "He said 'Yes indeed of course not' Then &"
    judged_set, = judged._compiled()
    assert 0 in judged_set.compiled.Match(longer.encode())  # the set's loosened pattern matches here
    assert judged.fired(longer) == {id(judged._folded[1])}
    assert set(judged_set.loosened) == {0}  # x{1,2}: too few copies to loosen


def test_a_loosened_alternative_is_confirmed_only_where_no_other_alternative_of_its_trigger_matched(monkeypatch):
    counted = Trigger(pattern=Cues(r"'[A-Z][a-z ]{2,12}' [A-Z]|[a-z][.][A-Z]"))
    judged = Triggers([counted, Trigger("&")])
    judged.fired("")
    asked = []
    monkeypatch.setattr(Cues, "found", lambda self, text: asked.append(text) or bool(re.search(self.pattern, text)))
    glued = "He said 'Yes indeed of course not' Then it ended.Next"
    assert judged.fired(glued) == {id(counted)} and not asked  # the glued stop fired it: nothing to confirm
    longer = "He said 'Yes indeed of course not' Then"
    assert judged.fired(longer) == set() and asked == [longer]


def test_top_level_alternatives_split_only_outside_groups_classes_and_escapes():
    assert top_level_alternatives(r"a|(b|c)|[|]|\||\Qd|e\E") == ["a", "(b|c)", "[|]", r"\|", r"\Qd|e\E"]
    assert top_level_alternatives("(?i)a|b") == ["(?i)a|b"]  # a flag for the rest of the pattern: kept whole


def test_the_default_trigger_sets_hold_each_triggers_alternatives_once_in_sorted_order(monkeypatch):
    """Sorted, alternatives with a common prefix are adjacent, which RE2 factors (smaller automaton states)."""
    import re2

    added = []
    real_set = re2.Set.SearchSet

    class Recording:
        def __init__(self, options=None):
            self.inner = real_set(options)

        def Add(self, pattern):
            added.append(pattern)
            return self.inner.Add(pattern)

        def Compile(self):
            return self.inner.Compile()

        @property
        def _set(self):  # the binding's set, which rule.search_set gives
            return self.inner._set

    monkeypatch.setattr(re2.Set, "SearchSet", Recording)
    Triggers(DEFAULT).fired("")
    either = [top_level_alternatives(pattern) for pattern in added if pattern != r"\z"]
    assert len(either) > 3 and all(parts == sorted(set(parts)) for parts in either)
    assert all(sorted_alternatives(pattern) == pattern for pattern in added)  # and so each alternation inside
    assert max(map(len, either)) > 20  # NL310's literals, say


def test_unbounded_repetitions_loosens_only_wide_repetitions_outside_classes_and_escapes():
    assert unbounded_repetitions(r"a{3,60}b{1,2}[x{1,30}]\{0,40}", wider_than=8) == r"a{3,}b{1,2}[x{1,30}]\{0,40}"
    assert unbounded_repetitions(r"a{3,60}b{1,2}") == r"a{3,}b{1,}"


def test_a_set_search_that_fails_is_answered_by_each_trigger():
    """RE2's set answers no pattern at all when its automaton runs out of memory: the empty pattern that every
    search which succeeds reports tells the two apart, and each trigger is then asked on its own."""
    class OutOfMemory:
        def Match(self, text: bytes) -> list[int]:
            return []

    judged = Triggers(MIXED)
    text = "Read more &amp; 2021 é"
    assert judged.fired(text) == _one_by_one(MIXED, text) != set()
    for judged_set in judged._compiled():
        judged_set.compiled = OutOfMemory()
    assert judged.fired(text) == _one_by_one(MIXED, text)
    assert judged.fired("") == _one_by_one(MIXED, "")


def test_an_articles_text_is_encoded_once_for_every_re2_pass_and_answers_as_its_own_encoding():
    text = "The minister \u201cspoke\u201d on Tuesday & left."
    kept = utf8_for_re2(text, keep=True)
    assert kept == text.encode() and utf8_for_re2(text) is kept  # read again: the same bytes, not encoded again
    equal = "".join(list(text))  # an equal string, another object: encoded anew
    assert equal is not text and utf8_for_re2(equal) == kept and utf8_for_re2(equal) is not kept
    lone = "A lone \ud800 surrogate"
    assert utf8_for_re2(lone, keep=True) == lone.replace("\ud800", "\ufffd").encode()


def test_a_files_bytes_as_read_are_its_texts_encoding_and_no_text_is_kept_past_the_bound():
    data = "Caf\u00e9 owners said on Monday.\n".encode()
    document = decode(data, "story.txt")
    assert utf8_for_re2(document.text) is data  # no line end normalised: the text is the bytes decoded
    with_crlf = decode(b"One line.\r\nAnother.\r\n", "crlf.txt")
    assert utf8_for_re2(with_crlf.text) == with_crlf.text.encode()
    texts = [f"text {i}" for i in range(200)]
    for text in texts:
        utf8_for_re2(text, keep=True)
    assert 0 < len(rule_module._ENCODED) <= rule_module._ENCODED_TEXTS
    assert all(entry[0] is text for text in texts if (entry := rule_module._ENCODED.get(id(text))) is not None)


def test_a_set_answering_its_sentinel_alone_is_not_read_further(monkeypatch):
    judged = Triggers(DEFAULT)
    read = []
    add_fired = rule_module._TriggerSet.add_fired
    monkeypatch.setattr(rule_module._TriggerSet, "add_fired",
                        lambda self, found, text, fired: read.append(found) or add_fired(self, found, text, fired))
    quiet = "the quiet day went on"
    assert judged.fired(quiet) == _one_by_one(DEFAULT, quiet) == set() and read == []
    assert all(judged_set.nothing == [judged_set.sentinel] for judged_set in judged._compiled())
    loud = "Salt & pepper <b>"
    assert judged.fired(loud) == _one_by_one(DEFAULT, loud) != set() and read


def test_sorted_alternatives_sorts_each_alternation_once_but_one_a_flag_is_set_in():
    assert sorted_alternatives("b|(?:d|c|d)x|a") == "(?:c|d)x|a|b"
    assert sorted_alternatives(r"z|(?P<n>b|a)|[|(]|\Qy|x\E|\||(?i:y|x)") == r"(?P<n>a|b)|(?i:x|y)|[|(]|\Qy|x\E|\||z"
    assert sorted_alternatives("c|(?:b|a(?i)c|d)") == "(?:b|a(?i)c|d)|c"  # (?i) holds for the later alternatives
    assert sorted_alternatives("(?i)b|a") == "(?i)b|a"
    for unread in ("b|a)", "(b|a", "b|a\\", "(" * 40 + "b|a" + ")" * 40):
        assert sorted_alternatives(unread) == unread


def _patterns_in_sets() -> list[str]:
    """The default rules' patterns that RE2 sets ask: the triggers', the pack rules' prefilters, the boilerplate
    rules' cue sets'."""
    from newslint import packs
    from newslint.model import Article
    from newslint.rules.boilerplate import credits, inline, run_in

    linter = make_linter()
    article = Article.parse("Title\n\nComments are closed.\n")
    for rule in linter.rules:
        if isinstance(rule, packs.PackRule):
            list(rule.check(article))
    cue_sets = (inline._ARTICLE_CUES, run_in._LONG_PARAGRAPH_CUES, credits._PIECE_CUES)
    patterns = [t.pattern.pattern for t in DEFAULT if isinstance(t.pattern, Cues)] + list(packs._PREFILTERS)
    return patterns + [cue.pattern for cue_set in cue_sets for cue in cue_set.cues]


_IN_SETS = _patterns_in_sets()
_SET_PIECES = _PIECES + ["Comments are closed.", "Sign up for our newsletter", "Copyright 2021 Acme", "\u201d",
                         "All rights reserved", "Osama bin Laden", "This article originally appeared on X.", "By ",
                         "subscribe to continue reading", "Previous page", "Scroll down", "click here", "3 January"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_SET_PIECES), max_size=14))
def test_sorted_alternatives_match_where_the_patterns_in_sets_do(pieces):
    import re2

    text = "".join(pieces)
    assert len(_IN_SETS) > 30 and any(sorted_alternatives(p) != p for p in _IN_SETS)
    for pattern in _IN_SETS:
        assert (re2.search(sorted_alternatives(pattern), text) is None) == (re2.search(pattern, text) is None), pattern


def test_sorted_alternatives_reads_a_long_pattern_in_one_pass():
    words = [f"w{i:06d}" for i in range(100_000, 0, -1)]
    assert sorted_alternatives("|".join(words)) == "|".join(sorted(words))
    deep = "(?:" * 10_000 + "b|a" + ")" * 10_000
    assert sorted_alternatives(deep) == deep


def test_a_sets_sorted_patterns_are_read_once_per_machine(monkeypatch, tmp_path):
    from newslint import usercache

    monkeypatch.setattr(usercache, "root", lambda: tmp_path)
    monkeypatch.setattr(rule_module, "_sorted_kept", [])
    assert rule_module.sorted_set_patterns(["b|a", "d|c"]) == ("a|b", "c|d")
    monkeypatch.setattr(rule_module, "_sorted_kept", [])  # another process: the table read back
    monkeypatch.setattr(rule_module, "sorted_alternatives", lambda pattern: pattern)
    assert rule_module.sorted_set_patterns(["b|a", "d|c"]) == ("a|b", "c|d")
    assert rule_module.sorted_set_patterns(["b|a"]) == ("b|a",)  # another set: read anew


# cues a trigger set answers from its pass (Trigger.answers): a loosened one, one of two alternatives, two of a trigger
_LOOSE_QUOTE = Cues(r"'[A-Z][a-z ]{2,}' [A-Z]")
_TWO_SHAPES = Cues(r"Qx|x[0-9]")
_FIRST, _LAST = Cues("ab"), Cues(r"e[f-h]")
ANSWERING = [Trigger("Kq", pattern=Cues(r"'[A-Z][a-z ]{2,12}' [A-Z]|[0-9]q"), answers=(_LOOSE_QUOTE,)),
             Trigger(pattern=Cues(r"Qx|zz|x[0-9]"), answers=(_TWO_SHAPES,)),
             Trigger(pattern=Cues(r"ab|cd|e[f-h]"), answers=(_FIRST, _LAST), group="apart"),
             Trigger("Qz", group="apart")]
_ANSWERED = [cue for trigger in ANSWERING for cue in trigger.answers]
_DEFAULT_ANSWERED = [cue for trigger in DEFAULT for cue in trigger.answers]


def _searched(cue: Cues, text: str) -> bool:
    return Cues(cue.pattern).search(text) is not None


def _told(cue: Cues, text: str) -> bool | None:
    """The answer on ``text`` that the trigger set answering ``cue`` keeps for it, or None."""
    if cue._answered is None:
        return None
    answers, index = cue._answered
    told = answers.get(id(text))
    return index in told[1] if told is not None and told[0] is text else None


def test_a_trigger_set_tells_each_cue_it_answers_its_answer_and_the_cue_searches_no_more():
    judged = Triggers(MIXED + ANSWERING)
    texts = ["", "'Big news' Today", "'Big news story that runs on and on' Today", "Qx", "x7", "zz", "ab", "eg cd",
             "7q", "'Ab' X"] + [seed.read_text(encoding="utf-8") for seed in SEEDS]
    for text in texts:
        assert judged.fired(text) == _one_by_one(MIXED + ANSWERING, text)
        for cue in _ANSWERED:
            assert _told(cue, text) == cue.found(text) == _searched(cue, text)
    assert all(cue._alone is None for cue in _ANSWERED)  # no set of its own was built: the trigger set told each


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["x", "q", "'", "' A", "Big", "e", "gh", "cd", "7"]), max_size=14))
def test_the_cues_a_set_answers_are_told_their_own_answers_on_drawn_text(pieces):
    text = "".join(pieces)
    judged = Triggers(MIXED + ANSWERING)
    assert judged.fired(text) == _one_by_one(MIXED + ANSWERING, text)
    assert all(_told(cue, text) == _searched(cue, text) for cue in _ANSWERED)


def test_the_default_rules_cues_told_by_their_trigger_sets_are_their_own_answers():
    """NL103's name glued to a function word, NL106's quoted heading and NL110's row of capitals: one pass less each
    where their trigger fired (the seeds, their pieces, a line of 100,000 quotes and one of capitalised words)."""
    assert len(_DEFAULT_ANSWERED) >= 3
    judged = Triggers(DEFAULT)
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    texts += [text[: len(text) // 3] for text in texts] + ["'" * 100_000, " Word" * 100_000, "\"A" * 50_000 + "\" B",
                                                           "Reutersthat the " * 1000]
    for text in texts:
        judged.fired(text)
        assert all(_told(cue, text) == _searched(cue, text) for cue in _DEFAULT_ANSWERED)


def test_a_text_the_set_did_not_read_or_could_not_answer_is_searched_by_the_cue_itself():
    class OutOfMemory:
        def Match(self, text: bytes) -> list[int]:
            return []

    judged = Triggers(ANSWERING)
    read = "Qx then 'Big news' Today"
    judged.fired(read)
    other = read[:3] + read[3:]  # equal, another object: not the text the set read
    assert other is not read and _told(_TWO_SHAPES, other) is None and _TWO_SHAPES.found(other)
    for judged_set in judged._compiled():
        judged_set.compiled = OutOfMemory()
    failed = "x8 only"
    assert judged.fired(failed) == _one_by_one(ANSWERING, failed)
    assert _told(_TWO_SHAPES, failed) is None and _TWO_SHAPES.found(failed)


def test_a_cue_keeps_the_told_answers_of_the_latest_texts_only_as_many_and_as_long_as_their_encodings():
    judged = Triggers(ANSWERING)
    texts = [f"x{k % 10} {k}" for k in range(200)]
    for text in texts:
        judged.fired(text)
    assert 0 < len(_TWO_SHAPES._answered[0]) <= rule_module._ENCODED_TEXTS and _told(_TWO_SHAPES, texts[-1]) is True
    long = ["x1" + "a" * (rule_module._ENCODED_BYTES // 3) + str(k) for k in range(4)]
    for text in long:
        judged.fired(text)
    assert len(_TWO_SHAPES._answered[0]) < 3 and _told(_TWO_SHAPES, long[-1]) is True  # and no more characters than kept


def test_a_trigger_answers_only_cues_made_of_its_own_alternatives_as_the_set_reads_them():
    with pytest.raises(ValueError):
        Trigger(pattern=Cues("ab|cd"), answers=(Cues("ef"),))  # not one of its alternatives
    with pytest.raises(ValueError):
        Trigger(pattern=Cues("a{2,12}|cd"), answers=(Cues("a{2,12}"),))  # the set reads a{2,}: a superset of the cue
    with pytest.raises(ValueError):
        Trigger("ab", answers=(Cues("ab"),))  # a literal, no Cues pattern
    assert Trigger(pattern=Cues("a{2,12}|cd"), answers=(Cues("a{2,}|cd"),)).answers


def test_a_set_keeps_one_answer_per_text_for_all_the_cues_it_answers():
    """A set's answer on a text is kept once (no call per cue to tell it): both cues of one trigger read it."""
    judged = Triggers(ANSWERING)
    text = "ab and eg"
    judged.fired(text)
    first, last = _FIRST._answered, _LAST._answered
    assert first[0] is last[0] and first[1] != last[1] and len(first[0]) == 1
    assert _told(_FIRST, text) is True and _told(_LAST, text) is True and _told(_TWO_SHAPES, text) is False


def test_a_search_set_answers_the_same_through_a_wrapper_without_its_private_set(monkeypatch):
    import re2

    from newslint.rule import search_set

    real_set = re2.Set.SearchSet
    native = search_set([r"a+b", "cd"])
    answers = {text: native.Match(text) for text in (b"xaab cd", b"cd", b"nothing", b"")}
    page = "Advertisement\n\nScroll down for video. The minister said.Then he left."
    fired = Triggers(DEFAULT).fired(page)

    class WithoutPrivateSet:  # a binding release whose wrapper keeps its set under another name
        __slots__ = ("inner",)

        def __init__(self, options=None):
            self.inner = real_set(options)

        def Add(self, pattern):
            return self.inner.Add(pattern)

        def Compile(self):
            return self.inner.Compile()

        def Match(self, text):
            return self.inner.Match(text)

    monkeypatch.setattr(re2.Set, "SearchSet", WithoutPrivateSet)
    wrapped = search_set([r"a+b", "cd"])
    assert not hasattr(wrapped, "_set") and type(wrapped).__name__ == "_WrappedSet"
    assert {text: wrapped.Match(text) for text in answers} == answers
    assert answers[b"xaab cd"] == [0, 1, 2] and answers[b"nothing"] == [2]
    assert fired and Triggers(DEFAULT).fired(page) == fired


def test_the_sets_answering_cues_hold_the_same_latest_texts_and_are_cleared_together():
    """Every set of a Triggers that answers cues reads the same texts: one bound, checked once per text, clears all."""
    judged = Triggers(ANSWERING)
    texts = [f"ab x{k % 10} {k}" for k in range(150)]
    for text in texts:
        judged.fired(text)
    shared, apart = _TWO_SHAPES._answered[0], _FIRST._answered[0]
    assert shared is not apart and shared.keys() == apart.keys()
    assert 0 < len(shared) <= rule_module._ENCODED_TEXTS and _told(_FIRST, texts[-1]) is True
