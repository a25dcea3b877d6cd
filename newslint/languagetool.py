"""LanguageTool for the grammar rules (NL8xx): finding or starting a server, checking, caching.

language-tool-python (GPL-3.0-only, the optional extra ``grammar``) is imported
only here and only when a grammar rule runs. It talks to a LanguageTool HTTP
server in remote mode; the server is found, in this order, at

1. the rule option ``server-url`` or ``NEWSLINT_LANGUAGETOOL_URL``;
2. an installation folder (rule option ``home``, ``NEWSLINT_LANGUAGETOOL_HOME``, or
   the default ``~/.cache/newslint/languagetool`` when it holds an installation made
   by ``scripts/languagetool.sh install``): one JVM is started on loopback the first
   time it is needed in this process and stopped when the process exits. It runs
   as many checks at once as this process may use cores, and keeps its rule
   pipelines between requests (``server_config``).

Results are cached on disk per paragraph (SQLite under ``NEWSLINT_CACHE_DIR`` or
``~/.cache/newslint``, in ``grammar/``), keyed by the paragraph text, the
LanguageTool version, the language and the rule settings, so that a second run
over the same corpus does not send unchanged text again. Paragraphs that are not
cached are sent in up to ``concurrency`` requests at once (see :class:`Checker`).
"""

from __future__ import annotations

import atexit
import json
import os
import re
import sqlite3
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from newslint import hashes, usercache
from newslint.parallel import available_cores, tie_to_parent
from newslint.rule import FatalRuleError

if TYPE_CHECKING:  # imported where a server is started (a run that only queries one never needs it)
    import subprocess

URL_ENV = "NEWSLINT_LANGUAGETOOL_URL"
HOME_ENV = "NEWSLINT_LANGUAGETOOL_HOME"
CACHE_ENV = "NEWSLINT_CACHE_DIR"
SETUP_HINT = (f"start one with `scripts/languagetool.sh start` and set {URL_ENV} to the URL it prints, "
              f"or set {HOME_ENV} to a folder made by `scripts/languagetool.sh install`")
_BATCH_CHARS = 20_000  # text per request at most
_MIN_REQUEST_CHARS = 1_000  # an article is split over several requests only into runs this long
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

    def shifted(self, offset: int) -> "LTMatch":
        """The same match ``offset`` code points further on (a piece's match placed in its paragraph)."""
        return LTMatch(self.start + offset, self.end + offset, self.rule_id, self.category, self.message,
                       self.replacements)

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
        self.owner = 0
        self.startup_seconds = 0.0

    def start(self) -> str:
        jars = self.home / "lib"
        if not any(jars.glob("languagetool-server-*.jar")):
            raise LanguageToolUnavailable(f"no LanguageTool installation in {self.home}; {SETUP_HINT}")
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.owner = os.getpid()
        began = time.monotonic()
        import shutil
        import tempfile

        config = Path(tempfile.mkdtemp(prefix="newslint-languagetool-")) / "server.properties"
        config.write_text(server_config(available_cores()), encoding="utf-8")
        atexit.register(shutil.rmtree, config.parent, True)
        try:
            self.process = start_tied(["java", "-Xmx2g", "-Dsun.net.httpserver.nodelay=true", "-cp", str(jars / "*"),
                                       "org.languagetool.server.HTTPServer", "--port", str(port), "--config", str(config)])
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

    def alive(self) -> bool:
        """Whether the server still runs (a forked worker cannot wait on its parent's child: it asks the server)."""
        if self.process is None:
            return False
        return self.process.poll() is None if self.owner == os.getpid() else _healthy(self.url)

    def stop(self) -> None:
        if self.owner != os.getpid():
            return  # a forked worker leaves its parent's server alone
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            import subprocess

            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None


def server_config(threads: int) -> str:
    """LanguageTool's ``--config`` for a server newslint starts: ``threads`` checks at once, rule pipelines kept.

    Without ``pipelineCaching`` the server builds its rules anew for every request
    (some 30 ms of CPU here; it checks news at 0.5–0.7 times the words per CPU-second).
    Requests beyond ``maxCheckThreads`` wait in its queue, so several worker
    processes cannot oversubscribe the cores. No sentence cache: newslint's
    paragraph cache already keeps what recurs (and benchmarks stay honest).
    """
    return f"maxCheckThreads={threads}\npipelineCaching=true\nmaxPipelinePoolSize=8\npipelineExpireTimeInSeconds=3600\n"


