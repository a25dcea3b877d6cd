"""NL4xx: encoding and markup debris — mojibake, HTML entities and tags, invisible
characters, replacement characters and line-break hyphenation."""

from __future__ import annotations

import codecs
import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from newslint import cuewindows, lazyimport, regexcache
from newslint import lexicon
from newslint.model import Article, Paragraph
from newslint.rule import Cues, Edit, Finding, Fix, Rule, Severity, Trigger, quote

html = lazyimport.module("html")  # imported when text with an entity is first unescaped


def _context(text: str, start: int, end: int, width: int = 15) -> str:
    return text[max(0, start - width): end + width]


# Every match of ftfy's badness regex has a C1 control, Â, Ã, Œ or œ, or two non-ASCII characters at
# most one character apart (the longest gap in its patterns); text without any of these is skipped
# without running it (most news: a lone £, é or curly quote between ASCII). Written as one class and
# then the alternatives, so that the regex engine skips ASCII runs fast (three times faster than
# `[\x80-\x9fÂÃŒœ]|[^\x00-\x7f][\x00-\x7f]?[^\x00-\x7f]`, which it must try at every position).
MOJIBAKE_CUE = regexcache.compile(r"[^\x00-\x7f](?:(?<=[\x80-\x9fÂÃŒœ])|[\x00-\x7f]?[^\x00-\x7f])")
# the same cue for RE2 (the engine's trigger set): every article it skips costs nothing more
_MOJIBAKE_CUES = Cues(r"[\x{80}-\x{9f}ÂÃŒœ]|[^\x00-\x7f][\x00-\x7f]?[^\x00-\x7f]")
# The longest match of ftfy's badness regex (its alternatives are fixed sequences of at most 7 characters,
# without lookarounds or anchors other than '^'; a test checks it on the installed ftfy).
BADNESS_WIDTH = 7


@lru_cache(maxsize=1)
def badness_regex() -> re.Pattern:
    """ftfy's ``BADNESS_RE`` without importing ftfy: ``ftfy/badness.py`` needs only ``re``, so it is run on its
    own (1 ms where importing ftfy costs 60: a long page of accented names has cues and no mojibake). Should a
    later ftfy's module need the package, ftfy is imported as usual."""
    try:
        package = importlib.util.find_spec("ftfy")
        alone = importlib.util.spec_from_file_location("newslint._ftfy_badness",
                                                       Path(package.origin).with_name("badness.py"))
        module = importlib.util.module_from_spec(alone)
        alone.loader.exec_module(module)
        return module.BADNESS_RE
    except (ImportError, OSError):
        from ftfy.badness import BADNESS_RE

        return BADNESS_RE


def _badness_matches(badness: re.Pattern, text: str, cues: Iterable[re.Match] | None = None) -> list[re.Match]:
    """``badness.finditer(text)``, searched only near the mojibake cues (``cues``: ``MOJIBAKE_CUE.finditer(text)``,
    found already or searched here).

    Every match holds part of a cue and is at most BADNESS_WIDTH characters long, so it lies within
    BADNESS_WIDTH characters of a cue's start or end. On a long text with a few accented words this
    skips the regex's costly try at every position.
    """
    ends = (at for cue in (MOJIBAKE_CUE.finditer(text) if cues is None else cues) for at in cue.span())
    return cuewindows.finditer_near(badness, text, ends, reach=BADNESS_WIDTH, margin=0)


# the single-byte code pages a page's UTF-8 is most often read as; Latin-1 also stands for the C1 controls that
# a cp1252 reading leaves for its five unassigned bytes
_WRONG_READINGS = ("cp1252", "mac_roman", "latin-1")


# the characters the upper half of those code pages reads bytes as: a cue of other characters (a page in Cyrillic,
# Greek or Chinese) cannot be UTF-8 read in one of them, and is not tried
_READ_AS = frozenset("".join(bytes(range(0x80, 0x100)).decode(reading, errors="ignore") for reading in _WRONG_READINGS))


