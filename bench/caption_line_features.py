"""Features of a caption line for a small logistic model (an experiment of bench/train_caption_lines.py, not shipped).

A photo caption an extractor kept among the story's paragraphs may have a shape that carries from site
to site: one line of a few words to a few dozen, often without a final stop, opening on a name or a
noun phrase, describing the picture in the present tense ('… speaks during …', 'Protesters marching
…'), ending in a place and a date or a credit, with no quotation, pronoun or auxiliary verb of prose,
set between the story's paragraphs or beside a credit line. :func:`features` turns a paragraph into
such signals; ``train_caption_lines.py`` fits weights on the dev half of the hand labels and judges
them against NL312's hand rules by cross-validation grouped by site.
"""

from __future__ import annotations

from typing import Sequence

from newslint import regexcache
from newslint.furniture import WEB_STRICT
from newslint.rules.lines._shared import _CAPTION_STOPWORDS

MAX_WORDS = 60  # a longer paragraph is the story's: never scored
MAX_CHARACTERS = 400

FEATURES = ("bias", "few_words", "short", "medium", "stop_end", "open_end", "bracket_end", "quoted", "clause_words",
            "reported", "sentences", "name_start", "present_verb", "ing_verb", "picture_word", "date_tail",
            "credit_tail", "credit_near", "prose_above", "prose_below", "top", "title_case", "label_start",
            "heading_above", "web_words", "caption_shape", "between_prose", "repeated")

_CLAUSE = frozenset("""i he she it we they you me him us them my our your his her their its who which that this these
those is are was were has have had will would can could may might must should shall did does do been being""".split())
_REPORTED = frozenset("said says told according added asked explained noted".split())
_QUOTES = frozenset("\"“”")
_STOPS = frozenset(".!?")
_FUNCTION = frozenset("the a an of to in on at for by with and or but from as".split())
_PICTURE = frozenset("""pictured picture photo photos photograph image images left right centre center file seen
shown""".split())
# words ending in 's' that are no verb of the present tense ('… speaks during …' is)
_NOT_PRESENT = frozenset("""is was has does says its this his hers yours ours theirs as us yes news always towards plus
less across besides perhaps series species whereas thus bus gas lens""".split())
# words ending in '-ing' that are no verb ('during', 'including') or nouns more often than verbs
_NOT_ING = frozenset("""during including according following regarding something nothing anything everything morning
evening thing things king spring building ceiling wedding meeting bring string ring sing""".split())
_BE = frozenset("is are was were be been being am".split())
_WORD = regexcache.compile(r"[^\W_][\w'’.-]*")
_SENTENCE_BREAK = regexcache.compile(r"[.!?][\"”’]?\s+[A-Z]")
_DATE_TAIL = regexcache.compile(r"\b(?:(?:19|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                                r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\b")
# a credit set apart at a line's end (after a stop, a bar or a dash, or in brackets; the line itself): a picture label,
# an agency, a slash after a name ('. Photo: Jane Doe', '(Jane Doe/AFP)', '| Courtesy Valley Museum'); no comma after it
# (a list's '(Show Title/ Other Title, Channel)')
_CREDIT_TAIL = regexcache.compile(r"(?:^|[.!?][\"”’']?\s+|\s[|–—-]\s|[(\[])(?:(?:Photo|PHOTO|Image|IMAGE|Picture|Pic"
                                  r"|Credit|CREDIT|Courtesy|Getty|AFP|AP|Reuters|REUTERS|EPA|Shutterstock|Handout"
                                  r"|Supplied|File|FILE)\b|©|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} ?/ ?[A-Z])[^,.!?()\[\]]*"
                                  r"[)\]]?\s*$")
_RIGHTS = regexcache.compile(r"(?i:rights|copyright)")  # the site's own notice, '© 2022 Example Media', no credit
_LABEL = regexcache.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: ")
_TAIL = 60  # characters: where a date or a credit closes a caption
_PROSE_WORDS = 15


def candidate(text: str) -> bool:
    """Whether the paragraph has a caption's outer shape: one line of at most 400 characters, opening on a capital."""
    return len(text) <= MAX_CHARACTERS and "\n" not in text and text[:1].isupper()


