"""The tests hold no corpus text: no eight-word run of a test's string literal is in the natural corpus.

The corpus is for research use only; tests use invented text. A run the corpus holds in three or more different
documents is let through: that is furniture printed across pages by web software or a site's template (a comment
form, "Media playback is not supported on this device"), not an author's text; so is a run of eight one-character
words (an alphabet's index, a row of initials). The scan reads every ``.txt`` and the visible text of every page.
"""

from __future__ import annotations

import ast
import gzip
import html
import re
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, require_corpus

RUN = 8
WORDS = re.compile(r"[^\W_]+")
TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
FOLDERS = ("bbc", "scraped", "reuters", "ocr", "html")
# Printed by web software or a template on that many documents, a run is furniture, not an author's text.
FURNITURE_DOCUMENTS = 3
# Runs kept although the corpus holds them in fewer documents: each a literal no invented text of the same shape
# replaces while the rule that finds it stays as it is (a rule fitted to one page's words), named with its rule.
ALLOWED: frozenset[str] = frozenset()


def runs(text: str) -> set[str]:
    """The runs of eight consecutive lower-cased words of ``text``."""
    words = WORDS.findall(text.lower())
    return set(map(" ".join, zip(*(words[k:] for k in range(RUN)))))


def literal_runs(files: list[Path]) -> dict[str, set[str]]:
    """Each run of the ``str`` literals of ``files`` → the names of the files that hold it, but for runs of
    one-character words (an alphabet, a row of initials: no one's text)."""
    found: dict[str, set[str]] = {}
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for run in runs(node.value):
                    if len(run) > 2 * RUN - 1:  # not eight one-character words, "a b c d e f g h"
                        found.setdefault(run, set()).add(file.name)
    return found


def document_text(path: Path) -> str | None:
    """The words of a corpus document: a ``.txt`` as it is, a page's visible text; None for anything else."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8", errors="replace")
    if path.name.endswith(".html.gz"):
        return html.unescape(TAGS.sub(" ", gzip.decompress(path.read_bytes()).decode("utf-8", "replace")))
    return None


def copied(literals: dict[str, set[str]], corpus: Path, allowed: frozenset[str]) -> list[str]:
    """``file | run`` for each run of ``literals`` that fewer than three documents under ``corpus`` hold, except the
    ``allowed`` ones."""
    documents: dict[str, int] = {}
    for path in sorted(corpus.rglob("*")):
        text = document_text(path)
        if text is not None:
            for run in literals.keys() & runs(text):
                documents[run] = documents.get(run, 0) + 1
    return sorted(
        f"{file} | {run}"
        for run, count in documents.items()
        if count < FURNITURE_DOCUMENTS and run not in allowed
        for file in literals[run]
    )


@pytest.fixture(scope="module")
def copied_runs() -> list[str]:
    require_corpus(FOLDERS)
    return copied(literal_runs(sorted((ROOT / "tests").rglob("*.py"))), CORPUS, ALLOWED)


def test_no_test_literal_holds_a_run_of_corpus_text(copied_runs):
    assert not copied_runs, "corpus text in the tests (replace it with invented text):\n" + "\n".join(copied_runs)


def test_a_copied_run_is_found_and_furniture_an_alphabet_and_an_allowed_run_are_not(tmp_path):
    test = tmp_path / "test_made_up.py"
    test.write_text(
        'STORY = "The ferry to Quillan Sound left late, said Ms Ardery, because the tide had turned."\n'
        'FORM = "Your note will not be shown until a keeper of the board has read it."\n'
        'ALLOWED_ONE = "The keepers of Tarnby Mill opened the sluice gates at dawn on Friday."\n'
        'INDEX = "Places: x y z a b c d e f g"\n'
    )
    corpus = tmp_path / "corpus"
    (corpus / "pages").mkdir(parents=True)
    (corpus / "one.txt").write_text("Wind rose. The ferry to Quillan Sound left late, said Ms Ardery, on Monday.\n")
    (corpus / "two.txt").write_text("THE KEEPERS OF TARNBY MILL OPENED THE SLUICE GATES AT DAWN.\nx y z a b c d e f g\n")
    for name in ("a", "b"):
        (corpus / f"{name}.txt").write_text("Comments: your note will not be shown until a keeper of the board has read it")
    (corpus / "pages" / "c.html.gz").write_bytes(
        gzip.compress(b"<p>Your note <b>will</b> not be shown until a keeper of the board has read&nbsp;it.</p>")
    )
    (corpus / "pages" / "d.html.gz").write_bytes(gzip.compress(b"<script>a = 'the ferry to quillan sound left late';</script>"))
    literals = literal_runs([test])
    found = copied(literals, corpus, frozenset({"the keepers of tarnby mill opened the sluice"}))
    assert found == [
        "test_made_up.py | ferry to quillan sound left late said ms",
        "test_made_up.py | keepers of tarnby mill opened the sluice gates",
        "test_made_up.py | of tarnby mill opened the sluice gates at",
        "test_made_up.py | tarnby mill opened the sluice gates at dawn",
        "test_made_up.py | the ferry to quillan sound left late said",
        "test_made_up.py | to quillan sound left late said ms ardery",
    ]
