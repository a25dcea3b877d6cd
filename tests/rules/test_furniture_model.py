"""NL311's furniture model (``newslint/furniture.py``): its page-level features and its page-grouped fitting."""

import importlib.util
import json
from pathlib import Path

import pytest

from newslint.furniture import FEATURES, features, shapes_of, story_extent

ROOT = Path(__file__).resolve().parents[2]
PROSE = ("Officials said on Monday that the district's new rules for schools would apply from the start of "
         "next term, after a year of talks with parents and unions.")
MORE = ("Parents welcomed the change, though several head teachers said they had been given too little time "
        "and would need more staff to follow the rules.")
LAST = ("The district will inspect every school in the spring, a spokeswoman said, and the reports will be "
        "published before the summer holidays begin.")
MENU = ["Home", "News", "Sport", "Weather"]
HEADLINE = "District schools to follow new rules from next term"
RELATED = "Police arrest man over double homicide in Hollywood"


def named(texts, index):
    shapes = shapes_of(texts)
    return {name for name, value in zip(FEATURES, features(texts, index, shapes, story_extent(texts, shapes))) if value}


def test_a_headline_in_the_words_of_the_story_is_read_as_the_story_s():
    page = MENU + [HEADLINE, PROSE, MORE, LAST, RELATED]
    assert "story_words" in named(page, 4)
    assert "before_story" in named(page, 4)  # a whole page: its head comes before the story
    assert "story_words" not in named(page, 8)  # a headline of another story
    assert "after_story" in named(page, 8)


def test_an_extract_of_the_story_has_no_head_before_it():
    assert "before_story" not in named([HEADLINE, PROSE, MORE, LAST], 0)


def test_the_extent_is_still_a_pair():
    texts = MENU + [HEADLINE, PROSE, MORE, LAST]
    assert story_extent(texts, shapes_of(texts)) == (5, 7)


def test_the_page_s_headline_stays_and_the_related_headline_goes(lint):
    page = "\n".join(MENU + [HEADLINE, PROSE, MORE, LAST, RELATED, "Cat rescued from skip behind Riverside bakery"])
    reported = {page[d.start:d.end] for d in lint(page + "\n", select=["NL311"])}
    assert HEADLINE not in reported
    assert RELATED in reported


def test_a_lead_sentence_that_names_advertising_is_not_the_head_of_a_page(lint):
    # an article whose first paragraph speaks of advertising and cookies (web words) is prose, not furniture
    text = ("Brantley curbs sweet ads for children\n\nThe snack maker plans to scale back advertising of treats "
            "like cookies and fizzy drinks in a drive to promote healthier diets at home.\n\n" + PROSE + "\n\n"
            + MORE + "\n")
    assert not lint(text, select=["NL311"])


def test_the_shipped_weights_cover_every_feature():
    weights = json.loads((ROOT / "newslint" / "data" / "furniture.json").read_text(encoding="utf-8"))["weights"]
    assert set(weights) == set(FEATURES)


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_furniture", ROOT / "bench" / "train_furniture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_output_of_a_page_falls_in_one_fold(trainer):
    # rows carry the page (the doc before '#'), so the folds never split a page's extractor outputs
    assert len({trainer.fold_of("html/site.com-story.html.gz", 5) for _ in range(3)}) == 1
    assert len({trainer.fold_of(f"html/page{k}.html.gz", 5) for k in range(40)}) == 5


def test_every_page_of_a_site_falls_in_one_fold(trainer):
    pages = [f"html/example.org-story{k}.html.gz" for k in range(10)]
    assert {trainer.site_of(page) for page in pages} == {"example.org"}
    assert len({trainer.fold_of(page, 5) for page in pages}) == 1


def test_snippets_label_only_the_lines_they_cover(trainer):
    """A line a boilerplate snippet covers is furniture, one a main-text snippet touches is the story's, and a
    line no snippet touches says nothing (the snippets are a sample of the page)."""
    text = "\n".join(["Headline of the story here", PROSE, "Share this story", "Council votes on Monday",
                      "Home", MORE]) + "\n"
    spans = [{"start": text.index("Share"), "end": text.index("Share") + 16, "class": "boilerplate"},
             {"start": text.index("Council"), "end": text.index("Council") + 7, "class": "story"}]
    rows = trainer._rows_of({"doc": "html/x.html.gz#soup", "spans": spans}, text, 0.5)
    assert sorted((row[1], row[4]) for row in rows) == [(0, 0.5), (1, 0.5)]
    unsampled = trainer._rows_of({"doc": "html/x.html.gz#soup", "spans": spans[:1]}, text)
    assert len(unsampled) > 2  # a label record marks every furniture line: the others are the story's


def test_the_fit_separates_what_a_feature_separates(trainer, monkeypatch):
    monkeypatch.setattr(trainer, "FEATURES", ("bias", "web"))
    rows = [([1.0, 1.0], 1, "a", True, 1.0)] * 20 + [([1.0, 0.0], 0, "b", True, 1.0)] * 20 \
        + [([1.0, 1.0], 0, "c", True, 1.0)]
    weights = trainer.fit(rows, penalty=1.0)
    assert trainer._score(weights, [1.0, 1.0]) > 0.8 > 0.2 > trainer._score(weights, [1.0, 0.0])


def test_the_threshold_keeps_the_precision_asked_for(trainer):
    scored = [(0.95, 1)] * 10 + [(0.9, 0)] + [(0.8, 1)] * 5 + [(0.6, 0)] * 5
    assert trainer.choose_threshold(scored, 0.9) == 0.8  # 15 of 16 at 0.8; 15 of 21 at 0.6
    assert trainer.choose_threshold(scored, 0.99) == 0.95
    assert trainer.found_at(scored, 0.8) == (15, 16, 15)


def test_the_solver_solves(trainer):
    assert trainer._solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]) == pytest.approx([0.8, 1.4])


def test_a_line_a_long_page_repeats_is_counted_once_for_the_page():
    class NoScan(list):
        def count(self, value):
            raise AssertionError("a line's repeats were counted by scanning the whole page")

    items = [f"Item {k}" for k in range(100)]
    assert "repeated" in named(NoScan([PROSE, "Share this", MORE, "Share this", LAST, *items]), 1)
    assert "repeated" not in named(NoScan([PROSE, "Share this", MORE, LAST, *items]), 1)
    assert "repeated" in named([PROSE, "Share this", MORE, "Share this", LAST], 1)  # a short page, scanned


class _CountedShapes(list):
    """A page's shapes that count how many of them are read."""

    reads = 0

    def __getitem__(self, index):
        self.reads += 1
        return super().__getitem__(index)


@pytest.mark.parametrize("lines", [3, 4, 5, 40])
def test_the_run_feature_is_whether_three_loose_lines_stand_in_a_row(lines):
    prose = "The council met on Monday and agreed the budget for the coming year, its members said."
    texts = ["Home"] * lines + [prose]
    shapes = shapes_of(texts)
    run = FEATURES.index("run")
    for index in range(lines):
        assert features(texts, index, shapes)[run] == 1.0
    texts = [prose, "Home", "News"]
    assert [features(texts, index, shapes_of(texts))[run] for index in (1, 2)] == [0.0, 0.0]


def test_a_lines_features_read_a_few_of_its_neighbours_not_the_whole_run_of_short_lines():
    texts = ["a"] * 2000  # a page of one-word lines: reading the run at each line was quadratic
    shapes = _CountedShapes(shapes_of(texts))
    extent = story_extent(texts, shapes)
    for index in (0, 1000, 1999):
        shapes.reads = 0
        features(texts, index, shapes, extent, story=False)
        assert shapes.reads < 20