def features(texts: Sequence[str], index: int, credits: Sequence[bool]) -> list[float]:
    """The feature vector of paragraph ``index`` among ``texts`` (see FEATURES), or [] when it has no caption's
    shape (see :func:`candidate`), more than sixty words, no sign of a picture or a place in a list (see _EVIDENCE).
    ``credits`` tells which paragraphs are credit lines."""
    text = texts[index].strip()
    if not candidate(text):
        return []
    words = _WORD.findall(text)
    if not 2 <= len(words) <= MAX_WORDS:
        return []
    lower = [w.lower().rstrip(".’'") for w in words]
    capitals = sum(w[0].isupper() for w in words)
    last = text[-1]
    above = texts[index - 1] if index else ""
    below = texts[index + 1] if index + 1 < len(texts) else ""
    vector = [
        1.0,
        float(len(words) <= 4),
        float(5 <= len(words) <= 15),
        float(16 <= len(words) <= 30),
        float(last in _STOPS),
        float(last.isalnum()),
        float(last in ")]"),
        float(not _QUOTES.isdisjoint(text)),
        float(not _CLAUSE.isdisjoint(lower)),
        float(not _REPORTED.isdisjoint(lower)),
        float(_SENTENCE_BREAK.search(text) is not None),
        float(words[0][0].isupper() and len(words) > 1 and words[1][0].isupper() and lower[0] not in _FUNCTION),
        float(_present_verb(words, lower)),
        float(_ing_verb(lower)),
        float(not _PICTURE.isdisjoint(lower)),
        float(_DATE_TAIL.search(text, max(0, len(text) - _TAIL)) is not None),
        float(_CREDIT_TAIL.search(text, max(0, len(text) - _TAIL)) is not None and _RIGHTS.search(text) is None),
        float(index > 0 and credits[index - 1] or index + 1 < len(credits) and credits[index + 1]),
        float(_prose(above)),
        float(_prose(below)),
        float(index <= 1),
        float(capitals * 10 >= len(words) * 7),
        float(_LABEL.match(text) is not None),
        float(0 < len(above.split()) <= 8 and above.rstrip()[-1:] not in _STOPS),
        float(not WEB_STRICT.isdisjoint(lower)),
        float(last.isalnum() and len(words) >= 8 and capitals * 10 < len(words) * 6 and _CLAUSE.isdisjoint(lower)
              and _REPORTED.isdisjoint(lower) and lower[-1] not in _CAPTION_STOPWORDS),
        float(_prose(above) and _prose(below)),
        float(texts.count(texts[index]) > 1),
    ]
    return vector if any(vector[k] for k in _EVIDENCE) and not (_listed(above) and _listed(below)) else []


# the signs of a picture: a line without one is a heading, a list's item or the story's, never scored; nor is a line
# between two short lines (a list of names, a menu)
_EVIDENCE = [FEATURES.index(name) for name in ("credit_tail", "credit_near", "picture_word", "present_verb", "ing_verb",
                                              "label_start", "caption_shape")]


def _present_verb(words: list[str], lower: list[str]) -> bool:
    """A verb of the present tense after a capitalised word among the first ten: '… Tsai speaks during …'."""
    return any(words[k - 1][0].isupper() and words[k].islower() and lower[k].endswith("s") and len(lower[k]) > 3
               and not lower[k].endswith(("ss", "us", "is", "'s", "’s")) and lower[k] not in _NOT_PRESENT
               for k in range(1, min(10, len(words))))


def _ing_verb(lower: list[str]) -> bool:
    """A verb in '-ing' among the first ten words without a form of 'be' before it: 'Protesters marching …'."""
    return any(w.endswith("ing") and len(w) > 5 and w not in _NOT_ING and lower[k - 1] not in _BE
               for k, w in enumerate(lower[:10]) if k)


def _listed(text: str) -> bool:
    """A line of a list: one to fifteen words, not prose."""
    return 0 < len(text.split()) <= _PROSE_WORDS and "\n" not in text


def _prose(text: str) -> bool:
    """A paragraph of the story's prose: more than fifteen words, ending like a sentence."""
    return len(text.split()) > _PROSE_WORDS and text.rstrip()[-1:] in ".!?\"”’)"
