"""NL317: a caption, heading or label run into the next sentence without its full stop."""

from __future__ import annotations

import re
from itertools import chain
from typing import AbstractSet, Iterable, Iterator

from newslint import captions, native, ngrams, regexcache
from newslint.cuewindows import SpansByRe2
from newslint.model import Article
from newslint.rule import Cues, CueSet, Finding, Rule, Severity, quote
from newslint.lineshapes import AGENCY
from newslint.rules.boilerplate._shared import _MONTHS


# openers that also go inside a sentence in edited copy that lost a stop ('…the European Union In his speech…',
# '…left early At the end…') or inside a title ('the film It follows'): taken for a seam only in a flattened page,
# where what runs in is a caption or a headline ('…on scaffolding At around 3pm…', '…the old town hall A new survey…');
# 'A' only before a word that can follow an article (a letter's name is followed by 'and', 'to', 'is': 'box A and',
# 'from A to B', 'plan A is'); not 'As', which opens many a line of verse printed as one paragraph
_FLAT_ONLY = frozenset("And In A It It's It’s If At Despite Some With Many Also That Another Last Every More "
                       "Following".split())
_ANYWHERE_STARTERS = ("The|He|She|They|We|His|Her|Their|But|This|These|Those|There|When|While|According|However|"
                      "Meanwhile|After|Before|During|Earlier|Later|Speaking")
_STARTERS = _ANYWHERE_STARTERS + "|" + "|".join(sorted(_FLAT_ONLY))
_YEAR_OPENERS = "In|By|Since|Until"  # before a year that opens a sentence
_QUOTED_WORDS = ("He", "She", "It", "It’s", "It's", "We", "We’re", "We're", "They", "You", "There", "This", "That",
                 "What", "Our", "My", "The")
# a quotation opened with 'I' is a seam only in a flattened page, after a name or a place where no verb of saying leads
# into it ('…cost of living in Leeds 'I didn't…'): after a lower-case word it is as often speech led by a verb
# ('telling reporters 'I…'), and a story of short paragraphs quotes its 'I' everywhere
_QUOTED_I = ("I", "I’m", "I'm")


def _quoted_openers(words: tuple[str, ...]) -> str:
    """A quotation mark, then one of ``words`` opening the quotation and a lower-case word after it."""
    return r"['‘](?:" + "|".join(words) + r") [a-z]"


_QUOTED_OPENERS = _quoted_openers(_QUOTED_WORDS + _QUOTED_I)
# a linking adverb with its comma, which opens a sentence and never goes inside one with a capital: '…defeat in
# London However, after…', '…a range of living standards Overall, the UK…' (also after a name: no title has one)
_LINKING_WORDS = ("However", "Meanwhile", "Elsewhere", "Moreover", "Furthermore", "Nevertheless", "Nonetheless",
                  "Instead", "Overall", "Additionally", "Consequently", "Separately", "Similarly", "Indeed", "Earlier",
                  "Previously", "Afterwards", "Eventually", "Ultimately", "Initially", "Originally", "Of course",
                  "In addition", "As a result", "In fact")
_LINKING_ADVERBS = "(?:" + "|".join(_LINKING_WORDS) + "),"
# a sentence-only word after a lower-case word with no stop between, then a lower-case word: '…on Tuesday The Italian'
# (or a year that opens a sentence: '…80 years ago In 1994, the ambassador…')
_RUN_IN = regexcache.deferred(r" (?P<next>(?:He|She|They|We|His|Her|Their) [a-z]|(?:" + _STARTERS + r") (?!an? )[a-z]"
                             r"|" + _QUOTED_OPENERS + r"|" + _LINKING_ADVERBS
                             + r" |(?:" + _YEAR_OPENERS + r") (?:" + _MONTHS + r" )?(?:1[89]|20)\d\d, [a-z])")
# a caption label after a sentence or a lower-case word: '…towering over peers Proud mum: Jean with…'
# (not a quotation introduced by 'He argued:', nor a title such as 'Churchill: The Hollywood Years')
_LABEL_RUN_IN = regexcache.compile(r" (?P<next>(?!(?:He|She|It|They|We|I|But|And|So|Then)\b)[A-Z][a-z]+(?:[ -][a-z]+){0,2}):[ \xa0]"
                           r"(?=the |(?!(?:The|A|An) [A-Z])[A-Z][\w'’-]*,? [\w(])")
# a caption label opening a flattened page: 'Haul: The cherry picker collecting drugs from the roof…'
_OPENING_LABEL = regexcache.compile(r"(?!(?:He|She|It|They|We|I|But|And|So|Then)\b)([A-Z][A-Za-z]+(?: [a-z]+){0,2}):[ \xa0]"
                            r"(?!(?:The|A|An) [A-Z])[A-Z]")
_SEAM_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789%)")  # the character before the seam's space
_LABEL_AFTER = _SEAM_AFTER | frozenset(".'’\"”")
_CLOSING_QUOTES = frozenset("'’\"”")


def _after_seam(text: str, at: int) -> bool:
    """Whether a run-in seam may start at ``at`` (its space): after a character of ``_SEAM_AFTER``, or after a
    quotation closed without a stop ('…the figures are 'misleading' This week…')."""
    return at > 0 and (text[at - 1] in _SEAM_AFTER
                       or at > 1 and text[at - 1] in _CLOSING_QUOTES and "a" <= text[at - 2] <= "z")




def _run_in_cues(starters: str, quoted: tuple[str, ...]) -> Cues:
    """What every _RUN_IN seam NL317 keeps after one of ``starters`` or a quotation opened with one of ``quoted``
    holds: the character (or closed quotation) before it and the seam without its look-ahead (RE2's ``\\p{Nd}`` is
    Python's ``\\d``)."""
    return Cues(r"(?:[a-z0-9%)]|[a-z]['’\"”]) (?:(?:He|She|They|We|His|Her|Their) [a-z]|(?:" + starters + r") [a-z]|"
                + _quoted_openers(quoted) + r"|" + _LINKING_ADVERBS
                + r" |(?:" + _YEAR_OPENERS + r") (?:" + _MONTHS + r" )?(?:1[89]|20)\p{Nd}\p{Nd}, [a-z])")


# every seam NL317 keeps in a flattened page (one RE2 search of a paragraph, where most long paragraphs have none),
# and those it keeps in any paragraph (the openers of _FLAT_ONLY aside: most articles of short paragraphs hold them)
_RUN_IN_CUES = _run_in_cues(_STARTERS, _QUOTED_WORDS + _QUOTED_I)
_RUN_IN_ANYWHERE_CUES = _run_in_cues(_ANYWHERE_STARTERS, _QUOTED_WORDS)
# their places in a paragraph, each where a seam NL317 keeps may start (one character on): Python's re tries _RUN_IN
# at every space (no two of its matches overlap, so it finds the same ones tried only there)
_run_in_cue_spans = SpansByRe2(regexcache.deferred(_RUN_IN_CUES.pattern.replace(r"\p{Nd}", r"\d")), _RUN_IN_CUES.pattern)


def _run_in_matches(text: str) -> list[re.Match]:
    """The matches of ``_RUN_IN`` in ``text`` where a seam may start (``_after_seam``: the only ones NL317 keeps),
    in order."""
    return [match for cue_start in _cue_starts(text)
            if (match := _RUN_IN.match(text, cue_start + 1 if text[cue_start + 1] == " " else cue_start + 2))]


def _cue_starts(text: str) -> list[int]:
    """Where each cue of ``_run_in_cue_spans(text)`` starts: from the compiled scan where it answers (block 34a of
    _speedups.c: one pass over the characters, where RE2 read the paragraph's UTF-8, made for it; not for a year's
    digit beyond ASCII, which RE2's Unicode tables judge)."""
    if _compiled_cue_starts is not None and (starts := _compiled_cue_starts(text, _CUE_PHRASES, _MONTH_NAMES)) is not None:
        return starts
    return [start for start, _ in _run_in_cue_spans(text)]


