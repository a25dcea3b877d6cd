"""bench/caption_line_features.py and bench/train_caption_lines.py: a caption line's features on made-up lines, the
sites the folds group by, the fit and the threshold, and the dev records only."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
train = pytest.importorskip("train_caption_lines")
from caption_line_features import FEATURES, features  # noqa: E402

PROSE = ("The council said on Tuesday that the new bridge would open to traffic next spring, two years later than "
         "planned, after a dispute with the builder over the cost of steel.")
SECOND = ("Residents have waited more than a decade for the crossing, and several of them told the meeting that the "
          "delay had cost local shops a great deal of trade over the winter.")


def _vector(line: str, above: str = PROSE, below: str = SECOND, credits=(False, False, False)) -> dict[str, float]:
    vector = features([above, line, below], 1, list(credits))
    return dict(zip(FEATURES, vector))


@pytest.mark.parametrize("line", [
    "Firefighters at the warehouse on Tuesday. (Jane Doe/AFP via Getty Images)",
    "The mayor opens the new bridge in Springfield. Photo: John Roe",
    "Volunteers clear the beach after the storm | Courtesy Valley Museum",
    "A view of the harbour from the old lighthouse. AP Photo/Jane Doe",
])
def test_a_credit_set_apart_at_the_end_is_a_credit_tail(line):
    assert _vector(line)["credit_tail"] == 1.0


@pytest.mark.parametrize("line", [
    "Example Daily Copyright © 2022 Developed by Example Labs",  # the site's own notice
    "Jane Roe (Show Title/ Other Show, Channel Four)",  # a list's item: a comma after the slash
    "Jane Doe, chair of the Valley Trust, at the annual meeting",
])
def test_no_credit_tail(line):
    assert _vector(line).get("credit_tail", 0.0) == 0.0


def test_picture_words_and_the_present_tense_of_a_picture():
    vector = _vector("President Jane Doe speaks during a debate in Springfield on December 29")
    assert vector["present_verb"] == 1.0 and vector["date_tail"] == 1.0 and vector["name_start"] == 1.0
    assert vector["open_end"] == 1.0 and vector["between_prose"] == 1.0
    assert _vector("Protesters marching through the old town of Springfield")["ing_verb"] == 1.0
    assert _vector("Jane Doe is pictured with her husband at the harbour")["picture_word"] == 1.0


def test_a_credit_line_beside_counts():
    assert _vector("Crowds gather outside the town hall", below="Jane Doe/Reuters",
                   credits=(False, False, True))["credit_near"] == 1.0


@pytest.mark.parametrize("line", [
    "The council has not said when the work will start.",  # prose with no sign of a picture
    "A decade of delay",  # a subheading
    "x" * 500,  # too long
    "starts in lower case and goes on",
])
def test_lines_without_a_captions_shape_or_a_sign_of_a_picture_are_not_scored(line):
    assert features([PROSE, line, SECOND], 1, [False] * 3) == []


def test_a_line_inside_a_list_is_not_scored():
    texts = ["Best comedy", "Jane Roe (Show Title, Channel Four) AP Photo/Jane Doe", "Best drama"]
    assert features(texts, 1, [False] * 3) == []


@pytest.mark.parametrize(("doc", "site"), [
    ("html/example.com-Story.html.gz#justext", "example.com"),
    ("html/news.example.co.uk.story.html.gz#soup", "news.example.co.uk"),
    ("html/example.org.2023.01.16.letters-1119.html.gz#readability", "example.org"),
    ("html/unknownsite.html.gz#trafilatura", "html/unknownsite"),
])
def test_site_of(doc, site):
    assert train.site_of(doc) == site


def test_labeller_needs_half_the_paragraph_covered_and_leaves_partial_ones_out():
    label = train._labeller([{"start": 10, "end": 20, "class": "caption"}, {"start": 40, "end": 60, "class": "byline"}])
    assert label(10, 20) == 1 and label(8, 24) == 1
    assert label(0, 40) is None  # touched, not covered by half
    assert label(40, 60) == 0  # other furniture: a negative


def _row(vector: list[float], label: int, site: str = "a.com") -> train.Row:
    return train.Row((vector, label, site, False, False, f"{site}:0"))


def test_fit_learns_the_sign_of_a_feature_and_the_threshold_keeps_the_precision():
    rows = [_row([1.0, 1.0], 1) for _ in range(20)] + [_row([1.0, 0.0], 0) for _ in range(20)] \
        + [_row([1.0, 1.0], 0), _row([1.0, 0.0], 1)]
    weights = train.fit(rows, 1.0)
    assert weights[1] > 0 > train.score(weights, [1.0, 0.0]) - 0.5
    scored = [(0.9, _row([1.0], 1)), (0.8, _row([1.0], 1)), (0.7, _row([1.0], 0)), (0.6, _row([1.0], 1))]
    assert train.choose_threshold(scored, 1.0) == 0.8
    assert train.choose_threshold(scored, 0.7) == 0.6
    assert train.choose_threshold([(0.9, _row([1.0], 0))], 0.9) == 1.01


def test_folds_keep_a_site_together():
    assert len({train.fold_of("example.com", 5) for _ in range(3)}) == 1
    assert {train.fold_of(f"site{i}.com", 5) for i in range(50)} == set(range(5))


def test_examples_read_dev_records_only(tmp_path, monkeypatch):
    records = [{"doc": "html/example.com-Dev.html.gz#justext", "split": "dev", "spans": []},
               {"doc": "html/example.com-Held.html.gz#justext", "split": "test", "spans": []}]
    (tmp_path / "html.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    monkeypatch.setattr(train, "LABELS", [tmp_path / "html.jsonl"])
    monkeypatch.setattr(train, "CORPUS", tmp_path)  # no BBC folder
    monkeypatch.setattr(train, "split_of", lambda doc: "dev" if "Dev" in doc else "test")
    read = []
    monkeypatch.setattr(train.extract, "extracted_text", lambda doc: read.append(doc) or f"Title\n\n{PROSE}\n{SECOND}")
    rows, hand = train.examples()
    assert read == ["html/example.com-Dev.html.gz#justext"]
    assert len(hand) == 2 and {label for label, *_ in hand} == {0}  # two paragraphs, no caption label
    assert {r.label for r in rows} <= {0} and {r.site for r in rows} <= {"example.com"}
