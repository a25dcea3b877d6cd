"""LanguageTool for the grammar rules (NL8xx): finding or starting a server, checking, caching.

newslint talks to a LanguageTool HTTP server (its ``/v2/check`` API, over
kept-alive connections); the server is found, in this order, at

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
import hashlib
import json
import os
import re
import socket
import sqlite3
import shutil
import subprocess
import tempfile
import threading
import time
import unicodedata
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from newslint import usercache
from newslint.parallel import available_cores, tie_to_parent
from newslint.rule import FatalRuleError

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


# -- HTTP -----------------------------------------------------------------------------

class Client:
    """POSTs to one LanguageTool server over kept-alive connections, one per thread.

    ``sent`` counts the requests made (the tests and ``bench/grammar.py`` read it).
    """

    def __init__(self, url: str, timeout: float = 120) -> None:
        parts = urllib.parse.urlsplit(url)
        self.https = parts.scheme == "https"
        self.netloc = parts.netloc
        self.prefix = parts.path.rstrip("/")
        self.timeout = timeout
        self.sent = 0
        self._local = threading.local()
        self._count = threading.Lock()

    def _connection(self):
        import http.client

        conn = getattr(self._local, "conn", None)
        if conn is None:
            kind = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
            conn = self._local.conn = kind(self.netloc, timeout=self.timeout)
        return conn

    def post(self, path: str, fields: dict[str, str]) -> Any:
        """The JSON answer to a form POST."""
        return self._request("POST", path, urllib.parse.urlencode(fields).encode())

    def get(self, path: str, fields: dict[str, str]) -> Any:
        """The JSON answer to a GET with ``fields`` as its query."""
        return self._request("GET", f"{path}?{urllib.parse.urlencode(fields)}", None)

    def _request(self, method: str, path: str, body: bytes | None) -> Any:
        """One retry on a fresh connection if a kept-alive one was closed meanwhile."""
        import http.client

        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
        for attempt in (1, 2):
            conn = self._connection()
            try:
                conn.request(method, self.prefix + path, body, headers)
                _ack_at_once(conn.sock)
                response = conn.getresponse()
                data = response.read()
            except (http.client.HTTPException, OSError):
                conn.close()
                self._local.conn = None
                if attempt == 2:
                    raise
                continue
            with self._count:
                self.sent += 1
            if response.status != 200:
                raise OSError(f"HTTP {response.status}: {data[:200].decode('utf-8', 'replace').strip()}")
            return json.loads(data)
        raise AssertionError("unreachable")


def _ack_at_once(sock: socket.socket | None) -> None:
    """Acknowledge the answer's first segment at once (Linux): the JDK's HTTP server sends headers and body
    apart and, with Nagle's algorithm, holds the body until that acknowledgement, which a kept-alive
    connection would otherwise delay by 40 ms."""
    if sock is not None and hasattr(socket, "TCP_QUICKACK"):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        except OSError:
            pass


# -- mapping ------------------------------------------------------------------------

def code_point_end(text: str, start: int, utf16_length: int) -> int:
    """End (code points) of a span that starts at ``start`` and is ``utf16_length`` UTF-16 units long."""
    end, units = start, 0
    while units < utf16_length and end < len(text):
        units += 2 if ord(text[end]) > 0xFFFF else 1
        end += 1
    return end


def code_point_offset(utf16_offset: int, astral: Sequence[int]) -> int:
    """The code point index at UTF-16 offset ``utf16_offset``; ``astral``: the (sorted) indexes of characters beyond U+FFFF."""
    offset = utf16_offset
    for before, index in enumerate(astral):  # the astral character at ``index`` starts at UTF-16 unit index + before
        if index + before >= utf16_offset:
            break
        offset -= 1
    return offset


def split_matches(matches: Iterable[dict[str, Any]], text: str, starts: Sequence[int],
                  lengths: Sequence[int]) -> list[list[LTMatch]]:
    """Assign the matches of LanguageTool's JSON answer for ``text`` to the paragraphs it joins.

    ``starts``/``lengths`` give each paragraph's place in ``text`` (code points);
    LanguageTool counts UTF-16 units. A match that crosses a paragraph boundary is dropped.
    """
    astral = [i for i, c in enumerate(text) if c > "\uffff"] if not text.isascii() else []
    found = []
    for match in matches:
        begin = code_point_offset(match["offset"], astral) if astral else match["offset"]
        found.append((begin, code_point_end(text, begin, match["length"]), match))
    found.sort(key=lambda m: m[0])
    out: list[list[LTMatch]] = [[] for _ in starts]
    index = 0
    for begin, end, match in found:
        while index < len(starts) and begin >= starts[index] + lengths[index]:
            index += 1
        if index == len(starts) or begin < starts[index] or end > starts[index] + lengths[index]:
            continue
        base = starts[index]
        rule = match["rule"]
        message = " ".join(unicodedata.normalize("NFKC", match["message"]).split())
        out[index].append(LTMatch(begin - base, end - base, rule["id"], rule["category"]["id"], message,
                                  tuple(r["value"] for r in match["replacements"][:5])))
    return out


# -- checking -----------------------------------------------------------------------

class Checker:
    """Checks paragraphs with one LanguageTool server, with an on-disk cache per paragraph.

    Paragraphs not in the cache go out in at most ``concurrency`` requests at once:
    an article's paragraphs are cut into that many runs of consecutive paragraphs
    (none shorter than ``_MIN_REQUEST_CHARS``), so that the server's threads share
    one article. A paragraph's matches never depend on another paragraph's (LanguageTool's
    sentences end at a blank line), which the cache relies on too.
    """

    def __init__(self, url: str, language: str, disabled_rules: Iterable[str], disabled_categories: Iterable[str],
                 use_cache: bool = True, concurrency: int = 1, dropped: str = "") -> None:
        self.client = Client(url)
        self.version = server_version(url)
        disabled_categories = set(disabled_categories)
        disabled_rules = set(disabled_rules) | self._server_rules(language, dropped, disabled_categories)
        lists = {"disabledRules": ",".join(sorted(disabled_rules)), "disabledCategories": ",".join(sorted(disabled_categories))}
        self.fields = {"language": language, **{name: value for name, value in lists.items() if value}}
        settings = json.dumps([self.version, language, sorted(disabled_rules), sorted(disabled_categories)])
        self._salt = hashlib.sha256(settings.encode()).hexdigest()[:16]
        self._db = _open_cache() if use_cache else None
        self._lock = threading.Lock()
        self.concurrency = max(1, concurrency)
        self._pool: Any = None  # a thread pool, made on first use (never before a fork)

    def _server_rules(self, language: str, dropped: str, disabled_categories: set[str]) -> set[str]:
        """The ids of the server's rules that ``dropped`` (a regex) matches: their matches would be dropped
        anyway, so they are switched off on the server too (about 8 % of its CPU on news). Empty if the
        server does not list its rules (``/v2/configinfo``)."""
        if not dropped:
            return set()
        try:
            rules = self.client.get("/v2/configinfo", {"language": language})["rules"]
            pattern = re.compile(dropped)
            return {rule["ruleId"] for rule in rules
                    if pattern.search(rule["ruleId"]) and rule.get("categoryId") not in disabled_categories}
        except (OSError, ValueError, KeyError, TypeError):
            return set()

    def check_article(self, article: Any) -> list[list[LTMatch]]:
        """Matches per paragraph of an article; the NL8xx rules share one call per article."""
        return article.shared("languagetool.matches", lambda a: self.check([p.text for p in a.paragraphs]))

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self._salt}\0{text}".encode()).hexdigest()

    def check(self, paragraphs: Sequence[str]) -> list[list[LTMatch]]:
        """LanguageTool's matches for each paragraph, in order (cached ones are not sent again)."""
        keys = [self._key(text) for text in paragraphs]
        known = self._cached(set(keys))
        todo: dict[str, int] = {}  # each paragraph text not in the cache, sent once
        for i, key in enumerate(keys):
            if key not in known and key not in todo and paragraphs[i]:
                todo[key] = i
        if todo:
            runs = _runs(list(todo.values()), paragraphs, self.concurrency)
            fresh: dict[str, list[LTMatch]] = {}
            for run, found in zip(runs, self._map(lambda run: self._check_run([paragraphs[i] for i in run]), runs)):
                fresh.update((keys[i], matches) for i, matches in zip(run, found))
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
            answer = self.client.post("/v2/check", {**self.fields, "text": joined})
            matches = answer["matches"]
        except (OSError, ValueError, KeyError, TypeError) as exc:  # refused, timed out, an error page
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