# and every _LABEL_RUN_IN seam it keeps (after a character of _LABEL_AFTER)
_LABEL_RUN_IN_CUES = Cues("[a-z0-9%).'’\"”] [A-Z][a-z]+(?:[ -][a-z]+){0,2}:[ \xa0](?:the |[A-Z])")
# a caption or fact-box label in capitals after a sentence or a lower-case word, in a flattened page: '…tweets.
# BRAGGERS: According to…', '…greatly inflated ONLINE BRAGGING: Morgan boasts…' (not 'told the BBC: "…' nor
# 'series CSI: Miami': a quotation, or a name of three letters)
_CAPS_LABEL = regexcache.compile(r"(?<=[a-z0-9.!?\"”’')] )([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,4}):\s(?=[A-Z])")
_CAPS_LABEL_CUES = Cues(r"[a-z0-9.!?\"”’')] [A-Z][A-Z'’ -]+:\s[A-Z]")
# the present-tense verbs of a news photo's caption, which a story told in the past tense does not use of its people
# ('Jane Doe celebrates after scoring…', 'Fans look on as…', 'The mayor poses for a photo…', 'The striker in action
# against…', 'A replica is displayed at…': the captions of agency and house photographers alike); each with what
# follows it in a caption where the bare verb also opens a sentence ('The virus poses a risk', 'is seen as')
_PICTURE_PHRASES = (*(verb + ending + after for verb, after in (
    ("celebrate", ""), ("look", " on"), ("react", ""), ("gesture", ""), ("applaud", ""), ("warm", " up"),
    *(("pose", " " + word) for word in "for with beside alongside outside during on at in".split()),
    ("arrive", " for"), ("arrive", " at"), ("speak", " during")) for ending in ("", "s")),
    "in action", "is pictured", "is displayed", "are pictured", "are displayed")
_PICTURE_VERB = regexcache.compile(" (?:" + "|".join(_PICTURE_PHRASES) + ")[ ,]")
_picture_verb_spans = SpansByRe2(_PICTURE_VERB)
# the kinds of cue NL317 asks of an article's text, in one pass (most articles hold none); each label form apart, for
# a page of one long paragraph reads its answers there (what the text lacks, that paragraph lacks), not in a pass each
# (and a numbered list's second item, ' 2. ' or ' 2., ', without which no paragraph holds a list: the search of each
# flattened paragraph for it cost more than NL317's other Python tests of a page, 35a)
_LONG_PARAGRAPH_CUES = CueSet(_RUN_IN_ANYWHERE_CUES, _RUN_IN_CUES, _LABEL_RUN_IN_CUES, _CAPS_LABEL_CUES,
                               Cues(_PICTURE_VERB.pattern), Cues(r" 2\.[ ,]"))
_ANYWHERE, _FLAT_ONLY_TOO, _LABEL_RUN_INS, _CAPS_LABELS, _PICTURE_VERBS, _SECOND_ITEM = range(6)
# the same answers from one pass in C over the characters (block 28c of _speedups.c), where the RE2 set read each byte
# of the text at about 17 instructions and built its automaton's states on new text: the cues' words, each
# (literal, what follows it, the bits of the cues it stands for), the labels' shapes in the C itself
_LOWER, _COMMA, _YEAR, _PICTURE = range(4)  # a space and [a-z]; ', '; a year and ', ' [a-z]; a space or a comma
_CUE_PHRASES = (*((word, _LOWER, 0b11) for word in _ANYWHERE_STARTERS.split("|")),
                *((word, _LOWER, 0b10) for word in sorted(_FLAT_ONLY)),
                *((quote + word, _LOWER, 0b11) for quote in "'‘" for word in _QUOTED_WORDS),
                *((quote + word, _LOWER, 0b10) for quote in "'‘" for word in _QUOTED_I),
                *((word, _COMMA, 0b11) for word in _LINKING_WORDS),
                *((word, _YEAR, 0b11) for word in _YEAR_OPENERS.split("|")),
                *((phrase, _PICTURE, 1 << _PICTURE_VERBS) for phrase in _PICTURE_PHRASES),
                ("2.", _PICTURE, 1 << _SECOND_ITEM))  # (_PICTURE: a space or a comma after it)
_MONTH_NAMES = tuple(_MONTHS[len("(?:"):-1].split("|"))
_compiled_cues = native.pick("run_in_cues", None)
_compiled_cue_starts = native.pick("run_in_cue_starts", None)  # _cue_starts in one call
_HELD = tuple(frozenset(k for k in range(6) if bits >> k & 1) for bits in range(64))  # by the scan's bits


def _cues_held(text: str) -> AbstractSet[int]:
    """``_LONG_PARAGRAPH_CUES.held(text)``, from the compiled scan where it answers (not for a year's digit beyond
    ASCII, which RE2's Unicode tables judge)."""
    if _compiled_cues is not None and (bits := _compiled_cues(text, _CUE_PHRASES, _MONTH_NAMES)) is not None:
        return _HELD[bits]
    return _LONG_PARAGRAPH_CUES.held(text)

_LONG_PARAGRAPH = 200  # characters: a shorter paragraph is not asked
_CAPS_LABEL_LETTERS = 4  # fewer capitals are an acronym in a title ('CSI: Miami')
_QUESTION = frozenset("how what why who where when which whose".split())
# what may open a sentence after a capitalised word without a stop (which may end a name: 'Manchester City'): the
# words that never follow a name in a sentence or a title ('…in the Premier League There are…', '…in Leeds
# Another shelter…'); not 'According' ('The World According to…'), 'It' (a title), 'While' or 'But' (a line of verse)
_AFTER_A_NAME = regexcache.compile(r"(?:The|He|She|They|We|His|Her|Their) "
                                   r"|(?:And|In|Despite|Meanwhile|However|Some|Many|Another|Earlier|During|This|These"
                                   r"|Those|There) [a-z]|" + _LINKING_ADVERBS)
_ENUMERATOR = regexcache.compile(r"\(?\d{1,2}[.)]")
_STOP = regexcache.compile(r"[.!?][’'\"”)]*$")
# titles before a name, whose stop ends no sentence ('Mr. Doe: We…', a speaker's turn, is no caption label)
_HONORIFICS = frozenset("mr mrs ms dr prof rev sir cllr ald sen rep gov gen col capt sgt lt insp supt".split())
_SPEECH_LABEL = regexcache.compile(r"\b(?:said|says|told|added|asked|wrote|writes|tweeted|replied|stated|announced|explained|"
                           r"warned|reads?|insisted|continued|concluded|notes?|noted)\b")
_NAME_LIST = regexcache.compile(r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, ){2}[A-Z]")  # three names after a colon: a list
_NOT_BEFORE = frozenset("""and or but nor than as of in on at by for from to with into onto about over under said says
say saying told telling added asked the a an that which who whom whose where when while if because although though
since until unless whether like near per via versus vs v etc called named dubbed titled entitled headlined""".split())
# a particle that may end a clause ('…the striker's effort cruises in There was…'): no preposition takes a subject
# pronoun or 'There' before a lower-case word as its object
_PARTICLES = frozenset("in on over about by".split())
_SUBJECTS = frozenset("He She They We There".split())
# after the word an opener starts: the wire's 'quoted X as saying', where X is a name that looks like an opener ('He')
_QUOTED_AS = ("as saying", "as telling", "as having said")
# (a word that names what follows, "a group called 'We support…'", leads into a title, not a new sentence)
_NOT_AFTER_ARTICLE = _NOT_BEFORE | frozenset("is was are were has had have will would can could".split())