def start_tied(command: list[str]) -> subprocess.Popen:
    """Start ``command`` (quiet, no input) so that it ends when this process ends, however it ends.

    ``atexit`` stops a server on a normal exit; the parent-death signal (see
    :func:`newslint.parallel.tie_to_parent`) also after SIGKILL or a crash, so
    that a JVM of half a gigabyte never outlives newslint.
    """
    import subprocess  # here and in the functions that start or stop a server: a run without one never needs it

    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                            preexec_fn=tie_to_parent(os.getpid()))


_servers: dict[Path, ManagedServer] = {}
_servers_lock = threading.Lock()


def managed_server(home: Path) -> ManagedServer:
    """The server started from ``home`` in this process, started on first use."""
    home = home.expanduser().resolve()
    with _servers_lock:
        server = _servers.get(home)
        if server is None or not server.alive():
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
    import socket

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


# -- the client -----------------------------------------------------------------------

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_ASTRAL_STAND_IN = "\ufffd"  # one UTF-16 unit where the character took two


def sendable(text: str) -> str:
    """``text`` with each character beyond U+FFFF (emoji) replaced by one BMP character.

    LanguageTool counts offsets in UTF-16 units; with no such character in a
    request, its offsets and lengths are code points of ``text`` as it is.
    language-tool-python would convert offsets itself, but it keeps the text it
    converts for in a class attribute, which concurrent requests would share.
    """
    return text if text.isascii() else _ASTRAL.sub(_ASTRAL_STAND_IN, text)


class Client:
    """Sends checks to one LanguageTool server through language-tool-python's remote mode.

    One client serves every thread (each request is its own HTTP call);
    ``sent`` counts the requests made (the tests and ``bench/grammar.py`` read it).
    """

    def __init__(self, url: str, language: str, disabled_rules: Iterable[str] = (),
                 disabled_categories: Iterable[str] = ()) -> None:
        try:
            import language_tool_python
        except ImportError:
            raise LanguageToolUnavailable("grammar checking needs language-tool-python: "
                                          "pip install 'newslint[grammar]'") from None
        try:
            self.tool = language_tool_python.LanguageTool(language, remote_server=url)
        except Exception as exc:  # the client raises several types for an unreachable server
            raise LanguageToolUnavailable(f"LanguageTool at {url} failed: {exc}; {SETUP_HINT}") from None
        self.tool.disabled_rules = set(disabled_rules)
        self.tool.disabled_categories = set(disabled_categories)
        self.sent = 0
        self._count = threading.Lock()

    def check(self, text: str) -> list[Any]:
        """language-tool-python's ``Match`` objects for ``text`` (offsets in code points of ``text``)."""
        with self._count:
            self.sent += 1
        return self.tool.check(sendable(text))


def server_rules(url: str, language: str) -> list[dict[str, Any]]:
    """The server's rules for ``language`` (``/v2/configinfo``); empty if it does not list them."""
    query = urllib.parse.urlencode({"language": language})
    try:
        with _urlopen(f"{url}/v2/configinfo?{query}", timeout=30) as response:
            return json.load(response)["rules"]
    except (OSError, ValueError, KeyError, TypeError):
        return []


# -- mapping ------------------------------------------------------------------------