def _plausible(char: str) -> bool:
    """A character that UTF-8 news text holds: ASCII, the Latin letters of European languages and their signs,
    punctuation, currency, ™ (not the Cyrillic letter that '—é' or the click letter that '«É' would give read back
    as UTF-8 from Mac Roman)."""
    return char < "\u0180" and not "\x80" <= char < "\xa0" or "\u2010" <= char < "\u2070" \
        or "\u20a0" <= char < "\u20d0" or "\u2100" <= char < "\u2150"


def _round_trip(word: str) -> str | None:
    """``word`` repaired when it is UTF-8 read as cp1252, Mac Roman or Latin-1 (its characters, written back in that
    code page, are valid UTF-8 that differs from them and reads as plausible text), repeatedly for mojibake of
    mojibake; None otherwise. Found by the decoding itself, not a list of sequences: '√§' (ä read as Mac Roman),
    '¬Ω' (½), 'Ã©' (é read as cp1252)."""
    repaired = None
    for _ in range(3):
        for reading in _WRONG_READINGS:
            try:
                back = word.encode(reading).decode("utf-8")
            except UnicodeError:
                continue
            if back != word and all(map(_plausible, back)):
                repaired = word = back
                break
        else:
            return repaired
    return repaired


def _sloppy_1252() -> str:
    """ftfy's ``sloppy-windows-1252`` decoding table: cp1252, its five unassigned bytes read as Latin-1, byte 1A as
    U+FFFD (``ftfy.bad_codecs.sloppy.make_sloppy_codec``), built without importing ftfy."""
    table = [char if char != "\ufffd" else chr(byte)
             for byte, char in enumerate(bytes(range(256)).decode("cp1252", errors="replace"))]
    table[0x1A] = "\ufffd"
    return "".join(table)


@lru_cache(maxsize=1)
def _sloppy_1252_encoding() -> dict:
    return codecs.charmap_build(_sloppy_1252())


def _quick_fix_encoding(bad: str) -> str | None:
    """``ftfy.fix_encoding(bad)`` where its first two readings, Latin-1 and sloppy cp1252, decide it without the
    steps that need ftfy's tables (a space for a lost byte A0, a lost byte as U+FFFD, 1A or '?', the UTF-8 variants
    of a byte ED or C0); None where they cannot, and ftfy must be asked (held to ftfy in
    ``tests/rules/test_encoding_quick_repairs.py``). The import of ftfy costs 190 M instructions a process."""
    badness = badness_regex()
    if " " in bad or "?" in bad or "\x1a" in bad or "\ufffd" in bad:
        return None
    text = bad
    while not text.isascii() and badness.search(text):
        for encode in (_encode_latin_1, _encode_sloppy_1252):
            try:
                encoded = encode(text)
            except UnicodeEncodeError:
                continue
            if 0xED in encoded or 0xC0 in encoded:
                return None
            try:
                text = encoded.decode("utf-8")
                break
            except UnicodeDecodeError:
                continue
        else:
            return None
    return text


def _encode_latin_1(text: str) -> bytes:
    return text.encode("latin-1")


def _encode_sloppy_1252(text: str) -> bytes:
    return codecs.charmap_encode(text, "strict", _sloppy_1252_encoding())[0]


def _fix_encoding(bad: str) -> str:
    """``ftfy.fix_encoding(bad)``, ftfy imported only where :func:`_quick_fix_encoding` cannot decide."""
    quick = _quick_fix_encoding(bad)
    if quick is not None:
        return quick
    lazyimport.defer(("wcwidth",))  # what ftfy imports for its display functions, which NL401 never calls
    from ftfy import fix_encoding  # imported at the first mojibake the quick readings cannot decide

    return fix_encoding(bad)


