"""NL7xx: OCR confusions, misspellings, user vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import lexicon
from newslint.api import make_linter, lint_text
from newslint.rule import RuleContext
from newslint.registry import build_registry
from newslint.engine import Linter

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def found(lint, body, code="NL7"):
    return [(d.line, d.column, d.code, d.message) for d in lint(f"Title\n\n{body}\n", select=[code])]


def test_ocr_confusions_are_found_with_safe_fixes(lint):
    diags = lint("Title\n\nThe cornpany said the 1egislation was rnodern.\n", select=["NL701"])
    assert [(d.line, d.column, d.end_column) for d in diags] == [(3, 5, 13), (3, 23, 34), (3, 39, 46)]
    assert [d.fix["edits"][0]["content"] for d in diags] == ["company", "legislation", "modern"]
    assert all(d.fix["applicability"] == "safe" for d in diags)
    assert "'cornpany'" in diags[0].message


def test_syllables_of_a_word_set_with_soft_hyphens_are_no_ocr_confusions(lint):
    """A page that sets soft hyphens inside its words ('Gov\\xadern\\xadment') leaves syllables that are no words
    ('ern' is no misread 'em'): NL404 reports the hyphens, NL701 leaves the syllables alone."""
    text = "Title\n\nThe Gov\xadern\xadment will con\xadcern it\xadself with the mod\xadern port.\n"
    assert lint(text, select=["NL701"]) == []
    damaged = "Title\n\nThe Gov\xadern\xadment said the cornpany will con\xadcern it\xadself with the port.\n"
    assert [damaged[d.start:d.end] for d in lint(damaged, select=["NL701"])] == ["cornpany"]


def test_misspellings_are_found_with_unsafe_corrections(lint):
    diags = lint("Title\n\nHe said tbe goverment would act.\n", select=["NL702"])
    assert [(d.line, d.column, d.fix["edits"][0]["content"], d.fix["applicability"]) for d in diags] == [
        (3, 9, "the", "unsafe"), (3, 13, "government", "unsafe")]
    assert diags[0].message == "unknown word 'tbe': did you mean 'the'?"


def test_possessive_keeps_its_ending_in_the_correction(lint):
    diags = lint("Title\n\nThe goverment's plan failed.\n", select=["NL702"])
    assert [d.fix["edits"][0]["content"] for d in diags] == ["government's"]


def test_names_british_spellings_and_apostrophes_are_left_alone(lint):
    body = ("Kremlin spokesman Dmitry Peskov and Dmytro Kuleba spoke of Lukashenko, Nagorno-Karabakh, SVT, "
            "Interfax, Linde and Whelan. The Organisation signalled it harboured doubts, criticised the "
            "destabilising moves of its neighbour and didn’t accept Kiev’s colour, defence, centre and "
            "programme; officials travelled. Peskov said so. Rnodern art is a name here: Rnodern.")
    assert found(lint, body) == []


def test_seeds_have_no_spelling_findings_on_names_or_british_forms():
    linter = make_linter(select=["NL7"])
    for path in sorted(SEEDS.glob("*.txt")):
        assert lint_text(path.read_text(encoding="utf-8"), str(path), linter=linter) == [], path.name


def test_clean_professional_text_is_left_alone(lint):
    body = ("Carmakers and the eurozone: shares in the drugmaker rose 3%, pre-empting a demerger of "
            "its 18-year-olds' unit. Visit www.example.com or email news@example.com, said the U.S. "
            "and e.g. Mr. Smith at 10am on the 1990s hirings.")
    assert found(lint, body) == []


def test_short_non_words_need_an_ocr_letter_confusion(lint):
    # btw, von, hoc: slang and foreign words, no OCR confusion of a very common word
    assert found(lint, "He said btw that von der Leyen acted ad hoc.") == []


def test_user_vocabulary_is_matched_on_whole_tokens():
    registry = build_registry()
    context = RuleContext(accept_words=frozenset({"goverment"}), reject_words=frozenset({"irregardless"}))
    linter = Linter.from_registry(registry, ["NL7"], context=context)
    text = "Title\n\nThe goverment acted irregardless of cost, not irregardlessly.\n"
    diags = lint_text(text, linter=linter)
    assert [(d.code, d.column, d.end_column) for d in diags] == [("NL703", 21, 33)]


def test_ocr_fix_applied_twice_changes_nothing_more(lint):
    text = "Title\n\nThe cornpany grew.\n"
    diag = lint(text, select=["NL701"])[0]
    fixed = text.replace("cornpany", diag.fix["edits"][0]["content"])
    assert lint(fixed, select=["NL7"]) == []


def test_results_do_not_depend_on_what_was_checked_before():
    linter = make_linter(select=["NL7"])
    article = "Title\n\nThe goverment acted.\n"
    first = lint_text(article, linter=linter)
    for _ in range(3):  # a corpus that uses the word many times must not teach it
        lint_text("Title\n\n" + "The goverment met. " * 5 + "\n", linter=linter)
    assert lint_text(article, linter=linter) == first


@pytest.mark.parametrize("word", ["organisation", "criticised", "harboured", "neighbour", "colour", "defence",
                                  "centre", "programme", "travelled", "paedophile", "lacklustre"])
def test_lexicon_knows_british_forms(word):
    assert lexicon.is_known(word) and lexicon.frequency(word) > 0
    assert not lexicon.is_known("goverment")
