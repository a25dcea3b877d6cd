"""bench/gold.py: snippets found with white space collapsed, mapped back to the output's offsets, and scored."""

import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
gold = pytest.importorskip("gold")


def test_snippet_found_across_line_breaks_and_doubled_spaces():
    text = "Top  Stories\nRead more:\n  Council   votes\non the budget today."
    spans = gold.snippet_spans("Council votes on the budget", text)
    assert [text[a:b] for a, b in spans] == ["Council   votes\non the budget"]


def test_every_occurrence_and_none():
    text = "Sign up. Story. Sign up."
    assert gold.snippet_spans("Sign up", text) == [(0, 7), (16, 23)]
    assert gold.snippet_spans("Subscribe", text) == []


def finding(code, start, end):
    return SimpleNamespace(code=code, start=start, end=end)


def test_leak_flagged_only_by_a_furniture_rule_and_main_text_hit_by_half():
    text = "Most Popular\nThe council voted on Tuesday to close the library.\n"
    snippets = {"without": ["Most Popular"], "with": ["The council voted on Tuesday"]}
    tally = Counter()
    gold.score_output(text, [finding("NL102", 0, 12)], snippets, tally)  # glued words: not furniture
    assert (tally["leaked"], tally["flagged"], tally["kept"], tally["hit"]) == (1, 0, 1, 0)
    tally = Counter()
    gold.score_output(text, [finding("NL311", 0, 12), finding("NL311", 13, 20)], snippets, tally)
    assert (tally["flagged"], tally["hit"]) == (1, 0)  # 7 of 28 characters of the main text: not a hit
    tally = Counter()
    gold.score_output(text, [finding("NL311", 13, 40)], snippets, tally)
    assert tally["hit"] == 1


def test_date_written_in_the_usual_forms():
    pattern = gold.date_pattern("2021-03-04")
    for written in ("March 4, 2021", "Mar. 4 2021", "4th March 2021", "04/03/2021", "3/4/21", "2021-03-04"):
        assert pattern.search(written), written
    assert not pattern.search("March 14, 2021") and gold.date_pattern("unknown") is None


def test_author_and_date_lines_scored_apart_from_the_name_in_prose():
    text = ("By Jane Okafor | Valley Post\nUpdated March 4, 2021 at 9:15 am\n"
            "Jane Okafor said the council had voted to close the old library on the high street in the spring.\n")
    snippets = {"author": "Jane Okafor", "date": "2021-03-04"}
    tally = Counter()
    gold.score_lines(text, [finding("NL315", 0, 12), finding("NL315", 62, 120)], snippets, tally)
    assert (tally["byline"], tally["byline flagged"], tally["timestamp"], tally["timestamp flagged"]) == (1, 1, 1, 0)
    assert (tally["in prose"], tally["in prose flagged"]) == (1, 1)


@pytest.mark.parametrize("argv", [["--split", "test", "--fold", "a"], ["--split", "all", "--fold", "b"],
                                  ["--split", "dev", "--fold", "b", "--show"]])
def test_fold_splits_the_dev_half_and_fold_b_is_not_shown(argv):
    with pytest.raises(SystemExit) as stop:
        gold.main(argv)
    assert stop.value.code == 2


def test_a_miss_is_shown_in_its_context_and_only_on_fold_a():
    shown = gold.in_context("Home News\nSubscribe now.  The council voted.", (10, 24), 5)
    assert shown == "News ⟦Subscribe now.⟧ The"
    with pytest.raises(SystemExit) as stop:
        gold.main(["--split", "dev", "--context", "80"])
    assert stop.value.code == 2


def test_show_prints_no_output_the_hand_labels_hold_out():
    names = [f"html/page{i}.html.gz#soup" for i in range(40)]
    held_out = next(name for name in names if gold.natural.split_of(name) == "test")
    dev = next(name for name in names if gold.natural.split_of(name) == "dev")
    assert gold.shown_as(held_out, show=True) is None
    assert gold.shown_as(dev, show=True) == dev
    assert gold.shown_as(dev, show=False) is None


def test_rows_group_the_extractors_tuned_on_apart_from_the_new_ones():
    tallies = {"trafilatura": Counter(leaked=2, flagged=1), "soup": Counter(leaked=1, flagged=1),
               "html2text": Counter(leaked=4, flagged=1), "w3m": Counter(leaked=1), "lynx": Counter(leaked=2)}
    rows = gold.table_rows(tallies)
    assert [name for name, _ in rows] == ["soup", "trafilatura", "all tuned on", "html2text", "all new", "lynx", "w3m",
                                          "all formats", "all"]
    assert rows[2][1] == Counter(leaked=3, flagged=2) and rows[4][1] == Counter(leaked=4, flagged=1)
    assert rows[7][1] == Counter(leaked=3) and rows[8][1] == Counter(leaked=10, flagged=3)


def test_rates_count_words_findings_each_rule_and_the_ocr_gates_yes():
    tally = Counter()
    gold.count_rates("The council voted.\n\nMost Popular\n", [finding("NL311", 20, 32)] * 2, tally)
    gold.count_rates("Tbe cornpany sold tho land.\n" * 20, [finding("NL704", 0, 3)], tally)
    assert (tally["outputs"], tally["words"], tally["findings"]) == (2, 105, 3)
    assert tally["ocr"] == 1
    assert gold.top_rules(tally) == "NL311 2, NL704 1"


def test_an_output_whose_extractor_is_not_installed_is_left_out(monkeypatch):
    def extracted_text(doc):
        if doc.endswith("#goose3"):
            raise ModuleNotFoundError("No module named 'goose3'")
        return "Story.\n"
    monkeypatch.setattr(gold.extract, "extracted_text", extracted_text)
    assert gold.output_of("html/a.html.gz#goose3") is None
    assert gold.output_of("html/a.html.gz#soup") == "Story.\n"
