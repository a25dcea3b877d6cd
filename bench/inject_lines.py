"""Defect injectors for the page-line rules (NL311–NL315, NL321, NL342, NL343) and in-text boilerplate (NL316, NL317).

Each builds its defect from parts drawn at random, so that the rule meets shapes, not one string.
"""

from __future__ import annotations

import random
import re
from typing import Callable

from inject_quotes_boilerplate import _insert_paragraph, _name, _paragraphs

_NAV = ["Home", "News", "Sport", "Business", "Politics", "Opinion", "Video", "Weather", "Culture", "Travel", "Tech",
        "Health", "Science", "Obituaries", "Local", "World", "Entertainment", "Podcasts", "Newsletters", "Search"]
_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def inject_furniture_line(text: str, rng: random.Random):
    """A run of navigation lines at the end of the body (the span covers them all)."""
    return _insert_paragraph(text, rng, "\n\n".join(rng.sample(_NAV, rng.randint(4, 7))), "end")


def inject_caption_line(text: str, rng: random.Random):
    """A caption sentence directly above a credit line in capitals (the span covers both)."""
    paras = _paragraphs(text)
    if len(paras) < 3:
        return None
    subject = rng.choice(["Residents", "Officials", "Supporters", "Workers", "Police officers", "Volunteers"])
    action = rng.choice(["wait outside the building", "gather near the court", "clear debris from the road",
                         "queue for supplies", "inspect the damaged bridge"])
    caption = f"{subject} {action} on {rng.choice(['Monday', 'Tuesday', 'Friday', 'Sunday'])}."
    return _insert_paragraph(text, rng, f"{caption}\n\n{_name(rng, caps=True).upper()}")


def inject_author_bio(text: str, rng: random.Random):
    role = rng.choice(["a general assignment reporter", "the senior editor", "a staff writer", "a correspondent"])
    beat = rng.choice(["covering city hall", "on the business desk", "for the newspaper", "covering courts"])
    return _insert_paragraph(text, rng, f"{_name(rng)} is {role} {beat}. Email her with tips.", "end")


def inject_timestamp_line(text: str, rng: random.Random):
    day, year = rng.randint(1, 28), rng.randint(2015, 2024)
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    line = rng.choice([f"{rng.choice(_MONTHS)} {day}, {year}", f"{rng.choice(['Monday', 'Friday'])}, {rng.choice(_MONTHS)} {day}, {year}",
                       f"{day}/{rng.randint(1, 12)}/{year} {hour}:{minute:02d} pm",
                       f"{rng.choice(_MONTHS)} {day}, {year} / {hour:02d}:{minute:02d} PM EST"])
    return _insert_paragraph(text, rng, line, "start")


def inject_byline_line(text: str, rng: random.Random):
    name = _name(rng)
    line = rng.choice([f"Article by {name}", f"Written by: {name}", f"– {name}", f"{name} | The Herald",
                       "Staff Reporter", f"By {name.upper()}"])
    paras = _paragraphs(text)
    if len(paras) < 4:
        return None
    at = paras[rng.randrange(2, len(paras))][0]
    return text[:at] + line + "\n\n" + text[at:], at, at + len(line)


def inject_inline_boilerplate(text: str, rng: random.Random):
    """A prompt inside a paragraph, between two sentences."""
    prompt = rng.choice(["Scroll down for video", "Media playback is not supported on this device",
                         f"Follow {_name(rng)} on Twitter", "Click here to read the full report."])
    for match in rng.sample(list(re.finditer(r"\. (?=[A-Z])", text)), k=min(5, len(re.findall(r"\. (?=[A-Z])", text)))):
        at = match.end()
        return text[:at] + prompt + " " + text[at:], at, at + len(prompt)
    return None


