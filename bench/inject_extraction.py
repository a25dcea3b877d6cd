"""Benchmark injectors for the extraction-debris (NL1xx) and repetition (NL5xx) rules.

Each injector takes a clean article's file text and a seeded RNG, injects one realistic defect
and returns (new_text, start, end), the span where the rule should report it, or None.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Callable

import yaml

from newslint import lexicon, textutil

Injection = tuple[str, int, int] | None
_PARAGRAPH = re.compile(r"[^\n]+")
_FUNCTION = ("the", "of", "to", "and", "in", "for", "with", "their", "will", "on", "that", "a", "its", "from")
_NAME_PREFIXES = {"de", "di", "da", "du", "la", "le", "van", "von", "mc", "mac", "al", "el", "o", "st"}


def _paragraphs(text: str) -> list[re.Match]:
    """Body paragraphs (every line after the title)."""
    return [m for m in _PARAGRAPH.finditer(text) if m.start() > 0]


def _pick(rng: random.Random, options: list):
    return rng.choice(options) if options else None


def _splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def lost_drop_cap(text: str, rng: random.Random) -> Injection:
    paragraphs = _paragraphs(text)
    options = [p for i, p in enumerate(paragraphs)
               if re.match(r"[\"“]?[A-Z][a-z]", p.group())
               and (i == 0 or paragraphs[i - 1].group().rstrip().endswith((".", "!", "?", "\"", "”", ":")))]
    p = _pick(rng, options)
    if p is None:
        return None
    at = p.start() + (1 if p.group()[0] in "\"“" else 0)
    word = re.match(r"[^\W\d_]+", text[at:]).group()
    return _splice(text, at, at + 1, ""), at, at + len(word) - 1


def glued_words(text: str, rng: random.Random) -> Injection:
    # a lower-case word glued to a name (spokespersonDmitry) or an acronym to a title (USSecretary)
    options = [m for m in re.finditer(r"(?<![\w'’.-])([a-z]{2,}|US|UK|EU|UN) ([A-Z][a-z]{2,})(?![\w'’-])", text)
               if m.start() > text.index("\n") and m.group(1) not in _NAME_PREFIXES
               and m.group(1).isupper() == (m.group(1) in ("US", "UK", "EU", "UN"))
               and (m.group(1).islower() or lexicon.frequency(m.group(2)) >= 1000)]
    m = _pick(rng, options)
    if m is None:
        return None
    new = _splice(text, m.end(1), m.start(2), "")
    return new, m.start(), m.end() - 1


def glued_sentence(text: str, rng: random.Random) -> Injection:
    body = text.index("\n")
    options = [m for m in re.finditer(r"(?<![\w.])([^\W\d_]{2,})([.!?]) ([A-Z][a-z]+)\b", text)
               if m.start() > body and not textutil.is_abbreviation_before(text, m.start(2))
               and lexicon.is_known(m.group(1)) and lexicon.is_known(m.group(3))]
    m = _pick(rng, options)
    if m is None:
        return None
    return _splice(text, m.end(2), m.start(3), ""), m.start(), m.end() - 1


def run_together(text: str, rng: random.Random) -> Injection:
    body = text.index("\n")
    options = [m for m in re.finditer(r"(?<![\w'’.-])([a-z]{2,}) ([a-z]{3,})(?![\w'’-])", text)
               if m.start() > body and (m.group(1) in _FUNCTION or m.group(2) in _FUNCTION)
               and len(m.group(1)) + len(m.group(2)) >= 7 and not lexicon.is_known(m.group(1) + m.group(2))]
    m = _pick(rng, options)
    if m is None:
        return None
    return _splice(text, m.end(1), m.start(2), ""), m.start(), m.end() - 1


def stray_sentence_break(text: str, rng: random.Random) -> Injection:
    body = text.index("\n")
    options = [m for m in re.finditer(r"(?<![\w'’.-])([a-z]{3,})(,?) ([a-z]{2,})\b", text) if m.start() > body]
    m = _pick(rng, options)
    if m is None:
        return None
    new = _splice(text, m.end(1), m.start(3) - 1, ".")
    return new, m.end(1), m.end(1) + 1 + 1 + len(m.group(3))


def glued_subheading(text: str, rng: random.Random) -> Injection:
    title = re.findall(r"[A-Za-z]+", text[:text.index("\n")])
    body = text.index("\n")
    options = [m for m in re.finditer(r"(?<=[a-z])[.!?] (?=[A-Z])", text) if m.start() > body]
    m = _pick(rng, options)
    if m is None or len(title) < 2:
        return None
    size = rng.randint(2, min(4, len(title)))
    first = rng.randrange(0, len(title) - size + 1)
    words = title[first:first + size]
    phrase = " ".join([words[0].capitalize()] + [w.lower() if rng.random() < 0.6 else w for w in words[1:]])
    opening, closing = rng.choice([("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”")])
    heading = f"{opening}{phrase}{closing}"
    at = m.end()
    return _splice(text, at, at, heading + " "), at, at + len(heading)


def missing_possessive(text: str, rng: random.Random) -> Injection:
    body = text.index("\n")
    options = [m for m in re.finditer(r"(?<![\w'’.-])([A-Z][a-z]{2,})['’]s ([^\W\d_]+)", text)
               if m.start() > body and len(re.findall(rf"\b{m.group(1)}\b", text)) >= 2]
    m = _pick(rng, options)
    if m is None:
        return None
    apostrophe = m.end(1)
    return _splice(text, apostrophe, apostrophe + 1, ""), m.start(), m.end(1) + 1


def split_paragraph(text: str, rng: random.Random) -> Injection:
    body = text.index("\n")
    options = [m for m in re.finditer(r"(?<=[a-z,]) ([a-z]{2,})\b", text)
               if m.start() > body and lexicon.is_known(m.group(1))]
    m = _pick(rng, options)
    if m is None:
        return None
    new = _splice(text, m.start(), m.start() + 1, "\n\n")
    return new, m.start() + 2, m.start() + 2 + len(m.group(1))


_NOTES_APART = 200  # characters between two injected footnote markers


def footnote_markers(text: str, rng: random.Random) -> Injection:
    """Two or three footnote markers (1, 2, 3) left as digits at sentence ends, sentences apart, as an extractor
    leaves a page's note links: glued to the stop ('Line.2 Warren'), to the last word ('points1.') or spaced as
    boilerpy3 spaces link text ('Shor . 3 And'); the span runs from the first marker to the last (each is a finding)."""
    body = text.index("\n")
    chosen, last = [], -_NOTES_APART
    for m in re.finditer(r"(?<=[a-z]{3})\. (?=[A-Z][a-z])", text):
        if m.start() > body and m.start() - last >= _NOTES_APART and rng.random() < 0.5:
            chosen.append(m)
            last = m.start()
    if len(chosen) < 2:
        return None
    parts, previous, digits = [], 0, []
    for number, m in enumerate(chosen[:3], 1):
        marker = rng.choice((f".{number} ", f"{number}. ", f" . {number} "))
        parts.append(text[previous:m.start()])
        digits.append(sum(map(len, parts)) + marker.index(str(number)))
        parts.append(marker)
        previous = m.end()
    parts.append(text[previous:])
    return "".join(parts), digits[0], digits[-1] + 1


_BOX_LABELS = ("Age", "Born", "Party", "Venue", "Kick-off", "Price", "Founded", "Population", "Capacity", "Height",
               "Occupation", "Lives", "Weight", "Record", "Caps")


def flattened_box(text: str, rng: random.Random) -> Injection:
    """A fact box of three to five 'Label: value' lines run into a paragraph after one of its sentences, its line
    breaks lost ('… on Friday. Born: 1971 Lives: Leeds Caps: 23 The club …'): values are figures and capitalised words
    of the article; the span is the box."""
    stops = [m for m in re.finditer(r"(?<=[a-z]{3})\. (?=[A-Z][a-z])", text) if m.start() > text.index("\n")]
    names = sorted(set(re.findall(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b", text)))
    if not stops or not names:
        return None
    stop = rng.choice(stops)
    fields = [f"{label}: {rng.choice((str(rng.randint(2, 1999)), rng.choice(names)))}"
              for label in rng.sample(_BOX_LABELS, rng.randint(3, 5))]
    box = " ".join(fields)
    return _splice(text, stop.start() + 2, stop.start() + 2, box + " "), stop.start() + 2, stop.start() + 2 + len(box)


_MAY_DOUBLE = {"had", "that", "is", "was", "this", "do", "so", "very", "on", "in", "up", "out", "off", "down", "over"}


def doubled_word(text: str, rng: random.Random) -> Injection:
    body = text.index("\n")
    kind = rng.random()
    if kind < 0.15:  # a doubled phrase: "of the of the"
        options = [m for m in re.finditer(r"(?<![\w'’-])(of|in|to|for|on|at|with|from) (the|a|an|its|their)\b", text)
                   if m.start() > body]
    elif kind < 0.7:
        options = [m for m in re.finditer(r"(?<![\w'’-])(the|a|an|of|to|and|for|with|from|by|their|its)\b", text)
                   if m.start() > body]
    else:
        options = [m for m in re.finditer(r"(?<![\w'’-])([a-z]{3,})(?![\w'’-])", text)
                   if m.start() > body and m.group() not in _MAY_DOUBLE]
    m = _pick(rng, options)
    if m is None:
        return None
    repeat = " " + m.group()
    return _splice(text, m.end(), m.end(), repeat), m.start(), m.end() + len(repeat)


def echoed_name(text: str, rng: random.Random) -> Injection:
    """Gloss a 'Demonym Noun' phrase with the bare place name the article uses: Crimean Peninsula Crimea."""
    body = text.index("\n")
    options = []
    for m in re.finditer(r"\b([A-Z][a-z]{3,}(?:an|ian))( [A-Z][a-z]+)\b(?! [A-Z])", text):
        adjective = m.group(1)
        for stem in (adjective[:-1], adjective[:-3] + "e", adjective[:-3] + "a"):
            if m.start() > body and re.search(rf"\b{stem}\b", text):
                options.append((m, stem))
                break
    chosen = _pick(rng, options)
    if chosen is None:
        return None
    m, stem = chosen
    return _splice(text, m.end(), m.end(), " " + stem), m.start(), m.end() + 1 + len(stem)


def _variant_groups(code: str) -> list[list[str]]:
    pack = yaml.safe_load((Path(__file__).parents[1] / "rules" / "consistency.yaml").read_text(encoding="utf-8"))
    return next(rule["pairs"] for rule in pack["rules"] if rule["code"] == code)


def _consistency(code: str) -> Callable[[str, random.Random], Injection]:
    def inject(text: str, rng: random.Random) -> Injection:
        body = text.index("\n")
        options = []
        for group in _variant_groups(code):
            for form in group:
                hits = [m for m in re.finditer(rf"\b{re.escape(form)}\b", text) if m.start() > body]
                if len(hits) >= 2:  # change a later use: it becomes the minority form
                    options.extend((hit, [f for f in group if f != form]) for hit in hits[1:])
        chosen = _pick(rng, options)
        if chosen is None:
            return None
        hit, others = chosen
        other = rng.choice(others)
        return _splice(text, hit.start(), hit.end(), other), hit.start(), hit.start() + len(other)
    return inject


INJECTORS: dict[str, Callable[[str, random.Random], Injection]] = {
    "NL101": lost_drop_cap,
    "NL102": glued_words,
    "NL103": glued_sentence,
    "NL104": run_together,
    "NL105": stray_sentence_break,
    "NL106": glued_subheading,
    "NL107": missing_possessive,
    "NL108": split_paragraph,
    "NL109": footnote_markers,
    "NL110": flattened_box,
    "NL501": doubled_word,
    "NL502": echoed_name,
    "NL520": _consistency("NL520"),
    "NL521": _consistency("NL521"),
}