class RunInCaption(Rule):
    code = "NL317"
    name = "run-in-caption"
    severity = Severity.WARNING
    summary = "A caption or heading without a full stop runs into the next sentence ('…on Tuesday The Italian boss…')."
    # a seam inside the page's tail after the story's last sentence: the tail is the defect (not a menu's, NL344: a
    # heading run in there is a defect of its own)
    yields_to = frozenset({"NL318"})
    bad = "Simeone's side host rivals Real Madrid on Tuesday The Italian boss oversees training"
    good = "Simeone's side host rivals Real Madrid on Tuesday. The Italian boss oversees training"
    explanation = ("When a page is flattened into one line, photo captions and headings, which have no full stop, "
                   "run into the next sentence. A word that only starts a sentence (The, He, She, According, "
                   "However…) written with a capital after a lower-case word, with no punctuation between, and "
                   "followed by a lower-case word, marks that seam. Names such as The Hague or This Morning are "
                   "followed by a capital and stay silent. In a flattened page (a paragraph of 1,000+ characters) a "
                   "small logistic model (newslint/captions.py) also scores every lower-case-to-capital seam inside "
                   "a long stretch without a stop (and, in a stretch where one seam is sure, the weaker ones beside it: "
                   "captions come in runs), and a 'Label:' that opens the text is reported; so is a sentence "
                   "opening with a year after a lower-case word ('…80 years ago In 1994, after…'); in a flattened page also 'And' or 'In' opening a sentence after a word without a stop ('…a gift to the school And while they…'), which edited copy that lost a stop also shows; and a label in capitals after a sentence or a word without a stop ('…tweets. BRAGGERS: According to…', '…inflated ONLINE BRAGGING: Morgan…'; not after 'told' or 'the', nor an acronym of three letters), and a numbered list whose items lost their line breaks and stops ('…favourite snacks 2. Lentil soup…', three items or more counting up from 1). A caption that opens a sentence with its subject and a picture's present-tense verb ('Jane Doe celebrates after…', 'looks on', 'poses for', 'in action') where no stop follows for longer than a sentence runs is one too (its subject, capitalised words, may follow a word without a stop: '…his old club victory Substitute Jo Doe celebrates…'); in a page flattened onto one line where another caption was found, so is one that opens a sentence with a name and any present-tense verb before its object ('…Jo Doe unleashes a shot…'; not 'says', nor 'likes to'); so is a caption in capitals asked as a question ('…purchased. REALLY? Jane Doe's…', four capitals or more), and, in a page where another seam was found, a caption that repeats a sentence of the story: the last four words of a sentence that ends elsewhere in the page (16 characters or more) before a capital without the stop ('…to a hospice in Leeds When he died…'); and no model seam is taken within five words of a reported sentence opener, whose sentence is still going. In a flattened page a sentence that a photo's credit follows after its stop, the text running on after the credit on its line, is a caption too ('…during a meeting in 2009. (Jo Doe/AFP) The…', 'Photo: Jo Doe'). In a flattened page where another caption was found, a gallery's label in title case after a word without a stop is one too where the page holds three distinct ones or more ('…on the lawn Rex Goes Swimming: Here, Rex…'). 'He', 'She', 'They', 'We' or 'There' after a particle ('…the shot curls in There was…') and a quotation opening right after a name with no verb of saying before it ('…at Riverside Park 'We always…') are seams too; a model seam inside one noun phrase ('3,000 Harbour fans', a list of names, 'the Kestrel Tunnel, dug…') or inside a quotation that opens its sentence is not. In OCR'd print (the OCR "
                   "gate is open) only the 'Label: caption' forms are looked for: there a capital after a word "
                   "without a stop is verse, a heading or a stop the OCR lost.")

    def check(self, article: Article) -> Iterable[Finding]:
        # in OCR'd print a capital after a word without a stop is verse, a heading or a stop the OCR lost (the NL7xx
        # rules' business), not a web page's caption: only 'Label: caption' forms are looked for there
        print_ocr = article.ocr.ocr
        if len(article.text) < _LONG_PARAGRAPH:
            return  # (no paragraph is asked)
        # the cues asked once of the whole text (most articles hold none: one pass for all): a long paragraph's cue is
        # the text's, and one elsewhere (a short paragraph, the title) only lets a paragraph's own search run, which
        # finds nothing there (the long paragraphs are 94 % of the text on the BBC + scraped mix); asked before the
        # paragraphs are gone through, which are then gone through once (nearly every article holds a long one)
        held = _cues_held(article.text)
        # (most articles: no cue) only a flattened paragraph is asked (below): the others are not gone through
        least = _LONG_PARAGRAPH if held else captions.MIN_PARAGRAPH_CHARS
        long = [paragraph for paragraph in article.paragraphs if len(paragraph.text) >= least]
        if not long:
            return
        one_long = len(long) == 1  # held answers for that paragraph: what it lacks, the paragraph lacks
        labels = _LABEL_RUN_INS in held or _CAPS_LABELS in held  # either label form: each asked where it fires
        cued = _FLAT_ONLY_TOO in held or labels
        run_ins = cued and not print_ocr and _ANYWHERE in held
        # the openers of a flattened page alone (And, In, A, It…) are looked for only in its flattened paragraphs
        flat_run_ins = run_ins or cued and not print_ocr and _FLAT_ONLY_TOO in held
        picture_verbs = _PICTURE_VERBS in held and not print_ocr
        # without a cue only a flattened page can hold a finding (the model's seams, a list, an opening label)
        shortest = _LONG_PARAGRAPH if run_ins or labels else captions.MIN_PARAGRAPH_CHARS
        credit_marks = None  # (asked of the first flattened paragraph)
        for paragraph in long:
            text = paragraph.text
            if len(text) < shortest:
                continue
            flat = len(text) >= captions.MIN_PARAGRAPH_CHARS
            seams = _run_in_matches(text) if run_ins or flat_run_ins and flat else []
            if labels and (": " in text or ":\xa0" in text) and (
                    _LABEL_RUN_INS in held if one_long else _LABEL_RUN_IN_CUES.found(text)):
                seams = sorted((*seams, *_label_run_ins(text)), key=lambda m: m.start())
            hand = set()
            # (a flattened page's own title, where it opens the text: a seam in its repeat is a heading's)
            title = _page_title(text) if flat and paragraph is article.paragraphs[0] else None
            for match in seams:
                opener, _, after = match.group("next").partition(" ")
                if not flat and opener in _FLAT_ONLY and after[:1].islower():
                    continue  # not 'In 2006, a…' (the year form holds everywhere)
                if opener == "A" and _word_at(text, match.end("next") - 1).lower() in _NOT_AFTER_ARTICLE:
                    continue  # a letter's name: 'box A and'
                label = match.re is _LABEL_RUN_IN
                if not (text[match.start() - 1] in _LABEL_AFTER if label else _after_seam(text, match.start())):
                    continue
                if not label and text.startswith(_QUOTED_AS, match.end("next") - 1):
                    continue  # the object of a verb of quoting, a surname: '…the paper quoted He as saying…'
                quoted = not label and text[match.start() - 1] in _CLOSING_QUOTES
                if quoted and _SPEECH_LABEL.match(text, match.end("next") - 1):
                    continue  # a quotation and its attribution without the comma: '…"a fair deal" He added'
                window = text[max(0, match.start() - 30):match.start() + 1].split()
                before = window[-1] if window else ""
                before = before.lstrip("'‘\"“") if quoted else before  # the words of the quotation
                if not before or before.lower() in _NOT_BEFORE and not (
                        before.lower() in _PARTICLES and opener in _SUBJECTS and not label) \
                        or _ENUMERATOR.fullmatch(before) or not (
                        (before[0].isalnum() and (label is False or before[0].islower())) and not _STOP.search(before)
                        or (label and before[0].isalpha() and _STOP.search(before))):
                    continue
                if label and (_SPEECH_LABEL.search(match.group("next")) or _NAME_LIST.match(text, match.end())):
                    continue  # 'He argued: "…', 'Provisional squad: Myhill, Rose, Gamboa…': speech, a list
                if label and before[:-1].lower() in _HONORIFICS and before.endswith("."):
                    continue  # a name after its title, whose stop ends no sentence: a speaker's turn, 'Mr. Doe: We…'
                if opener[1:] in _QUOTED_I and not (flat and before[0].isupper()):
                    continue  # (a quoted 'I' after a name in a flattened page only)
                if before[0].isupper() and not label and (before.lower() in _QUESTION or not (
                        _AFTER_A_NAME.match(match.group("next")) or _quotation_after_a_name(text, match))):
                    continue  # after a capitalised word only a word that never follows a name
                if not label and _in_open_quotation(text, match.start()):
                    continue  # speech that runs on without its stop: "'He wears a hat too He just…"
                if _in_title_repeat(text, match.start(), title):
                    continue  # the page's headline over its story: '…| Site … The Fall of Empires The long…'
                start = paragraph.start + match.start() - len(before)
                end = paragraph.start + match.start("next") + len(match.group("next").split(" ")[0].rstrip(","))
                hand.add(match.start())
                yield self.finding(start, end, "a caption or heading runs into the next sentence without a full "
                                   f"stop: {quote(article.text[start:end])}")
            if flat and labels and (_CAPS_LABELS in held if one_long else _CAPS_LABEL_CUES.found(text)):
                for label in _caps_labels(text, _caps_label_matches(text)):
                    yield self.finding(paragraph.start + label.start(1), paragraph.start + label.end(1) + 1,
                                       f"a caption label in capitals runs into the text: {quote(label.group(1) + ':')}")
            if flat and not print_ocr:
                for label in _caps_labels(text, _caps_questions(text)):
                    yield self.finding(paragraph.start + label.start(1), paragraph.start + label.end(1) + 1,
                                       f"a caption asked in capitals runs into the text: {quote(label.group(1) + '?')}")
            if flat and _SECOND_ITEM in held and " 2. " in text and " 3. " in text:
                for start, end, items in _flattened_lists(text):
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       f"a numbered list runs into the text ({items} items without their line breaks): "
                                       f"{quote(text[start:min(end, start + 60)])}")
            marked = list(_picture_marks(text)) if flat and not print_ocr and "(" in text else []
            for start, end in marked:
                yield self.finding(paragraph.start + start, paragraph.start + end,
                                   "a caption that points at its picture runs into the text: "
                                   f"{quote(text[start:end])}")
            if flat and not print_ocr and credit_marks is None:
                # (a credit after a picture word's colon only where the text holds such a word: most colons are the
                # story's)
                credit_marks = "(:" if not _CREDIT_WORDS.isdisjoint(article.distinct_words) else "("
            for start, end in _credited_captions(text, credit_marks) if flat and not print_ocr else ():
                if not any(mark_start <= start < mark_end for mark_start, mark_end in marked):  # reported there
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       "a caption with its photo credit runs into the text: "
                                       f"{quote(text[start:end])}")
            pictured = list(_picture_verb_captions(text)) if flat and picture_verbs else []
            for start, end in pictured:
                if not any(mark_start <= start < mark_end for mark_start, mark_end in marked):  # reported there
                    yield self.finding(paragraph.start + start, paragraph.start + end,
                                       "a photo caption (a picture's present-tense verb) runs into the next "
                                       f"sentence without a full stop: {quote(text[start:end])}")
            if paragraph is article.paragraphs[0] and len(text) >= captions.MIN_PARAGRAPH_CHARS:
                opening = _OPENING_LABEL.match(text)
                if opening and not _SPEECH_LABEL.search(opening.group(1)):
                    yield self.finding(paragraph.start, paragraph.start + opening.end(1) + 1,
                                       f"a caption label opens the text: {quote(opening.group(1) + ':')}")
            modelled = set()
            for seam in () if print_ocr else captions.caption_seams(text):
                if seam.seam not in hand and not _inside_a_phrase(text, seam) and not _name_in_a_clause(seam) \
                        and not _in_open_quotation(text, seam.seam) \
                        and not _just_after_an_opener(text, hand, seam.seam) \
                        and not _in_title_repeat(text, seam.seam, title):
                    modelled.add(seam.seam)
                    start = paragraph.start + seam.seam - len(seam.before)
                    end = paragraph.start + seam.seam + 1 + len(seam.word)
                    yield self.finding(start, end, "a caption or heading seems to run into the next sentence "
                                       f"without a full stop: {quote(article.text[start:end])}")
            # a caption that repeats the story, searched for where other seams were found (captions come in runs)
            for seam in _echoed_seams(text, _ECHO_SHAPES) if flat and not print_ocr and (hand or modelled) else ():
                if seam not in hand and seam not in modelled and not _in_title_repeat(text, seam, title):
                    start = paragraph.start + text.rfind(" ", 0, seam) + 1
                    end = paragraph.start + _word_end(text, seam + 1)
                    yield self.finding(start, end, "a caption that repeats a sentence of the story runs into the next "
                                       f"sentence without a full stop: {quote(article.text[start:end])}")
            # a gallery's labels, where other captions were found (captions come in runs)
            in_run = flat and not print_ocr and bool(hand or modelled or marked or pictured)
            for label in _title_labels(text) if in_run else ():
                yield self.finding(paragraph.start + label.start(1), paragraph.start + label.end(1) + 1,
                                   f"a gallery's caption label runs into the text: {quote(label.group(1) + ':')}")
            # a caption of any present-tense verb, in a page flattened onto one line where other captions were found
            if in_run and 2 * len(text) >= len(article.text):
                for start, end in _named_verb_captions(text):
                    if not any(mark_start <= start < mark_end for mark_start, mark_end in (*marked, *pictured)):
                        yield self.finding(paragraph.start + start, paragraph.start + end,
                                           "a photo caption (a name and a present-tense verb) runs into the next "
                                           f"sentence without a full stop: {quote(text[start:end])}")


