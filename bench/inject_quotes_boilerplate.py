"""Defect injectors for the quotation (NL2xx), boilerplate/credit/metadata (NL3xx) and encoding (NL4xx) rules."""

from __future__ import annotations

import random
import re
from typing import Callable

_FIRST = ["Jonathan", "Maria", "Anatolii", "Kevin", "Sarah", "Olivier", "Aris", "Yuki", "Chip", "Ludovic", "Dan",
          "Sergei", "Ann", "Brendan", "Leon", "Christi", "Paul", "Gleb", "Francisco", "Mandel"]
_LAST = ["Nackstrand", "Stepanov", "Lamarque", "Smith", "Doe", "Messinis", "Somodevilla", "Marin", "Kitwood",
         "Ngan", "Elwood", "Garanich", "Seco", "Kuleba", "Neal", "Hoffman", "Naumov", "Anderson", "Ilnitsky"]
_AGENCIES = ["AFP", "Getty Images", "Reuters", "EPA", "AP", "PA", "Shutterstock", "AFP / Getty Images", "EPA-EFE",
             "Bloomberg", "Xinhua", "TASS", "Anadolu Agency", "NurPhoto", "SOPA Images"]


def _name(rng: random.Random, caps: bool = False) -> str:
    last = rng.choice(_LAST)
    return f"{rng.choice(_FIRST)} {last.upper() if caps else last}"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each body paragraph (everything after the title's blank line)."""
    body = text.find("\n\n")
    if body == -1:
        return []
    return [(body + m.start(), body + m.end()) for m in re.finditer(r"[^\n]+", text[body:])]


def _insert_paragraph(text: str, rng: random.Random, para: str, where: str = "any") -> tuple[str, int, int] | None:
    paras = _paragraphs(text)
    if len(paras) < 2:
        return None
    if where == "end":
        at = paras[-1][1]
        new = text[:at] + "\n\n" + para + text[at:]
        return new, at + 2, at + 2 + len(para)
    index = 0 if where == "start" else rng.randrange(1, len(paras))
    at = paras[index][0]
    return text[:at] + para + "\n\n" + text[at:], at, at + len(para)


def _replace(text: str, start: int, end: int, new: str) -> tuple[str, int, int]:
    return text[:start] + new + text[end:], start, start + len(new)


def _pick(rng: random.Random, matches: list) -> re.Match | None:
    return rng.choice(matches) if matches else None


# -- quotes ----------------------------------------------------------------------------
def _curly(text: str) -> str:
    """The article with straight double quotes turned curly by their position."""
    def turn(m: re.Match) -> str:
        i = m.start()
        before = text[i - 1] if i else " "
        return "“" if before in " \n([—–-" else "”"
    return re.sub('"', turn, text)


def _balanced_paragraphs(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in _paragraphs(text) if text.count('"', s, e) in (2, 4) or
            (text.count("“", s, e) == text.count("”", s, e) and text.count("“", s, e) in (1, 2))]


def inject_quote_spacing(text: str, rng: random.Random):
    if rng.random() < 0.5:
        text = _curly(text)
    matches = [m for s, e in _balanced_paragraphs(text)
               for m in re.finditer(r'(?<=[a-z0-9,])([,.?!]?)(["”]) ([a-zA-Z])', text[:e]) if m.start() >= s
               and (m.group(2) == "”" or m.group(1) == ",")]
    opening = [m for s, e in _balanced_paragraphs(text) for m in re.finditer(r"(?<=[a-z,:]) “(?=[A-Z])", text[:e])
               if m.start() >= s]
    if opening and (not matches or rng.random() < 0.3):
        m = rng.choice(opening)  # said “We → said“ We
        return _replace(text, m.start(), m.end() + 0, "“ ")
    m = _pick(rng, matches)
    if m is None:
        return None
    new = f"{m.group(1)} {m.group(2)}{m.group(3)}"
    return _replace(text, m.start(), m.end(), new)


def inject_unclosed_quote(text: str, rng: random.Random):
    if rng.random() < 0.5:
        text = _curly(text)
    candidates = []
    paras = _paragraphs(text)
    for k, (s, e) in enumerate(paras[:-1]):
        nxt = text[paras[k + 1][0]]
        if nxt in '"“':
            continue
        chunk = text[s:e]
        closes = [m for m in re.finditer(r'(?<=[^\s])["”](?=[\s,.;:]|$)', chunk)]
        if closes and chunk.count('"') + chunk.count("“") + chunk.count("”") == 2:
            candidates.append((s, e, closes[-1]))
    if not candidates:
        return None
    s, e, close = rng.choice(candidates)
    at = s + close.start()
    text = text[:at] + text[at + 1:]
    opening = max(text.rfind('"', s, at), text.rfind("“", s, at))
    return text, opening, e - 1


def inject_unopened_quote(text: str, rng: random.Random):
    text = _curly(text)
    candidates = [(s, m) for s, e in _paragraphs(text) if text.count("“", s, e) == 1 == text.count("”", s, e)
                  for m in re.finditer("“", text[s:e])]
    if not candidates:
        return None
    s, m = rng.choice(candidates)
    at = s + m.start()
    text = text[:at] + text[at + 1:]
    close = text.find("”", at)
    return text, close, close + 1


def inject_mixed_quote_style(text: str, rng: random.Random):
    total = text.count('"')
    quoted = [(s, e) for s, e in _paragraphs(text) if 2 <= text.count('"', s, e) < total / 2]
    if len(quoted) < 2:
        return None
    s, e = rng.choice(quoted)
    if rng.random() < 0.5:  # a curly article with one straight paragraph
        new = _curly(text[:s]) + text[s:e] + _curly(text[e:])
        first, last = new.find('"', s, e), new.rfind('"', s, e)
    else:  # a straight article with one curly paragraph
        new = text[:s] + _curly(text[s:e]) + text[e:]
        first = min(i for i in (new.find("“", s, e), new.find("”", s, e)) if i != -1)
        last = max(new.rfind("“", s, e), new.rfind("”", s, e))
    return new, first, last + 1


def inject_stray_quote(text: str, rng: random.Random):
    """A quotation mark that belongs to no quotation: a straight one doubled beside a curly opening quote
    (the text set in curly quotes), or one left alone between two sentences."""
    if rng.random() < 0.5:
        text = _curly(text)
        m = _pick(rng, list(re.finditer(r"(?<=[ (])“(?=[A-Z])", text)))
        if m is not None:
            return _replace(text, m.start(), m.end(), '"“')
    m = _pick(rng, list(re.finditer(r"(?<=[a-z][.!?] )(?=[A-Z][a-z])", text)))
    if m is None:
        return None
    return _replace(text, m.start(), m.start(), '" ')


# -- boilerplate -------------------------------------------------------------------------
def _choose(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def inject_comment_notice(text, rng):
    para = _choose(rng, "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
                   "Comments are closed.", "Comments have been disabled for this article.",
                   "Be the first to comment", f"{rng.randint(2, 480)} comments",
                   "Join the conversation below and keep it civil.", "Commenting is closed for this story.",
                   "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "end"]))


def inject_newsletter_promo(text, rng):
    name = rng.choice(["Morning Update", "Politics Weekly", "First Edition", "Business Brief", "Evening Standard"])
    para = _choose(rng, f"Our {name} newsletter is written by our editors, giving you a concise summary of the day. Sign up today.",
                   f"Sign up for our {name} newsletter to get the top stories in your inbox.",
                   f"Subscribe to the {name} email for the latest news.",
                   f"Get the {name} delivered straight to your inbox every morning.",
                   f"The {name} newsletter: the day's top headlines. Sign up now!")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "end"]))