def split_matches(matches: Iterable[Any], text: str, starts: Sequence[int], lengths: Sequence[int]) -> list[list[LTMatch]]:
    """Assign language-tool-python ``Match`` objects for ``text`` (as :func:`sendable` made it) to its paragraphs.

    ``starts``/``lengths`` give each paragraph's place in ``text`` (code points);
    a match that crosses a paragraph boundary is dropped.
    """
    out: list[list[LTMatch]] = [[] for _ in starts]
    index = 0
    for match in sorted(matches, key=lambda m: m.offset):
        begin = match.offset
        end = min(begin + match.error_length, len(text))
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
    """Checks paragraphs with one LanguageTool server, with an on-disk cache per paragraph.

    Paragraphs not in the cache go out in at most ``concurrency`` requests at once:
    an article's paragraphs are cut into that many runs of consecutive paragraphs
    (none shorter than ``_MIN_REQUEST_CHARS``), so that the server's threads share
    one article. A paragraph's matches never depend on another paragraph's (LanguageTool's
    sentences end at a blank line), which the cache relies on too. A paragraph longer than
    ``_BATCH_CHARS`` goes out in pieces cut at sentence ends (:func:`_pieces`).
    """

    def __init__(self, url: str, language: str, disabled_rules: Iterable[str], disabled_categories: Iterable[str],
                 use_cache: bool = True, concurrency: int = 1, dropped: str = "") -> None:
        self.version = server_version(url)
        disabled_categories = set(disabled_categories)
        disabled_rules = set(disabled_rules) | self._server_rules(url, language, dropped, disabled_categories)
        self.client = Client(url, language, disabled_rules, disabled_categories)
        settings = json.dumps([self.version, language, sorted(disabled_rules), sorted(disabled_categories)])
        self._salt = hashes.sha256(settings.encode()).hexdigest()[:16]
        self._db = _open_cache() if use_cache else None
        self._lock = threading.Lock()
        self.concurrency = max(1, concurrency)
        self._pool: Any = None  # a thread pool, made on first use (never before a fork)

    @staticmethod
    def _server_rules(url: str, language: str, dropped: str, disabled_categories: set[str]) -> set[str]:
        """The ids of the server's rules that ``dropped`` (a regex) matches: their matches would be dropped
        anyway, so they are switched off on the server too (about 8 % of its CPU on news)."""
        if not dropped:
            return set()
        pattern = re.compile(dropped)
        return {rule["ruleId"] for rule in server_rules(url, language)
                if pattern.search(rule.get("ruleId", "")) and rule.get("categoryId") not in disabled_categories}

    def check_article(self, article: Any) -> list[list[LTMatch]]:
        """Matches per paragraph of an article; the NL8xx rules share one call per article."""
        return article.shared("languagetool.matches", lambda a: self.check([p.text for p in a.paragraphs]))

    def _key(self, text: str) -> str:
        return hashes.sha256(f"{self._salt}\0{text}".encode()).hexdigest()

    def check(self, paragraphs: Sequence[str]) -> list[list[LTMatch]]:
        """LanguageTool's matches for each paragraph, in order (cached ones are not sent again)."""
        keys = [self._key(text) for text in paragraphs]
        known = self._cached(set(keys))
        todo: dict[str, int] = {}  # each paragraph text not in the cache, sent once
        for i, key in enumerate(keys):
            if key not in known and key not in todo and paragraphs[i]:
                todo[key] = i
        if todo:
            pieces = [(key, offset, piece) for key, i in todo.items() for offset, piece in _pieces(paragraphs[i])]
            texts = [piece for _, _, piece in pieces]
            runs = _runs(list(range(len(texts))), texts, self.concurrency)
            fresh: dict[str, list[LTMatch]] = {key: [] for key in todo}
            for run, found in zip(runs, self._map(lambda run: self._check_run([texts[j] for j in run]), runs)):
                for j, matches in zip(run, found):
                    key, offset, _ = pieces[j]
                    fresh[key] += [m.shifted(offset) for m in matches] if offset else matches
            self._store(fresh)
            known.update(fresh)
        return [known.get(key, []) for key in keys]

    def _cached(self, keys: set[str]) -> dict[str, list[LTMatch]]:
        """The cached matches of those of ``keys`` that are in the cache (a query per 500 keys)."""
        if self._db is None:
            return {}
        ordered, rows = sorted(keys), []
        with self._lock:
            for at in range(0, len(ordered), 500):
                some = ordered[at:at + 500]
                rows += self._db.execute(f"SELECT key, matches FROM grammar WHERE key IN ({','.join('?' * len(some))})",
                                         some).fetchall()
        return {key: [LTMatch.from_json(m) for m in json.loads(matches)] for key, matches in rows}

    def _store(self, fresh: dict[str, list[LTMatch]]) -> None:
        if self._db is not None:
            with self._lock, self._db:
                self._db.executemany("INSERT OR REPLACE INTO grammar VALUES (?, ?)",
                                     [(key, json.dumps([m.to_json() for m in found])) for key, found in fresh.items()])

    def _map(self, func, runs: list[list[int]]) -> list[list[list[LTMatch]]]:
        if len(runs) == 1 or self.concurrency == 1:
            return [func(run) for run in runs]
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(self.concurrency, thread_name_prefix="languagetool")
        return list(self._pool.map(func, runs))

    def _check_run(self, texts: list[str]) -> list[list[LTMatch]]:
        """One request for consecutive paragraphs, joined by blank lines; matches mapped back to each."""
        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 2
        joined = "\n\n".join(texts)
        try:
            matches = self.client.check(joined)
        except Exception as exc:  # refused, timed out, an error page: the client raises several types
            raise LanguageToolUnavailable(f"LanguageTool stopped answering ({type(exc).__name__}: {exc}); "
                                          f"{SETUP_HINT}") from None
        return split_matches(matches, joined, starts, [len(t) for t in texts])


