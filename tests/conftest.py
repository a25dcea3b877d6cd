"""Shared test helpers."""

from __future__ import annotations

import os
import random
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from newslint import languagetool, regexcache, usercache
from newslint.api import lint_text, make_linter
from newslint.engine import ArticleGate
from newslint.fixes import apply_fixes, select_fixes
from newslint.model import Article
from newslint.registry import build_registry

# Drawn-input tests assert answers, not speed: no per-example deadline, which a loaded CI machine misses (a twin's
# comparison took 334 ms against Hypothesis's default 200 ms while other jobs ran). Tests that set their own settings
# inherit this.
settings.register_profile("newslint", deadline=None)
settings.load_profile("newslint")

# A user pack for the tests of running, caching and replaying (test code, not a newslint pack).
OLD_NAMES_PACK = """rules:
  - code: XT101
    name: old-spelling
    kind: existence
    summary: An old spelling.
    message: "old spelling {match}"
    tokens: [Kiev]
  - code: XT102
    name: old-name
    kind: existence
    summary: An old name.
    tokens: [Bombay]
"""


ROOT = Path(__file__).resolve().parents[1]
# The shared natural corpus: where NEWSLINT_CORPUS points (a git worktree, a clone elsewhere), else beside the checkout.
CORPUS = Path(os.environ.get("NEWSLINT_CORPUS") or ROOT.parent / "shared" / "corpus")