def inject_social_prompt(text, rng):
    net = rng.choice(["Twitter", "Facebook", "Instagram", "WhatsApp", "LinkedIn"])
    para = _choose(rng, f"Follow us on {net}", f"Share this article on {net}", f"Like us on Facebook and follow us on {net}",
                   "Click to share on Twitter (Opens in new window)", "Share via Email", f"Follow {rng.choice(_LAST)} on {net}",
                   f"Find us on {net} and Instagram.")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "end"]))


def inject_subscription_wall(text, rng):
    para = _choose(rng, "This article is for subscribers only. Already a subscriber? Log in",
                   "Subscribe now to continue reading this article.",
                   "You have reached your limit of free articles this month.",
                   "Create a free account to continue reading.", "To continue reading, subscribe for unlimited digital access.",
                   "Already a member? Sign in here.")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "end"]))


def inject_copyright_notice(text, rng):
    year = rng.randint(1999, 2024)
    outlet = rng.choice(["Thomson Reuters", "The Associated Press", "Guardian News & Media Ltd", "BBC", "AFP"])
    para = _choose(rng, f"© {year} {outlet}. All rights reserved.", f"Copyright {year} {outlet}",
                   f"(c) {year} {outlet}", "This material may not be published, broadcast, rewritten or redistributed.",
                   f"{outlet}. All Rights Reserved.")
    return _insert_paragraph(text, rng, para, "end")


