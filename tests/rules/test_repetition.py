"""NL5xx repetition and the consistency pack: findings and clean text."""

from __future__ import annotations

from pathlib import Path

from newslint.fixes import apply_fixes, select_fixes
from newslint.model import Article
from newslint.rules.repetition import DoubledWord

SEEDS = Path(__file__).parents[2] / "seeds"


def article(*paragraphs):
    return "Talks in Stockholm\n\n" + "\n\n".join(paragraphs) + "\n"


def test_doubled_word_safe_fix(lint):
    [d] = lint(article("Lavrov met the the US envoy."), select=["NL501"])
    assert (d.line, d.column, d.end_column) == (3, 12, 19)
    assert d.fix["applicability"] == "safe"


def test_a_doubled_word_is_the_writers_typo_reported_only_where_asked_for(lint):
    # ingest copies a page's 'a a' or 'time time' faithfully: no ingest damage, so NL501 is opt-in (as NL702)
    text = article("They set off on a a long walk and spent a lot of time time on the hills.")
    assert [d.code for d in lint(text)] == []
    assert [d.message for d in lint(text, select=["NL501"])] == ["repeated word 'a a'", "repeated word 'time time'"]


def test_doubled_content_word_has_no_fix(lint):
    [d] = lint(article("Putin's hostility hostility to the plan."), select=["NL501"])
    assert d.fix is None and "'hostility hostility'" in d.message


def test_doubled_phrase_and_triples_fix_once():
    text = article("It fell within the remit of the of the bill, said the the the envoy.")
    rule = DoubledWord()
    fixed = apply_fixes(text, select_fixes(rule.check(Article.parse(text))))
    assert "the remit of the bill, said the envoy." in fixed
    assert list(rule.check(Article.parse(fixed))) == []


def test_legitimate_doubles_pass(lint):
    text = article("He had had enough. She said that that was fine. What it is is a plan.",
                   "Duran Duran and Talk Talk played. The law lord Lord Bingham spoke.",
                   "It went on and on and on, very very slowly; he carried on on his own. 10 10.",
                   "It cost way way too much, said her great great grandfather.")
    assert lint(text, select=["NL501"]) == []


def test_doubled_word_makes_no_token_where_every_repeat_is_glued_to_a_mark(monkeypatch):
    """A long line of one word glued to marks ('a,a,a,…', '(a(a(a…'): every word repeats the one before, none with
    only white space between, so nothing is reported and no token of the line is made (six were made per repeat,
    and NL501 cost 4 ms per KB of such a line)."""
    from newslint.rules import repetition

    made = []
    real_getitem = repetition._ParagraphSpans.__getitem__
    monkeypatch.setattr(repetition._ParagraphSpans, "__getitem__",
                        lambda self, at: made.append(at) or real_getitem(self, at))
    for unit in ("a,", "(a", "a:", '"a'):
        text = article("The council met on Monday. " + unit * 5000, "It met the the envoy.")
        [finding] = DoubledWord().check(Article.parse(text))
        assert "'the the'" in finding.message
        assert len(made) <= 4  # the finding's two tokens (each also read through a slice), in the second paragraph
        made.clear()


def test_echoed_name(lint):
    text = (SEEDS / "002_ffce716179b1a6a6.txt").read_text()
    [d] = lint(text, select=["NL502"])
    assert (d.line, d.column) == (39, 25) and "Crimean Peninsula Crimea" in d.message
    clean = article("Shadow home secretary David Davis spoke. Nighty Night won, Siouxsie Sioux sang, "
                    "Chinese crude company China National said. The Russian Federation Council met. "
                    "Russian President Vladimir Putin's aide and the European Union Commission's plan.")
    assert lint(clean, select=["NL502"]) == []


def test_echoed_name_before_a_possessive(lint):
    [d] = lint(article("Plans to end the European Union Europe's arms embargo on China."), select=["NL502"])
    assert (d.line, d.column, d.end_column) == (3, 18, 39)
    assert "'European Union Europe': 'Europe' repeats 'European'" in d.message