# a one-line page opens with its <title>, 'Headline | Site' or 'Headline - Site': the page's headline, whose repeat
# over the story runs into its standfirst or first sentence without a stop (a heading's end, no caption's)
_SITE_BAR = " | "
_SITE_DASHES = regexcache.compile(r" [-–—] ")
_TITLE_REACH = 200  # characters at a page's start searched for the separator after its title
_TITLE_WORDS = 3  # fewest words of a title; the words at its end a seam's last words must repeat
_TITLE_MOST = 20  # most words of a title: a longer stretch before a dash is a sentence ('… the summit of K2 - the…')
_MARKS = "-–—|:"  # a title's separators and marks, no words of it


def _page_title(text: str) -> tuple[int, list[str]] | None:
    """Where the title a one-line page ``text`` opens with ends (at its first ' | ' within reach, else its first dash
    between spaces) and its words, its separators left out; None where there is none of three to twenty words."""
    bar = text.find(_SITE_BAR, 0, _TITLE_REACH)
    dash = _SITE_DASHES.search(text, 0, _TITLE_REACH) if bar < 0 else None
    end = bar if bar >= 0 else dash.start() if dash else -1
    words = [word for word in text[:end].split() if word.strip(_MARKS)] if end > 0 else []
    return (end, words) if _TITLE_WORDS <= len(words) <= _TITLE_MOST else None


def _in_title_repeat(text: str, seam: int, title: tuple[int, list[str]] | None) -> bool:
    """Whether the seam at the space ``text[seam]``, after the page's ``title`` (:func:`_page_title`), ends a repeat of
    it (its last words just before the seam) or lies inside one (the two words on each side of it follow each other
    in the title), a sentence going on after it (its second word in lower case: not a card's label and date after a
    link to the story, 'Education April 26…')."""
    if title is None or seam < title[0]:
        return False
    words = title[1]
    after = text[seam + 1:seam + 1 + _TITLE_REACH].split()[:2]
    if len(after) < 2 or not after[1][:1].islower():
        return False
    before = text[max(0, seam - _TITLE_REACH):seam].split()
    if before[-_TITLE_WORDS:] == words[-_TITLE_WORDS:]:
        return True
    run = before[-2:] + after
    return any(words[at:at + len(run)] == run for at in range(len(words) - len(run) + 1))


# the words before a seam that end a sentence elsewhere in the page (a caption that repeats the story), (words, fewest
# characters, the spaces between them counted: shorter ones recur by chance): the last four, 16 characters or more, or
# the last three, 12 or more: a caption restates the sentence in words of its own up to them ('…was lost on the way
# down in 1987.' told as '…who was lost on her way down in 1987 The…': the fourth differs); neither shape holds all
# the other's seams (three words of the four's 16 characters may fall short of 12)
_ECHO_SHAPES = ((4, 16), (3, 12))
_OPENING_QUOTES = frozenset("'‘\"“")