def inject_page_furniture(text, rng):
    para = _choose(rng, "Advertisement", "ADVERTISEMENT", "Skip Advertisement", "Story continues below advertisement",
                   "Related Topics", "More on this story", "Most Read", "Top Stories", "Continue reading the main story",
                   "Listen to this article", "Related Articles")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "end"]))


def inject_syndication_note(text, rng):
    outlet = _choose(rng, "VICE US", "Grist", "The Conversation", "Kaiser Health News", "the Texas Tribune")
    para = _choose(rng, f"This article originally appeared on {outlet}.", f"This story was first published by {outlet}.",
                   f"A version of this story first appeared in {outlet}.")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "end"]))


def inject_form_furniture(text, rng):
    para = _choose(rng, "By signing up, you agree to our Terms of Use and Privacy Policy.", "Thanks for signing up!",
                   "Thank you for subscribing to our newsletter.", "Please enter a valid email address",
                   "The reCAPTCHA verification period has expired. Please reload the page.", "{{message}}")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "end"]))


def inject_navigation_line(text, rng):
    para = _choose(rng, "Next article", "Previous article", "Prev Post", f"Pages: 1 2 {rng.randint(3, 9)}",
                   f"Page {rng.randint(1, 3)} of {rng.randint(4, 9)}", "Click to enlarge", "View the full gallery")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "end"]))


def _title_phrase(text: str, rng: random.Random) -> str:
    words = [w for w in re.findall(r"[A-Za-z]{3,}", text[:2000])]
    start = rng.randrange(0, max(1, len(words) - 8))
    return " ".join(w.capitalize() for w in words[start:start + rng.randint(4, 8)])


def inject_boilerplate_line(text, rng):
    phrase = _title_phrase(text, rng)
    handle = rng.choice(["BBCNews", "reuters", "janedoe", "FT", "guardian"])
    para = _choose(rng, f"news {phrase} Read more", f"{phrase} Read More", f"Related: {phrase}",
                   f"READ MORE: {phrase}", f"See also: {phrase}", f"{phrase} »", "Give a Comment",
                   "Click here to read more", "Share this story", "Read more", "Continue reading",
                   f"Follow @{handle} for updates", f"www.{handle.lower()}.com/news", "Leave a comment",
                   "Download our app", "Watch the video", "Tap here to listen", f"Watch: {phrase}")
    return _insert_paragraph(text, rng, para, rng.choice(["any", "any", "end"]))


def inject_photo_credit(text, rng):
    agency = rng.choice(_AGENCIES)
    name = _name(rng, caps=rng.random() < 0.5)
    credit = _choose(rng, f"{name} / {agency}", f"(Photo by {name} / {agency})", f"REUTERS/{_name(rng)}",
                     f"(AP Photo/{_name(rng)})", f"Photo: {name}/{agency}", f"Image copyright {agency}",
                     f"Image caption {_title_phrase(text, rng).lower().capitalize()}", f"{agency.split(' /')[0]} via Getty Images",
                     f"(Image: {agency})", f"Photograph: {name}/{agency}", f"Picture: {agency}")
    paras = _paragraphs(text)
    if not paras:
        return None
    s, e = rng.choice(paras)
    mode = rng.random()
    if mode < 0.4 and text[e - 1] == ".":  # glued after the last sentence of a caption
        sep = rng.choice(["", " "])
        new = text[:e] + sep + credit + text[e:]
        return new, e + len(sep), e + len(sep) + len(credit)
    if mode < 0.7:  # a caption paragraph ending in the credit
        caption = f"{_name(rng)} speaks to reporters in London on {rng.randint(1, 28)} March. {credit}"
        done = _insert_paragraph(text, rng, caption)
        return done and (done[0], done[2] - len(credit), done[2])
    return _insert_paragraph(text, rng, credit)


def inject_leaked_date(text, rng):
    paras = _paragraphs(text)
    if not paras:
        return None
    at = paras[0][0]
    date = f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if rng.random() < 0.3:
        date = date.replace("-", "")
    glued = f"{rng.choice([' ', ''])}date {date} "
    new = text[:at] + glued + text[at:]
    lead = len(glued) - len(glued.lstrip())
    return new, at + lead, at + len(glued) - 1