def _runs(indexes: list[int], texts: Sequence[str], parts: int) -> list[list[int]]:
    """``indexes`` cut into runs of consecutive paragraphs of about equal length, one request each.

    As many runs as ``parts`` (fewer when a run would be under ``_MIN_REQUEST_CHARS``),
    and more when runs would be longer than ``_BATCH_CHARS``.
    """
    sizes = [len(texts[i]) + 2 for i in indexes]
    total = sum(sizes)
    count = max(1, -(-total // _BATCH_CHARS), min(parts, total // _MIN_REQUEST_CHARS))
    target = total / count
    runs: list[list[int]] = [[]]
    size = 0
    for i, length in zip(indexes, sizes):
        if runs[-1] and size + length / 2 > target * len(runs) and len(runs) < count:
            runs.append([])
        runs[-1].append(i)
        size += length
    return runs


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _pieces(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """A paragraph as (offset, piece) pieces of at most ``limit`` (``_BATCH_CHARS``) characters, one request each.

    A piece ends after the last sentence end in the second half of its room, else after the last white space
    there, else at the limit: a request stays bounded however long one paragraph is (a one-line OCR page), and the
    server's threads share it. A match across a cut is lost, so most paragraphs (news paragraphs are far shorter)
    stay whole.
    """
    limit = limit or _BATCH_CHARS
    out, at = [], 0
    while len(text) - at > limit:
        end = at + limit
        ends = [m.end() for m in _SENTENCE_END.finditer(text, at + limit // 2, end)] \
            or [m.end() for m in _SPACE.finditer(text, at + limit // 2, end)]
        end = ends[-1] if ends else end
        out.append((at, text[at:end]))
        at = end
    out.append((at, text[at:]))
    return out


def _open_cache() -> sqlite3.Connection | None:
    folder = cache_root() / "grammar"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(folder / "cache.sqlite3", timeout=30, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last writes to a power cut costs a re-check
        db.execute("CREATE TABLE IF NOT EXISTS grammar (key TEXT PRIMARY KEY, matches TEXT NOT NULL)")
        return db
    except (OSError, sqlite3.Error):
        return None  # a read-only or full disk: check without a cache


def auto_concurrency() -> int:
    """Requests in flight at once by default: one per core in a run of one process; one per worker of a pool.

    ``-j N`` workers then keep N requests in flight together (one per core by
    default), so that a server with a thread per core is kept busy, not oversubscribed.
    """
    import multiprocessing

    return 1 if multiprocessing.parent_process() is not None else available_cores()


_checkers: dict[tuple, Checker] = {}
_checkers_lock = threading.Lock()


def get_checker(server_url: str, home: str, language: str, disabled_rules: Iterable[str],
                disabled_categories: Iterable[str], use_cache: bool = True, concurrency: int = 0,
                dropped: str = "") -> Checker:
    """A shared Checker for these settings: one server per run, one client and cache connection per process.

    (A forked worker gets its own client and SQLite connection; it reuses the server.)
    ``concurrency`` 0: :func:`auto_concurrency`. ``dropped``: a regex of rule ids whose matches the caller drops.
    """
    key = (os.getpid(), server_url, home, language, tuple(sorted(disabled_rules)), tuple(sorted(disabled_categories)),
           use_cache, concurrency, dropped)
    with _checkers_lock:
        checker = _checkers.get(key)
        if checker is None:
            url = resolve_url(server_url, home)
            checker = _checkers[key] = Checker(url, language, key[4], key[5], use_cache,
                                                concurrency or auto_concurrency(), dropped)
        return checker
