"""RE2 passes a text is spared (31a): a cue set whose cues one trigger set answers (``Trigger.answers``) reads that
set's answer on a text it read, not a pass of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from hypothesis import given, settings, strategies as st

from newslint import engine
from newslint.api import make_linter
from newslint.engine import ArticleTrigger
from newslint.model import Article
from newslint.rule import Cues, CueSet, Finding, Rule, Trigger, Triggers
from newslint.source import decode

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
_PIECES = (Cues("ab"), Cues(r"c[0-9]"), Cues(r"\|"))
_TRIGGERS = [Trigger(pattern=Cues(r"ab|c[0-9]|\||zz"), answers=_PIECES), Trigger("Qq", pattern=Cues("x{2,20}y"))]


def _own(cues: tuple[Cues, ...], text: str) -> set[int]:
    return {k for k, cue in enumerate(cues) if Cues(cue.pattern).search(text) is not None}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a", "b", "c", "7", "|", "zz", "Qq", "xxy", " ", "é"]), max_size=12))
def test_a_cue_set_a_trigger_set_answers_holds_what_its_cues_find_without_a_pass_of_its_own(pieces):
    text = "".join(pieces)
    Triggers(_TRIGGERS).fired(text)
    cue_set = CueSet(*_PIECES)
    assert cue_set.held(text) == _own(_PIECES, text)
    assert cue_set._set is None  # the trigger set's answer was read: no set built


def test_a_text_the_trigger_set_did_not_read_or_could_not_answer_is_searched_by_the_cue_set():
    class OutOfMemory:
        def Match(self, data: bytes) -> list[int]:
            return []

    judged = Triggers(_TRIGGERS)
    read = "ab and c7"
    judged.fired(read)
    other = read[:2] + read[2:]  # equal, another object: not the text the set read
    cue_set = CueSet(*_PIECES)
    assert other is not read and cue_set.held(other) == {0, 1} and cue_set._set is not None
    for judged_set in judged._compiled():
        judged_set.compiled = OutOfMemory()
    failed, cue_set = "a | here", CueSet(*_PIECES)
    judged.fired(failed)
    assert cue_set.held(failed) == {2} and cue_set._set is not None


def test_a_cue_set_not_every_cue_of_which_one_set_answers_searches_on_its_own():
    Triggers(_TRIGGERS).fired("ab zz")
    partly = CueSet(_PIECES[0], Cues("zz"))
    assert partly.held("ab zz") == {0, 1} and partly._set is not None


def test_a_cue_set_reads_the_set_made_last_that_answers_its_cues():
    cue_set = CueSet(*_PIECES)
    first = "c1 |"
    Triggers(_TRIGGERS).fired(first)
    assert cue_set.held(first) == {1, 2}
    later = Triggers([Trigger(pattern=Cues(r"\||c[0-9]|ab"), answers=_PIECES[::-1], group="other"), Trigger("Qq")])
    text = "ab only"
    later.fired(text)
    assert cue_set.held(text) == {0} and cue_set._set is None


def test_the_credit_pieces_are_answered_by_the_default_trigger_sets():
    """NL320's pieces (_PIECE_CUES): the word lists' set tells which an article holds, one pass less where it fires."""
    from newslint.rules.boilerplate import credits

    judged = Triggers([rule.trigger for rule in make_linter().rules
                       if rule.trigger is not None and not isinstance(rule.trigger, ArticleTrigger)])
    cue_set = CueSet(*credits._PIECE_CUES.cues)
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS] + ["Photo by Jane | AFP/Getty Images", "Credit: A"]
    for text in texts:
        judged.fired(text)
        assert cue_set.held(text) == {k for k, piece in enumerate(credits._PIECES) if piece in text}
    assert cue_set._set is None


_MARK = Cues(r"mark[0-9]")


class _ReadsItsCue(Rule):
    """A rule whose trigger's set answers the cue it asks of the whole text."""

    code, name, summary = "NL998", "reads-its-cue", "asks its trigger's cue"
    trigger = Trigger(pattern=Cues(r"mark[0-9]|zz"), answers=(_MARK,))

    def check(self, article: Article) -> Iterable[Finding]:
        if _MARK.found(article.text):
            yield self.finding(0, 1, "marked")


class _Other(Rule):
    code, name, summary = "NL997", "other", "a second trigger, so that the triggers are judged in a set"
    trigger = Trigger(pattern=Cues("qq[0-9]"))

    def check(self, article: Article) -> Iterable[Finding]:
        return ()


def test_a_batch_of_five_texts_keeps_every_answer_its_rules_read(monkeypatch):
    """Batches of five texts (as long records make them): the 65th text judged is in the thirteenth batch, whose
    answers are all kept (the engine tells the sets where a batch starts), so that no cue searches on its own."""
    monkeypatch.setattr(engine, "BATCH_ARTICLES", 5)
    documents = [decode(f"Title {k}\n\nA line of words, mark{k % 10} here, and some more.\n".encode(), f"{k}.txt")
                 for k in range(80)]
    linter = engine.Linter([_ReadsItsCue(), _Other()])
    results = list(linter.lint_documents(documents))
    assert [len(result.findings) for result in results] == [1] * 80
    assert _MARK._alone is None  # every answer read from the trigger set: no pass of its own
