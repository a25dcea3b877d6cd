"""LanguageTool for the grammar rules (NL8xx): finding or starting a server, checking, caching.

language-tool-python (GPL-3.0-only, the optional extra ``grammar``) is imported
only here and only when a grammar rule runs. It talks to a LanguageTool HTTP
server in remote mode; the server is found, in this order, at

1. the rule option ``server-url`` or ``NEWSLINT_LANGUAGETOOL_URL``;
2. an installation folder (rule option ``home``, ``NEWSLINT_LANGUAGETOOL_HOME``, or
   the default ``~/.cache/newslint/languagetool`` when it holds an installation made
   by ``scripts/languagetool.sh install``): one JVM is started on loopback the first
   time it is needed in this process and stopped when the process exits.

Results are cached on disk per paragraph (SQLite under ``NEWSLINT_CACHE_DIR`` or
``~/.cache/newslint``, in ``grammar/``), keyed by the paragraph text, the
LanguageTool version, the language and the rule settings, so that a second run
over the same corpus does not send unchanged text again.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from newslint import usercache
from newslint.parallel import tie_to_parent
from newslint.rule import FatalRuleError

URL_ENV = "NEWSLINT_LANGUAGETOOL_URL"
HOME_ENV = "NEWSLINT_LANGUAGETOOL_HOME"
CACHE_ENV = "NEWSLINT_CACHE_DIR"
SETUP_HINT = (f"start one with `scripts/languagetool.sh start` and set {URL_ENV} to the URL it prints, "
              f"or set {HOME_ENV} to a folder made by `scripts/languagetool.sh install`")
_BATCH_CHARS = 20_000  # text per request: whole articles, several at most this long
_START_TIMEOUT = 120.0


class LanguageToolUnavailable(FatalRuleError):
    """Grammar checking was asked for but no LanguageTool server can be reached or started."""


@dataclass(frozen=True)
class LTMatch:
    """One LanguageTool match, relative to the paragraph it was found in (code points)."""

    start: int
    end: int
    rule_id: str
    category: str
    message: str
    replacements: tuple[str, ...]

    def to_json(self) -> list[Any]:
        return [self.start, self.end, self.rule_id, self.category, self.message, list(self.replacements)]

    @classmethod
    def from_json(cls, data: list[Any]) -> "LTMatch":
        start, end, rule_id, category, message, replacements = data
        return cls(start, end, rule_id, category, message, tuple(replacements))


def default_home() -> Path:
    return usercache.root() / "languagetool"


def cache_root() -> Path:
    return Path(os.environ.get(CACHE_ENV) or default_home().parent)


# -- server -------------------------------------------------------------------------

class ManagedServer:
    """A LanguageTool JVM started by this process from an installation folder."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.process: subprocess.Popen | None = None
        self.url = ""
        self.startup_seconds = 0.0

    def start(self) -> str:
        jars = self.home / "lib"
        if not any(jars.glob("languagetool-server-*.jar")):
            raise LanguageToolUnavailable(f"no LanguageTool installation in {self.home}; {SETUP_HINT}")
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}"
        began = time.monotonic()
        try:
            self.process = start_tied(
                ["java", "-Xmx2g", "-cp", str(jars / "*"), "org.languagetool.server.HTTPServer", "--port", str(port)])
        except OSError as exc:
            raise LanguageToolUnavailable(f"cannot run java ({exc.strerror}); install Java 17+, or {SETUP_HINT}") from None
        atexit.register(self.stop)
        while time.monotonic() - began < _START_TIMEOUT:
            if self.process.poll() is not None:
                raise LanguageToolUnavailable(f"the LanguageTool server in {self.home} exited at start-up; {SETUP_HINT}")
            if _healthy(self.url):
                self.startup_seconds = time.monotonic() - began
                return self.url
            time.sleep(0.2)
        self.stop()
        raise LanguageToolUnavailable(f"the LanguageTool server in {self.home} did not start within {_START_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None


def start_tied(command: list[str]) -> subprocess.Popen:
    """Start ``command`` (quiet, no input) so that it ends when this process ends, however it ends.

    ``atexit`` stops a server on a normal exit; the parent-death signal (see
    :func:`newslint.parallel.tie_to_parent`) also after SIGKILL or a crash, so
    that a JVM of half a gigabyte never outlives newslint.
    """
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                            preexec_fn=tie_to_parent(os.getpid()))