def _mojibake_runs(text: str, cues: list[re.Match], taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, repair) of each run of non-space characters around a mojibake cue of ``text`` (``cues``: its
    ``MOJIBAKE_CUE`` matches) that reads back as UTF-8 (:func:`_round_trip`), outside the spans ``taken`` (found by
    ftfy's badness regex)."""
    end = -1
    for cue in cues:
        if cue.start() < end or any(a <= cue.start() < b for a, b in taken) \
                or not _READ_AS.issuperset(char for char in cue.group() if char >= "\x80"):
            continue
        start, end = _non_space_run(text, cue.start(), cue.end())
        repaired = _round_trip(text[start:end])
        if repaired is not None:
            yield start, end, repaired


# one single-byte code page read as another (a Mac page read as cp1252 or Latin-1, a Windows page read as Mac Roman):
# every character stays one, so no cue above holds it ('mayorÕs', 'donít', 'cafÈ', 'ÒWe ... Ó')
_SINGLE_BYTE_READINGS = (("mac_roman", "cp1252"), ("cp1252", "mac_roman"), ("mac_roman", "latin-1"))
# a capital Latin letter or an í after an ASCII letter inside a word, or an opening mark before a letter: the places a
# single-byte misreading leaves (a capital after a lower-case letter is in no word; í is tried before a letter)
_SINGLE_BYTE_CUE = regexcache.compile(r"(?<=[A-Za-z])(?:[À-ÖØ-ÞŽ]|í(?=[a-z]))|(?<![^\t\n\f\r (])[ÒÔìë](?=[A-Za-z])")
_SINGLE_BYTE_CUES = Cues(r"[A-Za-z](?:[À-ÖØ-ÞŽ]|í[a-z])|(?:^|[\t\n\f\r (])[ÒÔìë][A-Za-z]")  # the same, for RE2
# the characters every _SINGLE_BYTE_CUE match is (one each, its look-arounds aside): found by a scan of a class, which
# Python's re runs in C, where the cue's look-behind is tried at every character (16 times slower on a page)
_SINGLE_BYTE_CUE_CHAR = regexcache.compile("[À-ÖØ-ÞŽíìë]")


def _single_byte_cues(text: str) -> Iterator[re.Match]:
    """``_SINGLE_BYTE_CUE.finditer(text)``, tried only at its characters (its matches are one character long)."""
    match = _SINGLE_BYTE_CUE.match
    return filter(None, (match(text, char.start()) for char in _SINGLE_BYTE_CUE_CHAR.finditer(text)))
_LETTER_RUN = regexcache.compile(r"[^\W\d_]+(?:['’][a-z]+)?")


def _reread(word: str) -> list[str]:
    """What ``word`` stood for where a single-byte code page was read as another (``_SINGLE_BYTE_READINGS``)."""
    found = []
    for written, read in _SINGLE_BYTE_READINGS:
        try:
            back = word.encode(read).decode(written)
        except UnicodeError:
            continue
        if back != word and back not in found:
            found.append(back)
    return found


def _single_byte_misreadings(text: str, taken: list[tuple[int, int]],
                             known: Callable[[str], bool]) -> Iterator[tuple[int, int, str]]:
    """(start, end, repair) of each word of ``text`` around a ``_SINGLE_BYTE_CUE`` that a single-byte misreading made:
    read back (``_reread``), it makes a word ``known`` vouches for (a contraction, a possessive of a word of three
    letters or more: not the Spanish 'país' as "pa's") where the word as written is none; and each quotation whose
    opening and closing marks both read back as curly quotes ('ÒWe won.Ó')."""
    done = 0  # the end of the last word judged
    for cue in _single_byte_cues(text):
        at = cue.start()
        if any(a <= at < b for a, b in taken):
            continue
        if text[at] in "ÒÔìë" and (at == 0 or not text[at - 1].isalpha()):
            closing = _closing_mark(text, at)
            if closing is not None:
                yield at, at + 1, closing[0]
                yield closing[1], closing[1] + 1, closing[2]
            continue
        word = _word_around(text, at)
        if word is None or word[0] < done or known(text[word[0]:word[1]]):
            continue
        done = word[1]
        for repaired in _reread(text[word[0]:word[1]]):
            plain = repaired.replace("’", "'")
            base, _, suffix = plain.partition("'")
            if known(plain) and ("’" not in repaired or suffix != "s" or len(base) > 2) \
                    or suffix == "s" and len(base) > 2 and known(base):
                yield word[0], word[1], repaired
                break


def _word_around(text: str, at: int) -> tuple[int, int] | None:
    """The span of the word holding the character at ``at`` (letters, one apostrophe and lower-case letters)."""
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    match = _LETTER_RUN.match(text, start)
    return match.span() if match and match.end() > at else None


def _closing_mark(text: str, opening: int) -> tuple[str, int, str] | None:
    """(the opening mark's repair, the closing mark's place, its repair) where the misread opening quotation mark at
    ``opening`` has a misread closing one later in the paragraph, after a letter or a stop and before a space or its
    end (within ``_QUOTATION_REACH``); None otherwise."""
    opens = [char for char in _reread(text[opening]) if char in "“‘"]
    if not opens:
        return None
    wanted = "”" if opens[0] == "“" else "’"
    for at in range(opening + 2, min(len(text), opening + _QUOTATION_REACH)):
        if wanted in _reread(text[at]) and (text[at - 1].isalpha() or text[at - 1] in ".,!?") \
                and (at + 1 == len(text) or text[at + 1].isspace() or text[at + 1] in ".,;:"):
            return opens[0], at, wanted
    return None


_QUOTATION_REACH = 1000  # characters after an opening mark searched for its closing one


def _non_space_run(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` widened to the run of non-space characters around it, the unit ftfy repairs."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


class Mojibake(Rule):
    code = "NL401"
    name = "mojibake"
    severity = Severity.ERROR
    summary = "Text decoded with the wrong encoding (mojibake), e.g. 'â€™' for '’'."
    bad = "Russiaâ€™s foreign minister"
    good = "Russia’s foreign minister"
    explanation = ("Detected with ftfy's badness heuristic, and where that has no sequence for it, by reading the "
                   "word back as UTF-8 from cp1252, Mac Roman or Latin-1 ('√§' for 'ä'), or as one single-byte code "
                   "page from another where that makes a word ('mayorÕs', 'donít', 'cafÈ') or a pair of curly quotes "
                   "('ÒWe won.Ó'); the fix is that repair.")
    # (the set's pass answers both cues on the article's text: no pass of Python's re over the whole text, 31d)
    trigger = Trigger(pattern=Cues(f"{_MOJIBAKE_CUES.pattern}|{_SINGLE_BYTE_CUES.pattern}"),
                      answers=(_MOJIBAKE_CUES, _SINGLE_BYTE_CUES))

    def check(self, article: Article) -> Iterable[Finding]:
        if article.text.isascii():
            return
        if not _MOJIBAKE_CUES.found(article.text):  # (MOJIBAKE_CUE.search's answer)
            if _SINGLE_BYTE_CUES.found(article.text):  # (_SINGLE_BYTE_CUE.search's answer; ftfy not even imported)
                for paragraph in article.paragraphs:
                    for start, end, repaired in _single_byte_misreadings(paragraph.text, [], self.context.knows):
                        yield self._finding(paragraph.start + start, paragraph.text[start:end], repaired)
            return
        badness = badness_regex()
        for paragraph in article.paragraphs:
            text = paragraph.text
            if text.isascii():
                continue
            taken: list[tuple[int, int]] = []
            cues = list(MOJIBAKE_CUE.finditer(text))  # (one scan for both searches near them)
            for match in _badness_matches(badness, text, cues):
                if taken and match.start() < taken[-1][1] or "\ufffd" in match.group():
                    continue  # replacement characters are NL405's
                # (ftfy's sequence may start with the space before it, ' Â£': the word before is no part of it)
                first = match.start() + (len(match.group()) - len(match.group().lstrip()))
                start, end = _non_space_run(text, first, match.end())
                taken.append((start, end))
                bad = text[start:end]
                yield self._finding(paragraph.start + start, bad, _fix_encoding(bad))
            # what ftfy's list of sequences misses but the decoding shows: '√§' (ä read as Mac Roman)
            for start, end, repaired in _mojibake_runs(text, cues, taken):
                taken.append((start, end))
                yield self._finding(paragraph.start + start, text[start:end], repaired)
            for start, end, repaired in _single_byte_misreadings(text, taken, self.context.knows):
                yield self._finding(paragraph.start + start, text[start:end], repaired)

    def _finding(self, start: int, bad: str, repaired: str) -> Finding:
        end = start + len(bad)
        fix = Fix.replace(start, end, repaired, description=f"replace with {quote(repaired)}") \
            if repaired != bad else None
        return self.finding(start, end, f"mojibake {quote(bad)}", fix)


# an entity, possibly double-escaped: &amp; &#8217; &nbsp; &amp;#8217;
_ENTITY = regexcache.compile(r"&(?:amp;)*(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " "})


def _unescape(text: str) -> str:
    """Unescape until stable (double-escaped entities too); no-break spaces become spaces."""
    while True:
        done = html.unescape(text)
        if done == text:
            return done.translate(_SPACES)
        text = done


class HtmlEntity(Rule):
    code = "NL402"
    name = "html-entity"
    severity = Severity.WARNING
    summary = "An HTML entity left in the text (&amp;, &#8217;, &nbsp;)."
    bad = "Procter &amp; Gamble"
    good = "Procter & Gamble"
    trigger = Trigger("&")

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            if "&" not in paragraph.text:
                continue
            for match in _ENTITY.finditer(paragraph.text):
                raw = match.group()
                plain = _unescape(raw)
                if plain == raw:
                    continue  # not a known entity
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                yield self.finding(start, end, f"HTML entity {quote(raw)} in the text",
                                   Fix.replace(start, end, plain, description=f"replace with {quote(plain)}"))


_TAG_NAMES = ("a|abbr|article|aside|b|blockquote|body|br|caption|center|cite|code|dd|div|dl|dt|em|figcaption|figure"
              "|font|footer|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|meta|nav|noscript|ol|p|picture"
              "|pre|q|s|script|section|small|source|span|strong|style|sub|sup|table|tbody|td|th|thead|time|tr|u|ul|video")
# attributes have an equals sign: '<Strong Point Inc>', '<B and R International Inc.>' are wire copy's company names
_TAG = regexcache.compile(r"<!--.{0,500}?-->|</?(?:" + _TAG_NAMES + r")(?:\s[^<>\n=]{0,300}=[^<>\n]{0,300})?\s?/?>",
                          re.IGNORECASE)
_BLOCK_TAG = regexcache.compile(r"</?(?:br|p|div|li|h[1-6]|tr|td|hr|blockquote|figure|figcaption|section|article)\b",
                        re.IGNORECASE)


_CLOSING_TAG = regexcache.compile(r"</([A-Za-z][A-Za-z0-9]*)")


def _closed_tags(article: Article) -> frozenset[str]:
    """The names (lower case) of the tags the article closes somewhere."""
    return frozenset(name.lower() for name in _CLOSING_TAG.findall(article.text))


def _is_stock_symbol(match: re.Match, text: str, article: Article) -> bool:
    """Wire copy's stock symbol after a company name ('Bancorp <I>', 'Unilever <UL>'), not markup: a bare
    upper-case inline tag after a word and a space, never closed anywhere in the article."""
    tag, at = match.group(), match.start()
    name = tag[1:-1]
    return name.isalpha() and name.isupper() and not _BLOCK_TAG.match(tag) and at >= 2 and text[at - 1] == " " \
        and (text[at - 2].isalnum() or text[at - 2] == ".") \
        and name.lower() not in article.shared("encoding.closed-tags", _closed_tags)


class HtmlTag(Rule):
    code = "NL403"
    name = "html-tag"
    severity = Severity.WARNING
    summary = "An HTML tag or comment left in the text (<p>, <br/>, <a href=…>)."
    bad = "Blinken met Lavrov.<br/>The talks lasted 30 minutes."
    good = "Blinken met Lavrov. The talks lasted 30 minutes."
    trigger = Trigger("<")

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            text = paragraph.text
            if "<" not in text:
                continue
            for match in _TAG.finditer(text):
                if _is_stock_symbol(match, text, article):
                    continue
                before = text[match.start() - 1] if match.start() else " "
                after = text[match.end()] if match.end() < len(text) else " "
                # a block tag between two words stood for a break: keep them apart
                glue = " " if _BLOCK_TAG.match(match.group()) and not before.isspace() and not after.isspace() else ""
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                yield self.finding(start, end, f"HTML markup {quote(match.group(), 40)} in the text",
                                   Fix.replace(start, end, glue, description="remove the markup"))


# C0 controls except tab and line feed, DEL, C1 controls; zero-width and BOM; soft hyphen
_INVISIBLE = regexcache.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\u2028\u2029\ufeff]+")
_INVISIBLE_CUES = Cues(r"[\x00-\x08\x0b-\x1f\x{7f}-\x{9f}\x{ad}\x{200b}-\x{200d}\x{2060}\x{2028}\x{2029}\x{feff}]")
_NAMES = {"\u00ad": "soft hyphen", "\u200b": "zero-width space", "\u200c": "zero-width non-joiner",
          "\u200d": "zero-width joiner", "\u2060": "word joiner", "\ufeff": "byte order mark",
          "\u2028": "line separator", "\u2029": "paragraph separator"}
_JOINERS = "\u200c\u200d"
_SOFT_HYPHENS_APART = 3  # soft hyphens of a paragraph reported one by one; more are one finding (a page that
# hyphenates every word for the browser: hundreds a story)


def _char_name(char: str) -> str:
    return _NAMES.get(char) or f"control character U+{ord(char):04X}"


def _latin_or_edge(char: str) -> bool:
    return not char or char.isspace() or char.isascii() or "\u00c0" <= char <= "\u024f"


class InvisibleCharacter(Rule):
    code = "NL404"
    name = "invisible-character"
    severity = Severity.WARNING
    summary = "A control, zero-width or byte-order-mark character inside the text."
    bad = "Blinken\u200b met Lavrov"
    good = "Blinken met Lavrov"
    explanation = ("Zero-width joiners and non-joiners are left alone next to non-Latin letters and emoji, "
                   "where they are meaningful. A paragraph with more than three soft hyphens (a page hyphenated "
                   "for the browser) gets one finding, whose fix removes them all.")
    trigger = Trigger(pattern=_INVISIBLE_CUES)  # a character of _INVISIBLE (none in nearly every article)

    def check(self, article: Article) -> Iterable[Finding]:
        text = article.text
        for paragraph in article.paragraphs:
            if paragraph.text.isprintable():
                continue
            matches = list(_INVISIBLE.finditer(paragraph.text))
            hyphens = [match for match in matches if match.group().strip("\u00ad") == ""]
            if len(hyphens) > _SOFT_HYPHENS_APART:
                yield self._soft_hyphens(paragraph, hyphens)
                matches = [match for match in matches if match.group().strip("\u00ad") != ""]
            for match in matches:
                chars = match.group()
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                before, after = text[start - 1] if start else "", text[end] if end < len(text) else ""
                if set(chars) <= set(_JOINERS) and not (_latin_or_edge(before) and _latin_or_edge(after)):
                    continue
                # a control character between two words (vertical tab, form feed) stood for a space, and so
                # did a zero-width space between two words (a lower-case letter, then a capital: BlinkenKremlin)
                spacing = any(c < " " or "\x7f" <= c <= "\x9f" or c in "\u2028\u2029" for c in chars) or \
                    "\u200b" in chars and before.islower() and after.isupper()
                glue = " " if spacing and before and after and not before.isspace() and not after.isspace() else ""
                names = ", ".join(dict.fromkeys(_char_name(c) for c in chars))
                shown = _INVISIBLE.sub("", _context(paragraph.text, match.start(), match.end()))
                yield self.finding(start, end, f"invisible {names} in {quote(shown)}",
                                   Fix.replace(start, end, glue, description="replace it with a space" if glue
                                               else "remove it"))

    def _soft_hyphens(self, paragraph: Paragraph, hyphens: list[re.Match]) -> Finding:
        """One finding for a paragraph's many soft hyphens, at the first, its fix removing them all."""
        first = hyphens[0]
        shown = _INVISIBLE.sub("", _context(paragraph.text, first.start(), first.end()))
        edits = tuple(Edit(paragraph.start + m.start(), paragraph.start + m.end(), "") for m in hyphens)
        return self.finding(paragraph.start + first.start(), paragraph.start + first.end(),
                            f"{len(hyphens)} invisible soft hyphens in this paragraph, the first in {quote(shown)}",
                            Fix(edits, description="remove them"))


class ReplacementCharacter(Rule):
    code = "NL405"
    name = "replacement-character"
    severity = Severity.ERROR
    summary = "The Unicode replacement character (U+FFFD): text lost in decoding."
    bad = "Caf\ufffd au lait"
    good = "Café au lait"
    explanation = "The original character is gone; there is no mechanical fix. Re-ingest from the source."
    trigger = Trigger("\ufffd")

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            offset = paragraph.text.find("\ufffd")
            while offset != -1:
                end = offset
                while end < len(paragraph.text) and paragraph.text[end] == "\ufffd":
                    end += 1
                start = paragraph.start + offset
                yield self.finding(start, paragraph.start + end, "replacement character (text lost in decoding) in "
                                   f"{quote(_context(paragraph.text, offset, end))}")
                offset = paragraph.text.find("\ufffd", end)


# "sanc- tions", "sanc-\ntions": a word broken at a line end and never rejoined
_BROKEN_CUE = regexcache.compile(r"-(?<=[^\W\d_]{2}-)[ \t\n]")  # two letters, a hyphen, a space or break: "sanc- "
_BROKEN_CUES = Cues(r"[^\x00-\x40\x5b-\x60\x7b-\x7f]{2}-[ \t\n]")  # the same for RE2 (any non-ASCII a letter)
_BROKEN = regexcache.compile(r"\b([^\W\d_]{2,})-[ \t]*\n?[ \t]*([^\W\d_A-Z]{2,})\b(?!-)")
_SUSPENDED = frozenset("and or nor to than but versus vs".split())


class BrokenHyphenation(Rule):
    code = "NL406"
    name = "broken-hyphenation"
    severity = Severity.WARNING
    summary = "A word split by line-break hyphenation ('sanc- tions'); suspended hyphens are left alone."
    bad = "severe economic sanc- tions"
    good = "pro- and anti-war protesters; two- or three-day talks"
    trigger = Trigger(pattern=_BROKEN_CUES)

    def check(self, article: Article) -> Iterable[Finding]:
        for paragraph in article.paragraphs:
            text = paragraph.text
            if not _BROKEN_CUE.search(text):
                continue  # the common case
            for cue in _BROKEN_CUE.finditer(text):  # tried at each cue only, not a second scan of a long line
                match = _BROKEN.match(text, _letters_start(text, cue.start()))
                if match is None:
                    continue
                head, tail = match.group(1), match.group(2)
                if match.group() == f"{head}-{tail}" or tail.lower() in _SUSPENDED:
                    continue  # an ordinary hyphenated word, or "pro- and anti-war"
                joined = head + tail
                if not lexicon.is_known(joined):
                    continue
                # certain only when the halves are not words themselves ("sanc", "tions")
                safe = not lexicon.is_known(head) and not lexicon.is_known(tail)
                start, end = paragraph.start + match.start(), paragraph.start + match.end()
                yield self.finding(start, end, f"word broken by hyphenation {quote(match.group())}",
                                   Fix.replace(start, end, joined, safe=safe, description=f"join as {quote(joined)}"))


def _letters_start(text: str, end: int) -> int:
    """Where the run of letters that ends at ``end`` starts.

    A match of ``_BROKEN`` that a finding reports holds a cue's hyphen and starts at the letters before it, and
    matches never overlap: so trying it there finds what ``_BROKEN.finditer`` would."""
    start = end
    while start and _LETTER.match(text, start - 1):
        start -= 1
    return start


_LETTER = regexcache.compile(r"[^\W\d_]")  # a letter as _BROKEN's head sees it


RULES = (Mojibake, HtmlEntity, HtmlTag, InvisibleCharacter, ReplacementCharacter, BrokenHyphenation)