def test_consistency_pack_flags_the_minority_variant(lint):
    text = (SEEDS / "002_ffce716179b1a6a6.txt").read_text()
    names = lint(text, select=["NL520"])
    assert [(d.line, d.column) for d in names] == [(39, 219)] and "'Kiev'" in names[0].message
    spelling = lint(text, select=["NL521"])
    assert [(d.line, d.column) for d in spelling] == [(13, 91)]


def test_consistency_pack_leaves_consistent_and_proper_names_alone(lint):
    text = article("Kiev said the organisation would help. Kiev agreed.",
                   "The World Health Organization and the organisation met in Kiev.")
    assert lint(text, select=["NL520", "NL521"]) == []


def test_echoed_name_only_where_three_capitalised_words_stand_in_a_row(lint):
    found = lint("Title\n\nThe Crimean Peninsula Crimea, the Crimean, Peninsula Crimea and the Crimean Peninsula, "
                 "Crimea.\n", select=["NL502"])
    assert [d.message.split(":")[0] for d in found] == ["echoed name 'Crimean Peninsula Crimea'"]


def test_echoed_name_in_a_page_flattened_into_one_long_paragraph(lint):
    """Past wordspans.STRETCH characters the tokens are located a stretch at a time: same place as in a short text."""
    filler = "The committee met again on Tuesday and heard from several witnesses about the budget. " * 120
    echo = "Ministers visited the Crimean Peninsula Crimea last spring."
    text = "Title\n\n" + filler + echo + " " + filler + "\n"
    [d] = lint(text, select=["NL502"])
    assert (d.line, d.column - 1) == (3, len(filler) + len("Ministers visited the "))
    assert "'Crimean Peninsula Crimea'" in d.message


class _CountingPattern:
    """A compiled pattern that counts the characters its searches are handed."""

    def __init__(self, pattern) -> None:
        self.pattern, self.characters = pattern, 0

    def search(self, text, *args):
        self.characters += len(text)
        return self.pattern.search(text, *args)


def test_echoed_name_reads_a_long_paragraph_once_where_no_echo_is_spaced(monkeypatch):
    """A page flattened into one long paragraph, with many echoes of the words that are not spaced (a comma between)
    and a name that has the shape but does not echo: nothing to report, and nothing of the paragraph re-read to
    find its tokens or searched whole for the shape (work that grew with the paragraph wherever it held an echo)."""
    from newslint import textutil
    from newslint.rules import repetition

    sentence = ("Delegates from the Veldorian Coast, Veldoria and the Marrowind Isles met in Portland Oregon Portlandia "
                "to talk about fishing rights, ferries and the price of diesel. ")
    article = Article.parse("Title\n\n" + sentence * 2000 + "\n")
    article.paragraph_words  # the model's words, read by every rule: not NL502's work
    retokenised = []
    real_word_texts = textutil.word_texts
    monkeypatch.setattr(textutil, "word_texts", lambda text: retokenised.append(len(text)) or real_word_texts(text))
    shapes = [_CountingPattern(repetition._ECHO_SHAPE), _CountingPattern(repetition._ECHO_SHAPE_UNICODE)]
    monkeypatch.setattr(repetition, "_ECHO_SHAPE", shapes[0])
    monkeypatch.setattr(repetition, "_ECHO_SHAPE_UNICODE", shapes[1])
    assert len(article.paragraphs) == 1 and len(article.text) > 200_000
    assert list(repetition.EchoedName().check(article)) == []
    assert sum(retokenised) == 0 and shapes[0].characters + shapes[1].characters == 0


def test_echoed_name_at_the_end_of_a_long_paragraph_of_unspaced_echoes(lint):
    sentence = "Delegates from the Veldorian Coast, Veldoria met in Portland Oregon Portlandia again. "
    text = "Title\n\n" + sentence * 1000 + "Then the Veldorian Coast Veldoria voted.\n"
    [d] = lint(text, select=["NL502"])
    assert (d.line, d.column - 1) == (3, len(sentence) * 1000 + len("Then the "))
    assert d.message.startswith("echoed name 'Veldorian Coast Veldoria': 'Veldoria' repeats 'Veldorian'")