_servers: dict[Path, ManagedServer] = {}
_servers_lock = threading.Lock()


def managed_server(home: Path) -> ManagedServer:
    """The server started from ``home`` in this process, started on first use."""
    home = home.expanduser().resolve()
    with _servers_lock:
        server = _servers.get(home)
        if server is None or server.process is None or server.process.poll() is not None:
            server = ManagedServer(home)
            server.start()
            _servers[home] = server
        return server


def resolve_url(server_url: str = "", home: str = "") -> str:
    """The URL of a server to use: given, found in the environment, or started from an installation."""
    url = server_url or os.environ.get(URL_ENV, "")
    if url:
        return url.rstrip("/")
    folder = home or os.environ.get(HOME_ENV, "")
    if folder:
        return managed_server(Path(folder)).url
    if any((default_home() / "lib").glob("languagetool-server-*.jar")):
        return managed_server(default_home()).url
    raise LanguageToolUnavailable(f"grammar checking needs LanguageTool: {SETUP_HINT}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _urlopen(url: str, data: bytes | None = None, timeout: float = 30):
    """``urllib.request.urlopen``, imported on first use: runs without the grammar rules start faster."""
    import urllib.request

    return urllib.request.urlopen(url, data=data, timeout=timeout)


def _healthy(url: str) -> bool:
    try:
        with _urlopen(f"{url}/v2/healthcheck", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def server_version(url: str, timeout: float = 30) -> str:
    """The version of the LanguageTool server at ``url`` (one tiny check request).

    The first check on a fresh server loads its rules and may take most of a
    minute on a loaded machine: pass a long ``timeout`` to wait for that.
    """
    data = urllib.parse.urlencode({"language": "en-US", "text": "ok"}).encode()
    try:
        with _urlopen(f"{url}/v2/check", data=data, timeout=timeout) as response:
            return json.load(response)["software"]["version"]
    except (OSError, ValueError, KeyError) as exc:
        raise LanguageToolUnavailable(f"no LanguageTool server answers at {url} ({exc}); {SETUP_HINT}") from None


# -- mapping ------------------------------------------------------------------------

def code_point_end(text: str, start: int, utf16_length: int) -> int:
    """End (code points) of a span that starts at ``start`` and is ``utf16_length`` UTF-16 units long."""
    end, units = start, 0
    while units < utf16_length and end < len(text):
        units += 2 if ord(text[end]) > 0xFFFF else 1
        end += 1
    return end


def split_matches(matches: Iterable[Any], text: str, starts: Sequence[int], lengths: Sequence[int]) -> list[list[LTMatch]]:
    """Assign language-tool-python ``Match`` objects for ``text`` to the paragraphs it joins.

    ``starts``/``lengths`` give each paragraph's place in ``text``; a match that
    crosses a paragraph boundary is dropped.
    """
    out: list[list[LTMatch]] = [[] for _ in starts]
    index = 0
    for match in sorted(matches, key=lambda m: m.offset):
        begin = match.offset
        end = code_point_end(text, begin, match.error_length)
        while index < len(starts) and begin >= starts[index] + lengths[index]:
            index += 1
        if index == len(starts) or begin < starts[index] or end > starts[index] + lengths[index]:
            continue
        base = starts[index]
        out[index].append(LTMatch(begin - base, end - base, match.rule_id, match.category,
                                  " ".join(match.message.split()), tuple(match.replacements[:5])))
    return out


# -- checking -----------------------------------------------------------------------

class Checker:
    """Checks paragraphs with one LanguageTool server, with an on-disk cache per paragraph."""

    def __init__(self, url: str, language: str, disabled_rules: Iterable[str], disabled_categories: Iterable[str],
                 use_cache: bool = True) -> None:
        try:
            import language_tool_python
        except ImportError:
            raise LanguageToolUnavailable("grammar checking needs language-tool-python: "
                                          "pip install 'newslint[grammar]'") from None
        self.version = server_version(url)
        try:
            self.tool = language_tool_python.LanguageTool(language, remote_server=url)
        except Exception as exc:  # the client raises several types for an unreachable server
            raise LanguageToolUnavailable(f"LanguageTool at {url} failed: {exc}; {SETUP_HINT}") from None
        self.tool.disabled_rules = set(disabled_rules)
        self.tool.disabled_categories = set(disabled_categories)
        settings = json.dumps([self.version, language, sorted(self.tool.disabled_rules),
                               sorted(self.tool.disabled_categories)])
        self._salt = hashlib.sha256(settings.encode()).hexdigest()[:16]
        self._db = _open_cache() if use_cache else None
        self._lock = threading.Lock()

    def check_article(self, article: Any) -> list[list[LTMatch]]:
        """Matches per paragraph of an article; the NL8xx rules share one call per article."""
        return article.shared("languagetool.matches", lambda a: self.check([p.text for p in a.paragraphs]))

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self._salt}\0{text}".encode()).hexdigest()

    def check(self, paragraphs: Sequence[str]) -> list[list[LTMatch]]:
        """LanguageTool's matches for each paragraph (cached ones are not sent again)."""
        keys = [self._key(text) for text in paragraphs]
        results: list[list[LTMatch] | None] = [None] * len(paragraphs)
        if self._db is not None:
            with self._lock:
                for i, key in enumerate(keys):
                    row = self._db.execute("SELECT matches FROM grammar WHERE key = ?", (key,)).fetchone()
                    if row is not None:
                        results[i] = [LTMatch.from_json(m) for m in json.loads(row[0])]
        todo = [i for i, r in enumerate(results) if r is None]
        for batch in _batches(todo, paragraphs):
            texts = [paragraphs[i] for i in batch]
            for i, found in zip(batch, self._check_batch(texts)):
                results[i] = found
            if self._db is not None:
                with self._lock, self._db:
                    self._db.executemany("INSERT OR REPLACE INTO grammar VALUES (?, ?)",
                                         [(keys[i], json.dumps([m.to_json() for m in results[i]])) for i in batch])
        return [r or [] for r in results]

    def _check_batch(self, texts: list[str]) -> list[list[LTMatch]]:
        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 2
        joined = "\n\n".join(texts)
        try:
            matches = self.tool.check(joined)
        except Exception as exc:  # connection refused, timeout, server error
            raise LanguageToolUnavailable(f"LanguageTool stopped answering ({type(exc).__name__}); {SETUP_HINT}") from None
        return split_matches(matches, joined, starts, [len(t) for t in texts])


def _batches(indexes: list[int], texts: Sequence[str]) -> Iterable[list[int]]:
    batch: list[int] = []
    size = 0
    for i in indexes:
        if batch and size + len(texts[i]) > _BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(i)
        size += len(texts[i]) + 2
    if batch:
        yield batch


def _open_cache() -> sqlite3.Connection | None:
    folder = cache_root() / "grammar"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(folder / "cache.sqlite3", timeout=30, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS grammar (key TEXT PRIMARY KEY, matches TEXT NOT NULL)")
        return db
    except (OSError, sqlite3.Error):
        return None  # a read-only or full disk: check without a cache


_checkers: dict[tuple, Checker] = {}
_checkers_lock = threading.Lock()


def get_checker(server_url: str, home: str, language: str, disabled_rules: Iterable[str],
                disabled_categories: Iterable[str], use_cache: bool = True) -> Checker:
    """A shared Checker for these settings: one server per run, one client and cache connection per process.

    (A forked worker gets its own client and SQLite connection; it reuses the server.)
    """
    key = (os.getpid(), server_url, home, language, tuple(sorted(disabled_rules)), tuple(sorted(disabled_categories)), use_cache)
    with _checkers_lock:
        checker = _checkers.get(key)
        if checker is None:
            url = resolve_url(server_url, home)
            checker = _checkers[key] = Checker(url, language, key[4], key[5], use_cache)
        return checker