def inject_run_in_caption(text: str, rng: random.Random):
    """A caption without its full stop put before a sentence that starts with 'The' and a lower-case word."""
    starts = [m.start() + 2 for m in re.finditer(r"\. The [a-z]", text)]
    if not starts:
        return None
    at = rng.choice(starts)
    caption = f"{rng.choice(['Officials', 'Protesters', 'Fans'])} {rng.choice(['gathered', 'waited'])} outside " \
              f"the {rng.choice(['court', 'stadium', 'ministry'])} on {rng.choice(['Monday', 'Tuesday'])}"
    return text[:at] + caption + " " + text[at:], at + len(caption) - 7, at + len(caption) + 4


def inject_reader_prompt(text: str, rng: random.Random):
    """A sentence-like prompt of the site to the reader (membership, paywall, cookies, comments) at the end,
    built from parts that the phrase rules (NL301–NL304) do not list."""
    outlet = rng.choice(["The Herald", "The Courier", "Daily Post", "The Gazette"])
    prompt = rng.choice([
        f"{rng.choice(['Join', 'Become one of'])} {outlet} {rng.choice(['members', 'readers'])} today for "
        f"{rng.choice(['unlimited access', 'digital access'])} to {rng.choice(['our journalism', 'every story we publish'])}.",
        f"Enjoying this story? {rng.choice(['Your support', 'A subscription'])} keeps {outlet} independent: "
        f"{rng.choice(['subscribe', 'sign up'])} from $1 a week.",
        f"We use cookies to {rng.choice(['personalise content', 'measure traffic', 'improve your visit'])}. "
        "You can change your preferences at any time.",
        f"Keep the conversation civil: {rng.choice(['read', 'see'])} our community guidelines before you comment.",
    ])
    return _insert_paragraph(text, rng, prompt, "end")


_OPENS_PROSE = re.compile(r"(?:The|This|A|An|In|It|He|She|They|But|When|After|However)(?= [a-z])")


def inject_glued_blocks(text: str, rng: random.Random):
    """A credit or byline block glued to the paragraph after it, as get_text() without a separator leaves it:
    'Photo: Jane DoeThe council…' (the span covers the name's last word and the glued opener)."""
    openings = [(start, match.end()) for start, end in _paragraphs(text)
                if (match := _OPENS_PROSE.match(text, start))]
    if not openings:
        return None
    start, opener_end = rng.choice(openings)
    block = rng.choice(["Photo: ", "Image: ", "By ", "Pictured: "]) + _name(rng)
    last = block.rsplit(" ", 1)[1]
    new = text[:start] + block + text[start:]
    return new, start + len(block) - len(last), opener_end + len(block)


def inject_markdown_image(text: str, rng: random.Random):
    """A picture printed as Markdown after a paragraph's last word, inside a link as a story list prints it:
    '…on Monday.[![Officials inspect the bridge \\(Photo/Jane Doe\\)](https://…)](https://…)' (the span covers the
    alt text)."""
    paras = _paragraphs(text)
    if not paras:
        return None
    _, end = rng.choice(paras)
    subject = rng.choice(["Residents", "Officials", "Supporters", "Workers", "Volunteers"])
    action = rng.choice(["wait outside the building", "gather near the court", "inspect the damaged bridge"])
    alt = f"{subject} {action}" + rng.choice(["", ".", f" \\(Photo/{_name(rng)}\\)", f" ({_name(rng)}/Staff)"])
    image = f"[![{alt}](https://example.com/pictures/{rng.randint(1, 999)}.jpg)](https://example.com/story)"
    return text[:end] + image + text[end:], end + 3, end + 3 + len(alt)


INJECTORS: dict[str, Callable] = {
    "NL311": inject_furniture_line,
    "NL312": inject_caption_line,
    "NL313": inject_author_bio,
    "NL314": inject_timestamp_line,
    "NL315": inject_byline_line,
    "NL316": inject_inline_boilerplate,
    "NL317": inject_run_in_caption,
    "NL342": inject_reader_prompt,
    "NL343": inject_glued_blocks,
    "NL321": inject_markdown_image,
}