def inject_leaked_timestamp(text, rng):
    day, hour, minute = rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    month = rng.choice(["January", "February", "March", "April", "May", "June", "July", "October", "December"])
    stamp = _choose(rng, f"Published {hour:02d}:{minute:02d} GMT, {day} {month} 2005",
                    f"Last updated: {day} {month} 2005 {hour:02d}:{minute:02d}", f"Updated {rng.randint(2, 11)} hours ago",
                    f"Posted on {month} {day}, 2005 at {hour % 12 + 1}:{minute:02d} PM",
                    f"First published on Monday {day} {month} 2005", f"UPDATED: {month[:3]}. {day}, 2005 {hour:02d}:{minute:02d} EST",
                    f"Published: {day}/{rng.randint(1, 12)}/2005")
    if rng.random() < 0.6:
        return _insert_paragraph(text, rng, stamp, "start")
    paras = _paragraphs(text)
    if not paras:  # a text with no blank line after its title (a seed) has no body paragraph to glue to
        return None
    at = paras[0][0]
    glued = stamp + rng.choice([" | ", " - ", " "])
    return text[:at] + glued + text[at:], at, at + len(stamp)


def inject_header_byline(text, rng):
    name = _name(rng, caps=rng.random() < 0.3)
    byline = _choose(rng, f"By {name}", f"By {name} | Reuters", f"By {name}, BBC News", f"By {name} and {_name(rng)}",
                     f"By {name} | AP", f"By {name}, Political Correspondent", f"By {name} • Staff Writer")
    paras = _paragraphs(text)
    if "|" in byline and rng.random() < 0.5 and paras:
        at = paras[0][0]
        return text[:at] + byline + " " + text[at:], at, at + len(byline)
    return _insert_paragraph(text, rng, byline, "start")


def inject_trailing_byline(text, rng):
    name = _choose(rng, _name(rng), f"{rng.choice(_FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(_LAST)}",
                   f"By {_name(rng)}", f"{_name(rng)}, Reuters", f"— {_name(rng)}")
    return _insert_paragraph(text, rng, name, "end")


def inject_wire_signoff(text, rng):
    city = rng.choice(["London", "Moscow", "Washington", "Kyiv", "Brussels"])
    sign = _choose(rng, f"Reporting by {_name(rng)}; Editing by {_name(rng)}",
                   f"(Additional reporting by {_name(rng)} in {city})",
                   f"(Reporting by {_name(rng)} in {city}; Writing by {_name(rng)}; Editing by {_name(rng)})",
                   f"Writing by {_name(rng)}; Editing by {_name(rng)} and {_name(rng)}")
    paras = _paragraphs(text)
    if sign.startswith("(") and rng.random() < 0.5 and paras:
        e = paras[-1][1]
        return text[:e] + " " + sign + text[e:], e + 1, e + 1 + len(sign)
    return _insert_paragraph(text, rng, sign, "end")


# -- encoding ----------------------------------------------------------------------------
def _mojibake(s: str) -> str:
    """UTF-8 bytes read as Windows-1252: ’ → â€™, é → Ã©."""
    return s.encode("utf-8").decode("cp1252", errors="replace")


def inject_mojibake(text, rng):
    options = [m for m in re.finditer(r"\w'\w|£|\w-\w| - |\"", text[text.find("\n\n"):])]
    base = text.find("\n\n")
    m = _pick(rng, options)
    if m is None:
        return None
    good = {"'": "’", "£": "£", "-": "‐", " - ": " – ", '"': rng.choice("“”")}
    piece = m.group()
    key = next(k for k in (" - ", "'", "£", "-", '"') if k in piece)
    if key in "'-" and rng.random() < 0.3:
        good[key] = rng.choice(["é", "ü", "ñ"])  # an accented letter
    broken = piece.replace(key, _mojibake(good[key]))
    start = base + m.start()
    # the finding covers the whole word around the damage
    return _replace(text, start, start + len(piece), broken)


def inject_html_entity(text, rng):
    base = text.find("\n\n")
    table = {"'": ["&#39;", "&#8217;", "&rsquo;", "&apos;"], "&": ["&amp;"], '"': ["&quot;", "&#8220;", "&ldquo;"],
             "£": ["&pound;", "&#163;"], " ": ["&nbsp;", "&#160;"], "-": ["&ndash;", "&#8211;"], "é": ["&eacute;"]}
    options = [m for m in re.finditer(r"['&\"£-]|(?<=\w) (?=\w)", text[base:])]
    m = _pick(rng, options[:400])
    if m is None:
        return None
    entity = rng.choice(table[m.group()])
    if rng.random() < 0.15:
        entity = entity.replace("&", "&amp;")
    return _replace(text, base + m.start(), base + m.end(), entity)