def _python_echoed_seams(text: str, shapes: tuple[tuple[int, int], ...]) -> list[int]:
    """The seams of a flattened page where, for a (words, chars) pair of ``shapes``, the last ``words`` words of a
    sentence that ends elsewhere in it with its stop (``_SENTENCE_STOP``), ``chars`` characters or more and ending in a
    character of ``_SEAM_AFTER``, stand before a space and a capital (or an opening quote and a capital): a photo
    caption repeats its story's sentence, and one of the two lost its stop ('…to a hospice in Leeds. … they had to go
    to a hospice in Leeds When he died…'). The spaces, in order, each once."""
    seams = set()
    for stop in _SENTENCE_STOP.finditer(text):
        for words, chars in shapes:
            end = start = stop.start()
            if end < chars or text[end - 1] not in _SEAM_AFTER or text[end - chars:end] + " " not in text:
                continue  # (most stops: their last characters stand nowhere else before a space)
            for _ in range(words):
                start = text.rfind(" ", 0, start)
                if start < 0:
                    break
            if start < 0 or end - start - 1 < chars:
                continue
            phrase = text[start:end] + " "  # the words, led by the space before them, and the space after them
            at = text.find(phrase)
            while at >= 0:
                seam = at + len(phrase) - 1
                opening = text[seam + 1:seam + 2]
                if "A" <= opening <= "Z" or opening in _OPENING_QUOTES and "A" <= text[seam + 2:seam + 3] <= "Z":
                    seams.add(seam)
                at = text.find(phrase, at + 1)
    return sorted(seams)


# compiled (block 38d of _speedups.c): the stops' words hashed, and each space before a capital looked up among them in
# one pass for all the shapes (42e: a call per shape cost twice), where a search of the page for each stop's words
# read it once per stop (quadratic in a long page)
_echoed_seams = native.pick("echoed_seams", _python_echoed_seams)


def _word_end(text: str, start: int) -> int:
    """Where the word of ``text`` that starts at ``start`` ends (at the next space, or the end)."""
    end = text.find(" ", start)
    return end if end >= 0 else len(text)


_OPENED_WORDS = 5  # words from a reported sentence opener (itself one) on which no caption ends: its sentence goes on


def _just_after_an_opener(text: str, openers: set[int], seam: int) -> bool:
    """Whether a model seam at ``seam`` follows one of ``openers`` (the seams where a sentence opener was reported) by
    too few words for a caption to end there: the sentence that opener began is still going ('…the defence Another
    costly United signing…', '…at the quay Another two small boats…')."""
    if not openers:
        return False  # (most paragraphs: no opener reported)
    nearest = max((opener for opener in openers if opener < seam), default=-1)
    return nearest >= 0 and text.count(" ", nearest, seam) <= _OPENED_WORDS


# a count with a thousands separator: what follows it is what is counted ('3,000 Harbour fans'), not a new sentence
_COUNT_END = regexcache.compile(r"\d,\d{3}$")  # (the word before a seam is '000' of '2,000')
_LIST_END = (", and", ", or")  # the last item of a list of names: 'Hull, Leeds, and Lakeside Garden stores'


def _inside_a_phrase(text: str, seam: captions.Candidate) -> bool:
    """Whether a seam of the caption model lies inside one noun phrase, not between a caption and a sentence: after a
    count ('3,000 Harbour fans') or a compound modifier (:func:`_compound_modifier`; not a verb after 'to' or 'will')
    before a name of two words that a lower-case word follows ('mid-table Athletic Bilbao look'), inside a list of
    names ('Lady Justice Marlow and Sir Edwin', '…, and Lakeside Garden stores'), or at a name's second word that the
    page writes as a common noun ('the Kestrel Tunnel, built…', 'a Council of Northern Mayors meeting')."""
    start = seam.seam - len(seam.before)  # where the word before the seam starts
    if _compound_modifier(seam.before) and seam.previous.lower() not in _BEFORE_A_VERB \
            and seam.after[:1].isupper() and seam.third[:1].islower():
        return True  # (a name of two words, then the sentence goes on: a menu's words go on in capitals)
    if start >= 2 and _COUNT_END.match(text, start - 2, seam.seam):
        return seam.after[:1].islower()
    if not seam.before[:1].isupper():
        return False
    if seam.after in ("and", "or") and seam.third[:1].isupper() and _after_a_listed_name(text, start) \
            or text.endswith(_LIST_END, 0, start - 1):
        return True
    if not seam.lower_use or seam.after[:1].isupper() or seam.after in ("and", "or") or seam.after.endswith("ed"):
        return False  # (before 'and', a run of labels as well: a menu's 'Magazine Travel and Style')
    on = dict(zip(captions.FEATURES, captions.features(seam)))
    return not (on["starter"] or on["label"] or on["quote"] or on["before_time"] or on["after_auxiliary"])


# the second parts of a compound noun a caption may end on ('the title run-in', 'a penalty shoot-out'), not a modifier
_COMPOUND_NOUN_ENDS = frozenset("up off in out by down on over away back around".split())
# words after which a compound is a verb that a heading may end on ('… to force them to self-isolate Pubs and bars …')
_BEFORE_A_VERB = frozenset("to will would must should can could may might not".split())


