"""bench/train_captions.py: the dev records of the label files it is given, a fold of them, a threshold chosen over
whole pages, a deterministic fit, and the shipped model's record of how the script made it."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from newslint import captions

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
train_captions = pytest.importorskip("train_captions")
natural = pytest.importorskip("natural")

SHIPPED = Path(captions.__file__).parent / "data" / "captions.json"

# a made-up flattened page: two photo captions without their stops run into the next sentence
PAGE = ("The town council agreed on Tuesday to close the old swimming baths at the end of the summer after engineers "
        "found cracks in the roof. Campaigners had asked for more time to raise money for repairs, but the council "
        "said the building was no longer safe for the public. Swimmers wait outside the old baths on the last morning "
        "before the doors were locked by the caretaker for the final time after decades of lessons and galas "
        "Many of the regular swimmers said they would now have to drive to the leisure centre in the next town, "
        "which opens at seven each morning. The council leader said a new pool would be built on the site of the bus "
        "depot within five years, if the money could be found. Children from the primary school hold up the banners "
        "they painted for the protest march through the market square on a wet Saturday afternoon in the spring "
        "Organisers said more than two thousand people had joined the march, far more than they had hoped for when "
        "they first planned it. The baths opened in 1911 and were paid for by a local mill owner, whose name is still "
        "carved above the main door of the building.")


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _caption_spans(text: str) -> list[dict]:
    """The two captions of ``PAGE`` as labels: each from its first word to the seam."""
    spans = []
    for first, last in (("Swimmers wait", "galas"), ("Children from", "spring")):
        start = text.index(first)
        spans.append({"start": start, "end": text.index(last, start) + len(last), "class": "caption"})
    return spans


@pytest.fixture
def made_up_labels(tmp_path, monkeypatch):
    """A label folder and a corpus of made-up pages (one per fold) where the script looks for them."""
    corpus, labels = tmp_path / "corpus", tmp_path / "labels"
    (corpus / "scraped").mkdir(parents=True)
    labels.mkdir()
    docs = {}
    for n in range(40):  # the first made-up name of each fold
        doc = f"scraped/dm-made-up-{n}.txt"
        docs.setdefault(natural.fold_of(doc), doc)
    records = []
    for fold in ("a", "b"):
        (corpus / docs[fold]).write_text(PAGE, encoding="utf-8")
        records.append({"doc": docs[fold], "split": "dev", "spans": _caption_spans(PAGE)})
    _write(labels / "scraped.jsonl", records)
    monkeypatch.setattr(train_captions, "LABELS", labels)
    monkeypatch.setattr(train_captions, "CORPUS", corpus)
    return docs


def test_dev_records_reads_the_files_named_and_never_a_test_record(tmp_path, monkeypatch):
    _write(tmp_path / "scraped.jsonl", [{"doc": "scraped/a.txt", "split": "dev", "spans": []},
                                        {"doc": "scraped/b.txt", "split": "test", "spans": []}])
    _write(tmp_path / "scraped-round8-dev.jsonl", [{"doc": "scraped/c.txt", "split": "dev", "spans": []},
                                                   {"doc": "scraped/a.txt", "split": "dev", "spans": [{}]}])
    _write(tmp_path / "html.jsonl", [{"doc": "html/d.html.gz#soup", "split": "dev", "spans": []}])
    monkeypatch.setattr(train_captions, "LABELS", tmp_path)
    files = train_captions.label_files(["scraped*.jsonl"])
    records = train_captions.dev_records(files)
    assert [r["doc"] for r in records] == ["scraped/c.txt", "scraped/a.txt"]  # name order; no test record, no html
    assert records[1]["spans"] == [{}]  # a page labelled twice: its first record
    assert [r["doc"] for r in train_captions.dev_records(train_captions.label_files(["scraped.jsonl"]))] == [
        "scraped/a.txt"]
    with pytest.raises(SystemExit):
        train_captions.label_files(["scraped-gone.jsonl"])  # a recorded input that is no longer there


def test_a_fold_trains_on_its_own_pages_only(made_up_labels):
    files = train_captions.label_files(["scraped.jsonl"])
    for fold in ("a", "b"):
        assert [r["doc"] for r in train_captions.dev_records(files, fold)] == [made_up_labels[fold]]


def test_the_made_up_pages_give_seams_and_non_seams(made_up_labels):
    records = train_captions.dev_records(train_captions.label_files(["scraped.jsonl"]))
    rows = train_captions.examples(records, train_captions.CORPUS)
    labelled = sorted({(where.split(" ", 1)[1].rsplit(" @", 1)[0], y) for _, y, where in rows})
    assert labelled == [("galas Many of", 1), ("spring Organisers said", 1), ("wet Saturday afternoon", 0)]


def test_training_is_deterministic(made_up_labels, tmp_path):
    out, outputs = tmp_path / "model.json", []
    for _ in range(2):
        assert train_captions.main(["--out", str(out)]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    model = json.loads(outputs[0])
    assert list(model["weights"]) == list(captions.FEATURES)
    made_by = model["made_by"]
    assert made_by["command"] == f"python bench/train_captions.py --out {out}"
    assert (made_by["pages"], made_by["candidates"], made_by["seams"]) == (2, 6, 4)
    digest = hashlib.sha256((train_captions.LABELS / "scraped.jsonl").read_bytes()).hexdigest()
    assert made_by["label_files"] == {"scraped.jsonl": digest}


def test_the_fit_of_a_small_example_set_is_pinned():
    # four made-up vectors over the first three features (bias, starter, pronoun): the recipe (steps, rate,
    # penalty) is part of what reproduces the shipped weights
    width = len(captions.FEATURES)
    rows = [([1.0, 1.0, 0.0] + [0.0] * (width - 3), 1, "p:1"), ([1.0, 1.0, 1.0] + [0.0] * (width - 3), 1, "p:2"),
            ([1.0, 0.0, 0.0] + [0.0] * (width - 3), 0, "p:3"), ([1.0, 0.0, 1.0] + [0.0] * (width - 3), 0, "p:4"),
            ([1.0, 1.0, 0.0] + [0.0] * (width - 3), 0, "p:5")]
    weights = [round(w, 3) for w in train_captions.fit(rows)]
    assert weights == [-6.453, 6.48, 3.007] + [0.0] * (width - 3)
    assert train_captions.fit(rows) == train_captions.fit(list(rows))


def test_a_fold_fit_records_its_options_in_its_command(made_up_labels, tmp_path):
    out = tmp_path / "fold-a.json"
    argv = ["--labels", "scraped*.jsonl", "--fold", "a", "--threshold", "0.6", "--out", str(out)]
    assert train_captions.main(argv) == 0
    made_by = json.loads(out.read_text(encoding="utf-8"))["made_by"]
    assert made_by["command"] == (f"python bench/train_captions.py --labels 'scraped*.jsonl' --fold a --threshold 0.6 "
                                  f"--out {out}")  # a pattern quoted for the shell
    assert (made_by["options"]["fold"], made_by["options"]["threshold"], made_by["pages"]) == ("a", 0.6, 1)


def test_the_shipped_model_was_made_by_the_scripts_defaults():
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    made_by = shipped["made_by"]
    defaults = vars(train_captions.parser().parse_args([]))
    assert made_by["command"] == "python bench/train_captions.py"
    assert made_by["options"] == {name: defaults[name] for name in train_captions.RECORDED}
    assert list(shipped["weights"]) == list(captions.FEATURES)  # a feature added without a refit has no weight
    assert (shipped["threshold"], shipped["block_threshold"]) == (defaults["threshold"], defaults["block_threshold"])


def test_the_shipped_models_label_files_are_unchanged():
    """The label files the shipped model was fitted on are as they were: an edit, or a new file the default
    pattern takes in, asks for a refit (``python bench/train_captions.py``, gated as BENCHMARKS says)."""
    made_by = json.loads(SHIPPED.read_text(encoding="utf-8"))["made_by"]
    files = train_captions.label_files(made_by["options"]["labels"])
    assert {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in files} == made_by["label_files"]


@pytest.mark.skipif(not (train_captions.CORPUS / "scraped").is_dir(), reason="the shared corpus is not there")
def test_the_scripts_defaults_remake_the_shipped_file(capsys):
    """The whole training on the dev pages (about 15 s): a feature changed without a refit, or a label file edited,
    and the script no longer makes what ships."""
    assert train_captions.main(["--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] + "\n" == SHIPPED.read_text(encoding="utf-8")