def inject_html_tag(text, rng):
    paras = _paragraphs(text)
    if len(paras) < 2:
        return None
    s, e = rng.choice(paras[1:])
    chunk = text[s:e]
    kind = rng.randrange(4)
    if kind == 0:
        tag = rng.choice(["<p>", "<p class=\"story-body\">", "<div>", "<span>"])
        return text[:s] + tag + text[s:], s, s + len(tag)
    if kind == 1:
        ends = [m.end() for m in re.finditer(r"[.!?] (?=[A-Z])", chunk)]
        if not ends:
            return None
        at = s + rng.choice(ends) - 1
        tag = rng.choice(["<br>", "<br/>", "<br />", "</p><p>", "<!-- ad slot -->"])
        return text[:at] + tag + text[at + 1:], at, at + len(tag)
    words = list(re.finditer(r"[A-Za-z]{4,}", chunk))
    if not words:
        return None
    w = rng.choice(words)
    if kind == 2:
        open_tag = rng.choice(['<a href="https://www.example.com/news/1234">', "<a href='/topics/x'>", '<a target="_blank" href="#">'])
        close = "</a>"
    else:
        name = rng.choice(["strong", "em", "b", "i"])
        open_tag, close = f"<{name}>", f"</{name}>"
    new = text[:s + w.start()] + open_tag + w.group() + close + text[s + w.end():]
    return new, s + w.start(), s + w.start() + len(open_tag)


def inject_invisible_character(text, rng):
    paras = _paragraphs(text)
    if not paras:
        return None
    s, e = rng.choice(paras)
    if e - s < 2:
        return None  # a one-character line has no inside
    at = rng.randrange(s + 1, e)
    char = rng.choice(["\u200b", "\u200b", "\u200c", "\ufeff", "\u00ad", "\u2060", "\x07", "\x0b", "\x0c", "\x1b",
                       "\x01", "\u200b\u200d"])
    return text[:at] + char + text[at:], at, at + len(char)


def inject_replacement_character(text, rng):
    base = text.find("\n\n")
    options = [m for m in re.finditer(r"£|'|[a-z](?=[a-z])", text[base:])]
    m = _pick(rng, options[:500])
    if m is None:
        return None
    n = rng.choice([1, 1, 2, 3])
    return _replace(text, base + m.start(), base + m.end(), "\ufffd" * n)


def inject_broken_hyphenation(text, rng):
    from newslint import lexicon

    base = text.find("\n\n")
    words = [m for m in re.finditer(r"(?<![\w'-])[a-z]{7,}(?![\w'-])", text[base:])
             if lexicon.is_known(m.group())]
    m = _pick(rng, words)
    if m is None:
        return None
    word = m.group()
    cut = rng.randrange(3, len(word) - 2)
    if word[cut:] in ("and", "or", "nor", "to", "than", "but", "versus", "vs"):
        return None
    return _replace(text, base + m.start(), base + m.end(), f"{word[:cut]}- {word[cut:]}")


INJECTORS: dict[str, Callable[[str, random.Random], "tuple[str, int, int] | None"]] = {
    "NL201": inject_quote_spacing,
    "NL202": inject_unclosed_quote,
    "NL203": inject_unopened_quote,
    "NL204": inject_mixed_quote_style,
    "NL205": inject_stray_quote,
    "NL301": inject_comment_notice,
    "NL302": inject_newsletter_promo,
    "NL303": inject_social_prompt,
    "NL304": inject_subscription_wall,
    "NL305": inject_copyright_notice,
    "NL306": inject_page_furniture,
    "NL307": inject_syndication_note,
    "NL308": inject_form_furniture,
    "NL309": inject_navigation_line,
    "NL310": inject_boilerplate_line,
    "NL320": inject_photo_credit,
    "NL330": inject_leaked_date,
    "NL331": inject_leaked_timestamp,
    "NL332": inject_header_byline,
    "NL340": inject_trailing_byline,
    "NL341": inject_wire_signoff,
    "NL401": inject_mojibake,
    "NL402": inject_html_entity,
    "NL403": inject_html_tag,
    "NL404": inject_invisible_character,
    "NL405": inject_replacement_character,
    "NL406": inject_broken_hyphenation,
}