def drawn_texts(pieces: list[str], count: int, seed: int, most: int, fewest: int = 0) -> list[str]:
    """``count`` texts of ``fewest`` to ``most`` of ``pieces`` drawn at random (seeded) and joined: the inputs of the
    tests that hold a shortcut to the full scan it stands for."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(fewest, most))) for _ in range(count)]


def gated_rules(gates: dict) -> dict:
    """The default set's rules of ``gates``' codes (code → its gate's question), each checked to be gated by that
    question (an ``ArticleGate``): the tests that hold an article gate to its rule build their rules here."""
    rules = {rule.code: rule for rule in make_linter().rules if rule.code in gates}
    questions = {code: rule.trigger.question for code, rule in rules.items() if isinstance(rule.trigger, ArticleGate)}
    assert questions == gates, f"not gated by their questions: {sorted(c for c in gates if questions.get(c) != gates[c])}"
    return rules


def gates_hold_in_drawn_texts(rules: dict, gates: dict, texts: list[str]) -> dict[str, int]:
    """Parse each text as an article: each rule that finds something there is let through by its gate. Returns how
    many texts each rule found something in (a test asks for enough, so that the drawing reaches the rules)."""
    found = dict.fromkeys(rules, 0)
    for text in texts:
        article = Article.parse(text, has_header=False)
        for code, rule in rules.items():
            if list(rule.check(article)):
                found[code] += 1
                assert gates[code](article), (code, text)
    return found


def require_corpus(folders: tuple[str, ...]) -> None:
    """Skip the calling test where a named folder of the corpus is missing (a clone without ``../shared/``), or fail
    it where ``NEWSLINT_REQUIRE_CORPUS=1`` (CI) says the corpus must be there."""
    missing = [folder for folder in folders if not (CORPUS / folder).is_dir()]
    if missing:
        message = f"the shared corpus has no {', '.join(missing)} at {CORPUS} (set NEWSLINT_CORPUS)"
        if os.environ.get("NEWSLINT_REQUIRE_CORPUS", "") not in ("", "0"):
            pytest.fail(message)
        pytest.skip(message)


def natural_files(folders: tuple[str, ...], per_folder: int) -> list[Path]:
    """The seeds, then the first ``per_folder`` articles (by path) of each named folder of the corpus (where
    ``require_corpus`` lets the test run)."""
    require_corpus(folders)
    files = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in folders:
        files += sorted((CORPUS / folder).rglob("*.txt"))[:per_folder]
    return files


def natural_paragraphs(folders: tuple[str, ...], per_folder: int, shortest: int = 0, pages: bool = True) -> list[str]:
    """The paragraphs of ``natural_files`` (those of ``shortest`` characters or more), each article's followed by
    the article flattened onto one line when ``pages``: the texts the caption scans meet."""
    texts = []
    for file in natural_files(folders, per_folder):
        article = Article.parse(file.read_text(encoding="utf-8", errors="replace"), str(file), {}, False)
        texts += [paragraph.text for paragraph in article.paragraphs if len(paragraph.text) >= shortest]
        if pages:
            texts.append(" ".join(paragraph.text for paragraph in article.paragraphs))
    return texts


def pytest_configure(config):
    """Keep the run's derived data (word-list indexes, compiled regexes, packs) out of the user's cache.

    Every test run starts from an empty ``$XDG_CACHE_HOME`` of its own, so a stale user cache can neither
    hide a bug nor be overwritten by one. ``NEWSLINT_TEST_CACHE_HOME=DIR`` reuses DIR instead (faster
    local iteration: the indexes are built once, about 12 s of CPU).
    """
    installed = usercache.root() / "languagetool"  # a LanguageTool installed there stays in use
    if installed.is_dir():
        os.environ.setdefault(languagetool.HOME_ENV, str(installed))
    chosen = os.environ.get("NEWSLINT_TEST_CACHE_HOME")
    if chosen:
        os.environ["XDG_CACHE_HOME"] = chosen
        return
    folder = tempfile.mkdtemp(prefix="newslint-test-cache-")
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    os.environ["XDG_CACHE_HOME"] = folder


@pytest.fixture
def fresh_regexcache(tmp_path, monkeypatch):
    """A regex cache with nothing read, compiled or added yet, its table in a user cache of its own; the standard
    ``re.compile`` back after the test (``regexcache.install()`` replaces it)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.setattr(regexcache, "_table", None)
    monkeypatch.setattr(regexcache, "_added", False)
    monkeypatch.setattr(regexcache, "_used", set())
    monkeypatch.setattr(regexcache, "_compiled", {})
    monkeypatch.setattr(re, "compile", re.compile)


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    """The registry with OLD_NAMES_PACK."""
    pack = tmp_path_factory.mktemp("pack") / "pack.yaml"
    pack.write_text(OLD_NAMES_PACK)
    return build_registry([pack])


def shown(lint, text, code):
    """The text each finding of rule ``code`` covers in ``text`` (``lint``: the fixture)."""
    return [text[d.start:d.end] for d in lint(text, select=[code])]


def lines_of(lint, text, code):
    """The whole line of ``text`` on which each finding of rule ``code`` is."""
    return [text.split("\n")[d.line - 1] for d in lint(text, select=[code])]


@pytest.fixture(scope="session")
def lint():
    """``lint(text, select=[...])`` → diagnostics of the selected rules (linters are cached per selection)."""
    cache = {}

    def run(text: str, select=None, **kwargs):
        key = (tuple(select) if select else None, tuple(sorted((k, repr(v)) for k, v in kwargs.items() if k in ("options", "language"))))
        if key not in cache:
            cache[key] = make_linter(select=select, **{k: v for k, v in kwargs.items() if k in ("options", "language")})
        return lint_text(text, linter=cache[key], **{k: v for k, v in kwargs.items() if k not in ("options", "language")})

    return run


@pytest.fixture(scope="session")
def fixed():
    """``fixed(text, select=[...])`` → ``text`` with the safe fixes of the selected rules applied."""
    cache = {}

    def run(text: str, select):
        key = tuple(select)
        if key not in cache:
            cache[key] = make_linter(select=list(select))
        return apply_fixes(text, select_fixes(cache[key].lint_text(text)))

    return run


def newslint_in(cwd, args, cache: bool = False, input: bytes | None = None):
    """``newslint ARGS`` run in folder ``cwd`` in this process (click's runner), without the cache unless asked."""
    import os

    from click.testing import CliRunner

    from newslint.cli import main

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, [*([] if cache else ["--no-cache"]), *args], input=input,
                                  catch_exceptions=False)
    finally:
        os.chdir(old)