def _compound_modifier(word: str) -> bool:
    """Whether ``word`` is a compound modifier in lower case ('mid-table', 'in-form', 'cash-strapped'): the name after
    it is what it modifies ('… on Saturday, mid-table Athletic Bilbao look to …'), no caption's end."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.isalpha() and part.islower() for part in parts) \
        and parts[-1] not in _COMPOUND_NOUN_ENDS


# words that open a noun phrase, which a caption does not end on with its modifier ('the latest', 'their famous')
_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
_COORDINATORS = ("and", "or")


def _name_in_a_clause(seam: captions.Candidate) -> bool:
    """Whether a model seam after a lower-case word has the capitalised word continue the sentence, as the rest of
    a noun phrase or a verb's object, not as a new sentence after a caption's end: after a determiner and an
    adjective ('the latest Westerners accused': the web writes 'very latest' more than 'latest of', unlike a noun's
    'the top'), after 'to' and a verb's plain form ('to vote Tory were': the web writes it after 'to' more than
    after 'the'), or after a verb whose objects are names joined by 'and' ('if either wins Iowa and New
    Hampshire'); the sentence goes on in lower case after the name, but not with a helper verb, whose subject the
    name is ('…dressed to impress Culture was at the heart…': a caption's end)."""
    before = seam.before.lower()
    if not seam.before[:1].islower() or not seam.after[:1].islower() or seam.after in captions._AUXILIARIES:
        return False  # (a capital after the name: a menu's or a heading's words; a helper verb: the name is a subject)
    previous = seam.previous.lower()
    if previous in _DETERMINERS:
        return ngrams.count("very " + before) > ngrams.count(before + " of")
    if previous == "to":
        return ngrams.count("to " + before) > ngrams.count("the " + before)
    return seam.after in _COORDINATORS and seam.third[:1].isupper() and ngrams.is_verb(before)


_SPEECH_REACH = 40  # characters before a quotation searched for a verb of saying that introduces it


def _quotation_after_a_name(text: str, match: re.Match) -> bool:
    """Whether a ``_RUN_IN`` seam is a quotation opening right after a capitalised word, with no verb of saying
    before it: a caption that ends on a name or a place, then the story's next quotation ('…with former champion
    Sandy Lyle 'It deserves…'); edited copy introduces a quotation with a colon or a comma ('Lyle said: 'It…'), and
    a verb of saying without one ('told the Daily Post 'She was…') leads into it."""
    return (text[match.start("next")] in "'‘"
            and not _SPEECH_LABEL.search(text, max(0, match.start() - _SPEECH_REACH), match.start()))


_NAME_REACH = 40  # characters before a name searched for the comma of a list


def _after_a_listed_name(text: str, start: int) -> bool:
    """Whether the capitalised words before ``start`` follow a comma: the name there is an item of a list
    ('…Ashdown, Lady Justice Marlow and Sir…'), not a run of labels ('Magazine Travel and Style')."""
    head = text[max(0, start - _NAME_REACH):start]
    comma = head.rfind(", ")
    return comma >= 0 and all(word[:1].isupper() for word in head[comma + 2:].split())


# a sentence's stop, and a quotation mark that closes (followed by a space or a stop)
_SENTENCE_STOP = regexcache.compile(r"[.!?]['’\"”)]*\s")
_CLOSING_MARK = regexcache.compile(r"(?<=\S)['’\"”](?=[\s,.;:!?)]|$)")
# up to the last opening mark after a space: one backward scan in C where four rfind calls of a pair led by a space
# (which skips little) cost three times as much
_UP_TO_LAST_OPENING = regexcache.compile("(?s:.*) ['‘\"“]")
_AFTER_STOP = "'’\"”)"  # what may stand between a stop and the space after it
_QUOTE_REACH = 300  # characters before a seam searched for the start of its sentence


def _in_open_quotation(text: str, seam: int) -> bool:
    """Whether the sentence that ``seam`` ends opens with a quotation mark that is not closed before it: speech run on
    without its stop ('…I admire him. 'He always wears a hat too He just…'), not a caption."""
    reach = max(0, seam - _QUOTE_REACH)
    space = _last_opening(text, reach, seam)  # the last quotation opened
    if space <= reach:
        return False  # (most seams: none opens near them)
    before = space - 1
    while before > reach and text[before] in _AFTER_STOP:
        before -= 1
    return (text[before] in ".!?" and not _SENTENCE_STOP.search(text, space + 2, seam)
            and not _CLOSING_MARK.search(text, space + 2, seam))


def _python_last_opening(text: str, start: int, end: int) -> int:
    """Where the last opening quotation mark after a space in ``text[start:end]`` has its space, or -1."""
    found = _UP_TO_LAST_OPENING.match(text, start, end)
    return found.end() - 2 if found else -1


# compiled (block 31c of _speedups.c): a backward scan to the last mark, where the regex's greedy .* ran to the end of
# the stretch and tried the pair at each character on its way back (about 4,500 instructions a seam)
_last_opening = native.pick("last_opening", _python_last_opening)


# the number of a list item opening a line that was lost: '…favourite snacks 2. Lentil soup…'
_LIST_ITEM = regexcache.compile(r"(?<![\w.,:/-])(\d{1,2})\. (?=[A-Z‘'\"“(])")
_LIST_GAP = 400  # characters: an item longer than this is no line of a list
MIN_LIST_ITEMS = 3


def _list_items(text: str) -> list[re.Match]:
    """``list(_LIST_ITEM.finditer(text))``, tried only at the one or two characters before each '. ' (``str.find``)
    where a digit stands just before it (Python's re tried the item at every character of the page)."""
    items = []
    stop = text.find(". ")
    while stop >= 0:
        if stop and text[stop - 1].isdigit():  # (\d, and more: the match decides)
            item = _LIST_ITEM.match(text, stop - 2) if stop >= 2 else None
            if item is None or item.end() != stop + 2:
                item = _LIST_ITEM.match(text, stop - 1)
            if item is not None:
                items.append(item)
        stop = text.find(". ", stop + 2)
    return items


def _flattened_lists(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, items) of each run of consecutively numbered items (1., 2., 3. …, at most ``_LIST_GAP`` apart)
    in ``text`` of which most ended without a stop before the next number: a list whose line breaks were lost."""
    run: list[re.Match] = []
    for item in chain(_list_items(text), (None,)):
        if item is not None and run and int(item.group(1)) == int(run[-1].group(1)) + 1 \
                and item.start() - run[-1].end() <= _LIST_GAP:
            run.append(item)
            continue
        if len(run) >= MIN_LIST_ITEMS:
            unstopped = sum(text[later.start() - 2] not in ".!?\"”’')" for later in run[1:])
            if 2 * unstopped >= len(run) - 1:
                yield run[0].start(), run[-1].end(1) + 1, len(run)
        run = [item] if item is not None and item.group(1) == "1" else []


# where a caption points at its picture: '(pictured)', '(left)', '(from left to right)', '(file photo)'
_PICTURE_MARK = regexcache.compile(r"\((?:pictured[^()]{0,60}|(?:(?:far|second|third|top|bottom|back|front|from) )?"
                                   r"(?:left|right|centre|center)(?: (?:to right|to left|front|back|row|and right))?"
                                   r"|above|below|inset|file (?:photo|picture|image)"
                                   r"|artist's (?:impression|illustration)[^()]{0,30})\)")
_SENTENCE_END = regexcache.compile(r"[.!?][’'\"”)]*\s")
_CAPTION_REACH = 200  # characters before a picture mark searched for the start of its sentence


def _picture_marks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of a flattened page up to a mark that points at a picture: in a one-line page
    it is a caption (an edited story says 'in the picture above' in words, if at all). The marks are
    ``_PICTURE_MARK.finditer(text)``'s, tried only at each '(' (a mark opens with one and holds no other), which
    ``str.find`` finds where the search read every character of the page (31c)."""
    at = text.find("(")
    while at >= 0:
        mark = _PICTURE_MARK.match(text, at)
        if mark is None:
            at = text.find("(", at + 1)
            continue
        at = text.find("(", mark.end())
        yield _sentence_start(text, mark.start()), mark.end()


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last sentence end within ``_CAPTION_REACH`` characters
    before it, else at the first word there (at the text's start when that is nearer)."""
    reach = max(0, at - _CAPTION_REACH)
    ends = [end.end() for end in _SENTENCE_END.finditer(text, reach, at)]
    return ends[-1] if ends else text.find(" ", reach, at) + 1 if reach else 0


# a photo's credit after a sentence's stop: in brackets, with a picture word or a slash after a name ('(Jo Doe/AFP)',
# '(Photo: Jo Doe)'; not an aside, '(Figures for 2019/20…)') or an agency alone ('(Reuters)'), or after a picture word
# and its colon ('Photo: Jo Doe', 'Image: Jo Doe'); the sentence before it is its caption (a story's sentence is not
# credited)
_CREDIT_NAME = r"(?:Photo by )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_BRACKETED_CREDIT = regexcache.compile(r"\((?:(?:Photos?|Images?|Pictures?|Credit): [^()]{3,60}|" + _CREDIT_NAME
                                       + r"/[^()]{1,60}|" + AGENCY + r")\)")
_CREDIT_WORDS = frozenset("Photo Photos Photograph Picture Pictures Image Images Credit".split())
_NAMED_CREDIT = regexcache.compile(r"[A-Z][a-z]+: [A-Z][\w'’-]+ [A-Z]")  # (after one of _CREDIT_WORDS)
_STOP_BEFORE = regexcache.compile(r"[a-z0-9)][.!?]['’\"”]? $")  # (searched up to a credit: a sentence ends there)
_STOP_REACH = 4  # characters before a credit searched for that stop
_STOP_OR_QUOTE = frozenset(".!?'’\"”")  # (the character before a credit's space)


def _credits(text: str, marks: str) -> list[re.Match]:
    """The matches of ``_BRACKETED_CREDIT`` and of ``_NAMED_CREDIT`` (a word of ``_CREDIT_WORDS``) in ``text`` after a
    stop or a closing quotation mark and a space, in order, each tried only at a '(' or before a ':' of ``marks`` (found
    by ``str.find``, one character: a search tried them at every character, a scan for a word cost several times that)."""
    found = []
    for opening in marks:
        at = text.find(opening)
        while at >= 0:
            start = at if opening == "(" else text.rfind(" ", 0, at) + 1  # (a picture word: no space in it)
            if start > 1 and text[start - 2] in _STOP_OR_QUOTE and text[start - 1] == " " and (
                    opening == "(" or text[start:at] in _CREDIT_WORDS):
                if credit := (_BRACKETED_CREDIT if opening == "(" else _NAMED_CREDIT).match(text, start):
                    found.append(credit)
            at = text.find(opening, at + 1)
    return sorted(found, key=lambda credit: credit.start()) if len(found) > 1 else found


def _credited_captions(text: str, marks: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of a flattened page that a photo's credit (``_credits``, at ``marks``) follows after its stop,
    the text running on after the credit on its line: its caption, run in with its stop ('…during a meeting in 2009.
    (Jo Doe/AFP) The collapse of…'; not a caption on a line of its own, as a text browser prints it)."""
    for credit in _credits(text, marks):
        stop = _STOP_BEFORE.search(text, max(0, credit.start() - _STOP_REACH), credit.start())
        after = text[credit.end():credit.end() + 2].lstrip(" ")[:1]
        if stop is None or after in ("", "\n"):
            continue
        start = _sentence_start(text, stop.start() + 1)
        if "\n" not in text[start:credit.end()]:
            yield start, stop.start() + 2 + (text[stop.start() + 2] in _CLOSING_QUOTES)


_CAPTION_SUBJECT_SPACES = 8  # most words before a caption's verb: its subject ('Alex Doe of Leeds Rovers')
_STRETCH_STOP = regexcache.compile(r"[.!?]")


def _picture_verb_captions(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each caption of a flattened page that opens a sentence with a capitalised subject and a
    picture's present-tense verb (``_PICTURE_VERB``), where no stop follows before the stretch is too long for one
    sentence (``captions.MIN_RUN_WORDS``): the caption runs into the story's next sentence. Reported up to the verb.
    Each verb reads only the words around it (back to the ninth space before it, on to the 36th after its sentence's
    start), so a page of many such verbs costs linear time, and a page of few is not listed stop by stop."""
    for verb_start, verb_end in _picture_verb_spans(text):
        start = _caption_start(text, verb_start)
        if start < 0:
            start = _subject_after_seam(text, verb_start)
        if start < 0 or not ("A" <= text[start:start + 1] <= "Z") or start > 0 and text[start - 1] != " ":
            continue
        if _runs_on(text, start, verb_end):
            yield start, verb_end - 1


def _runs_on(text: str, start: int, verb_end: int) -> bool:
    """Whether no stop follows ``verb_end`` up to the ``captions.MIN_RUN_WORDS``-th space from ``start``: the sentence
    that starts there is longer than a sentence of ordinary length (no stop searched before the verb)."""
    last = -1
    for _ in range(captions.MIN_RUN_WORDS):
        last = text.find(" ", last + 1 if last >= 0 else start)
        if last < 0:
            return False
    return _STRETCH_STOP.search(text, verb_end, last + 1) is None


# a caption that opens a sentence with its subject's names and a present-tense verb of any kind, then the verb's
# object or particle ('…a sentence. Jo Doe unleashes a shot at goal…', '…Rovers' Al Roe brings down Ben Kay…'): in a
# page flattened onto one line, where no stop follows for longer than a sentence runs, a photo caption (a story tells
# its people's acts in the past tense; not 'says', nor 'likes to': a verb before another verb)
_SUBJECT_LINKS = ("of", "de", "van", "and")  # the small words inside a subject's names
_NAMED_VERB = regexcache.compile(r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’.-]*|" + "|".join(_SUBJECT_LINKS) + r")){0,7}) "
                                 r"(?![a-z'’-]*(?:ss|us|is|['’]s) )([a-z][a-z'’-]{2,}s) "
                                 r"(?=(?:a|an|the|his|her|their|its|on|up|off|down|out|in|at|with|for|as|during|after"
                                 r"|into|from|through|over|around|past|by|before) |[A-Z0-9£$])")
_NOT_A_VERB = frozenset("says has does was this his its as thus plus whereas always perhaps towards news series species "
                        "means".split())
# a subject's first word that opens a sentence or counts ('Two days after…', 'No demos on…', 'The Rovers fans…')
_NOT_A_SUBJECT = captions._STARTERS | frozenset("No None Two Three Four Five Six Seven Eight Nine Ten Several Few All "
                                                "Most".split())


def _python_named_verb_starts(text: str, spaces: int) -> list[int]:
    """Where each piece of ``text.split(". ")`` after the first starts that may open with ``_NAMED_VERB``: a capital
    A-Z, names and a verb's shape after them (``_verb_after_names``), and ``spaces`` spaces or more (no stop for a
    sentence's length)."""
    starts = []
    start = 0
    for piece in text.split(". "):
        if start and "A" <= piece[:1] <= "Z" and _verb_after_names(piece) and piece.count(" ") >= spaces:
            starts.append(start)
        start += len(piece) + 2
    return starts


def _verb_after_names(piece: str) -> bool:
    """Whether the first of the second to ninth words of ``piece`` that opens with no capital and is no name's link
    has ``_NAMED_VERB``'s verb's shape: a-z first, four characters or more, 's' last, not 'ss', 'us', 'is', ''s'."""
    for word in piece.split(" ", 9)[1:9]:
        if not ("A" <= word[:1] <= "Z" or word in _SUBJECT_LINKS):
            return "a" <= word[:1] <= "z" and len(word) >= 4 and word[-1] == "s" and word[-2] not in "sui'’"
    return False


# compiled (block 42e of _speedups.c): each ". " found by memchr and only a candidate piece's words read, where the
# split and its counts of spaces cost about 2 µs an article of the mix (41d's form was taken out for that cost)
_named_verb_starts = native.pick("named_verb_starts", _python_named_verb_starts)


def _named_verb_captions(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each caption of a one-line page that ``_NAMED_VERB`` opens after a sentence's stop and no stop
    ends before a sentence of ordinary length has run (``_runs_on``): reported up to its verb. Tried only where the
    text up to the next stop and space holds that many spaces and the verb's shape follows the names
    (``_named_verb_starts``)."""
    for start in _named_verb_starts(text, captions.MIN_RUN_WORDS):
        if (found := _NAMED_VERB.match(text, start)) and found.group(2) not in _NOT_A_VERB \
                and found.group(1).split(" ", 1)[0] not in _NOT_A_SUBJECT and _runs_on(text, start, found.end(2)):
            yield start, found.end(2)


# a gallery's captions, each opened by a label in title case run in after the last caption's final word ('…in the
# distance Wil Faces a Dinosaur: Here, Wil comes…'): reported where a flattened page holds several distinct ones (one
# such label, repeated or alone, is a title: 'Fall of an Empire: The Story of…')
_TITLE_LABEL = regexcache.compile(r"(?<=[a-z] )([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|a|an|the|of|in|on|at|to|and|for|with"
                                  r"|is)){1,5}):[ \xa0](?=[A-Z])")
_TITLE_LABELS = 3  # fewest distinct labels of a gallery
_TITLE_LABEL_WORDS = 6  # most words of a label
_COLON_SPACES = frozenset(" \xa0")  # (a label's colon is followed by one, then a capital)


def _label_colons(text: str) -> list[int]:
    """Where ``re.finditer(":[ \\xa0][A-Z]", text)`` finds a colon that a space and a capital follow: each colon found
    by ``str.find`` (memchr), the two characters after it read (Python's re read a page a character at a time)."""
    colons = []
    at = text.find(":")
    while at >= 0:
        if text[at + 1:at + 2] in _COLON_SPACES and "A" <= text[at + 2:at + 3] <= "Z":
            colons.append(at)
        at = text.find(":", at + 1)
    return colons


def _title_labels(text: str) -> list[re.Match]:
    """The ``_TITLE_LABEL`` matches of a flattened page where it holds ``_TITLE_LABELS`` distinct labels or more,
    none of speech ('Jane Doe said: …'). Each is tried only at the capitalised words after a lower-case letter and a
    space among the last words before a colon that a space and a capital follow (``_label_colons``), leftmost first:
    Python's re tries the label at every capital."""
    colons = _label_colons(text)
    if len(colons) < _TITLE_LABELS:
        return []  # (most pages: too few for a gallery)
    labels: list[re.Match] = []
    done = 0
    for colon in colons:
        starts, at = [], colon
        for _ in range(_TITLE_LABEL_WORDS):
            at = text.rfind(" ", done, at)
            if at < 0:
                break
            if "A" <= text[at + 1:at + 2] <= "Z" and "a" <= text[at - 1:at] <= "z":
                starts.append(at + 1)  # (where the label's first word may start)
        for start in reversed(starts):
            if (label := _TITLE_LABEL.match(text, start)) and label.end(1) == colon:
                if not _SPEECH_LABEL.search(label.group(1)):
                    labels.append(label)
                done = colon
                break
    return labels if len({label.group(1) for label in labels}) >= _TITLE_LABELS else []


_OPENING_MARKS = " '‘’\"“”"  # what a sentence's first word may follow after the stop before it


def _caption_start(text: str, verb_start: int) -> int:
    """Where the sentence that holds the verb at ``verb_start`` starts (after the last stop before it and the marks
    after that stop), or -1 where more than ``_CAPTION_SUBJECT_SPACES`` spaces lie between (no caption's subject):
    read back to the ninth space before the verb, or to the stop just before it where only marks lie between."""
    ninth = verb_start
    for _ in range(_CAPTION_SUBJECT_SPACES + 1):
        ninth = text.rfind(" ", 0, ninth)
        if ninth < 0:
            break
    low = max(ninth, 0)
    stop = max(text.rfind(".", low, verb_start), text.rfind("!", low, verb_start), text.rfind("?", low, verb_start))
    if stop < 0 <= ninth:  # no stop from the ninth space on: one before it counts only with nothing but marks between
        stop = ninth
        while stop >= 0 and text[stop] in _OPENING_MARKS:
            stop -= 1
        if stop >= 0 and text[stop] not in ".!?":
            return -1  # a word stands between: the sentence starts at it or before, nine spaces or more back
    start = stop + 1
    while start < len(text) and text[start] in _OPENING_MARKS:
        start += 1
    start = min(start, verb_start)
    return -1 if _spaces_over(text, start, verb_start, _CAPTION_SUBJECT_SPACES) else start


def _subject_after_seam(text: str, verb_start: int) -> int:
    """Where the capitalised subject of the verb at ``verb_start`` starts where it follows a lower-case word without a
    stop, or -1: a caption run in after another caption or a sentence that lost its stop ('…to deny his old club
    victory Substitute Jo Doe celebrates after…'). The subject is the run of capitalised words (names' small words
    inside it) just before the verb, at most ``_CAPTION_SUBJECT_SPACES`` words; the word before it a seam's
    (``_after_seam``) that leads into no name ('…as Jo Doe celebrates', '…the Rovers warm up')."""
    at, start = verb_start, -1
    for _ in range(_CAPTION_SUBJECT_SPACES + 1):
        space = text.rfind(" ", 0, at)
        word = text[space + 1:at]
        if word[:1].isupper():
            start = space + 1
        elif word not in captions._NAME_LINKS or start < 0:
            return start if start == at + 1 and word.isalnum() and word.lower() not in _NOT_BEFORE \
                and _after_seam(text, at) else -1
        if space < 0:
            return -1
        at = space
    return -1


def _spaces_over(text: str, start: int, end: int, most: int) -> bool:
    """Whether ``text[start:end]`` holds more than ``most`` spaces (found back from ``end``, ``most + 1`` at most)."""
    for _ in range(most + 1):
        end = text.rfind(" ", start, end)
        if end < 0:
            return False
    return True


def _word_at(text: str, start: int) -> str:
    """The word of ``text`` that starts at ``start`` (up to the next space)."""
    end = text.find(" ", start)
    return text[start:end if end >= 0 else len(text)]


# where a _CAPS_LABEL match may start: two capitals (or a capital and an apostrophe or hyphen), found by a scan of a
# class in C, where the label's look-behind is tried at every character; its start follows a space, so none lies inside
# another's two characters
_CAPS_LABEL_START = regexcache.compile(r"[A-Z][A-Z'’-]")


def _caps_label_matches(text: str) -> Iterator[re.Match]:
    """``_CAPS_LABEL.finditer(text)``, tried only where a match may start."""
    done = 0
    for start in _CAPS_LABEL_START.finditer(text):
        if start.start() >= done and (label := _CAPS_LABEL.match(text, start.start())):
            done = label.end()
            yield label


# a _LABEL_RUN_IN match ends its words at a colon followed by a space or a no-break space, and starts at the space
# before one of the (at most three) words before it
_LABEL_WORDS = 3


def _label_run_ins(text: str) -> list[re.Match]:
    """``list(_LABEL_RUN_IN.finditer(text))``, tried only at the spaces before the last words before each colon
    (Python's re tries it at every space of a page)."""
    found: list[re.Match] = []
    done = 0  # the end of the last match: the next starts there or later
    colon = text.find(":")  # each colon, by str.find, not a search of every character for ":[ \xa0]" (31c)
    while colon >= 0:
        following, at = text[colon + 1:colon + 2], colon
        colon = text.find(":", colon + 1)
        if following != " " and following != "\xa0":
            continue
        starts = []
        for _ in range(_LABEL_WORDS):  # back over a word and the space or hyphen before it
            word = at
            while word > done and text[word - 1].isalpha():
                word -= 1
            if word == at or word <= done or text[word - 1] not in " -":
                break
            if text[word - 1] == " ":
                starts.append(word - 1)
            at = word - 1
        for start in reversed(starts):  # the leftmost that matches, as a scan from the left finds it
            if label := _LABEL_RUN_IN.match(text, start):
                found.append(label)
                done = label.end()
                break
    return found


# a caption or subheading in capitals asked as a question, run in after a sentence or a word without a stop: '…were
# purchased. REALLY? Jane Doe's follower count…', '…a new survey WHO PAYS? The council…' (its words as _CAPS_LABEL's)
_CAPS_QUESTION = regexcache.compile(r"(?<=[a-z0-9.!?\"”’')] )([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,4})\? (?=[A-Z])")
_CAPS_QUESTION_WORDS = 5  # the most words of a _CAPS_QUESTION label


def _caps_questions(text: str) -> list[re.Match]:
    """``list(_CAPS_QUESTION.finditer(text))``, tried only at the starts of the last words in capitals before each
    '?' that a capital precedes and a space follows (``str.find``), leftmost first."""
    found = []
    mark = text.find("?")  # (one character: found by a scan per kind of str, where a pair is searched for by a table)
    while mark >= 0:
        if not ("A" <= text[mark - 1:mark] <= "Z" and text[mark + 1:mark + 2] == " "):
            mark = text.find("?", mark + 1)
            continue  # (most questions: a word in lower case)
        starts, at = [], mark
        for _ in range(_CAPS_QUESTION_WORDS):  # back over a word in capitals and the space before it
            word = at
            while word > 0 and ("A" <= text[word - 1] <= "Z" or text[word - 1] in "'’-"):
                word -= 1
            if word == at or word == 0 or text[word - 1] != " ":
                break
            starts.append(word)
            at = word - 1
        for start in reversed(starts):
            if (label := _CAPS_QUESTION.match(text, start)) and label.end(1) == mark:
                found.append(label)
                break
        mark = text.find("?", mark + 2)
    return found


def _caps_labels(text: str, labels: Iterable[re.Match]) -> Iterator[re.Match]:
    """The capitalised ``labels`` of ``text`` (``_CAPS_LABEL``'s or ``_CAPS_QUESTION``'s matches) that follow no word
    leading into a name or a quotation ('told FEMAIL: …', 'the BBC: …') and hold enough capitals not to be an
    acronym."""
    for label in labels:
        before = text[max(0, label.start() - 30):label.start()].split()
        if before and before[-1].lower() in _NOT_BEFORE or _SPEECH_LABEL.search(before[-1] if before else ""):
            continue
        if sum(map(str.isupper, label.group(1))) >= _CAPS_LABEL_LETTERS:
            yield label
