"""NL530: lines recurring verbatim across the documents of a run (a streaming corpus rule)."""

import json
from pathlib import Path

from click.testing import CliRunner

from newslint.cli import main
from newslint.model import Article
from newslint.rules.repeated_lines import RepeatedLine

FOOTER = "Follow us on Twitter and Facebook for the latest news."


def story(i: int, footer: bool = True) -> str:
    text = f"Title {i}\n\nStory number {i} says something new about event {i} happening today.\n"
    return text + (f"\n{FOOTER}\n" if footer else "")


def findings(rule, texts):
    articles = [Article.parse(t, f"{i}.txt") for i, t in enumerate(texts)]
    return [(a.path, a.text[f.start:f.end], f.message) for a, f in rule.check_corpus(articles)]


def test_off_by_default():
    assert not RepeatedLine.default_enabled


def test_a_footer_in_five_documents_is_reported_in_each_with_the_count():
    found = findings(RepeatedLine(), [story(i) for i in range(5)] + [story(9, footer=False)])
    assert [(path, shown) for path, shown, _ in found] == [(f"{i}.txt", FOOTER) for i in range(5)]
    assert found[0][2] == f"repeated in 5 documents (also in 1.txt and 3 more): '{FOOTER}'"


def test_below_the_threshold_nothing_is_reported():
    assert findings(RepeatedLine(), [story(i) for i in range(4)]) == []
    assert findings(RepeatedLine({"min-documents": 3}), [story(i) for i in range(3)]) != []


def test_a_sentence_of_a_long_one_line_article_counts_too():
    long = "The minister met his counterpart in Geneva for three hours of talks on the border dispute. " * 4
    texts = [f"Title\n\n{long}Scroll down for more news on this story from our team. He left at noon {i}.\n"
             for i in range(5)]
    shown = {s for _, s, _ in findings(RepeatedLine(), texts)}
    assert "Scroll down for more news on this story from our team." in shown


def test_memory_is_bounded_by_pruning_singletons():
    rule = RepeatedLine({"max-entries": 10})
    for i in range(40):
        rule.observe(Article.parse(story(i), f"{i}.txt"))
    assert len(rule._seen) <= 11  # the footer (seen 40 times) survives, the one-off lines are pruned
    assert [f.message.split(" (")[0] for f in rule.report(Article.parse(story(0), "0.txt"))] == [
        "repeated in 40 documents"]


def test_cli_cluster_over_a_folder_and_a_jsonl_corpus(tmp_path):
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(story(i), encoding="utf-8")
    records = "".join(json.dumps({"id": i, "text": story(i)}) + "\n" for i in range(5))
    (tmp_path / "corpus.jsonl").write_text(records, encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path), "--cluster", "--select", "NL530", "--no-cache",
                                       "--format", "json"])
    reported = json.loads(result.output)
    assert result.exit_code == 1 and len(reported) == 10
    assert {d["rule"] for d in reported} == {"NL530"}
    assert all("repeated in 10 documents" in d["message"] for d in reported)


def test_streaming_and_whole_corpus_rules_run_together(tmp_path):
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    for seed in seeds.glob("*.txt"):
        (tmp_path / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path), "--cluster", "--select", "NL6", "--no-cache",
                                       "--format", "json"])
    codes = {d["rule"] for d in json.loads(result.output)}
    assert "NL608" in codes  # the whole-corpus rule still sees every article
