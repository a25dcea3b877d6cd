"""Shapes of a whole line that the parse and the rules both read, below both: a page's date or time stamp
(``timestamp_line``) and a byline (``BYLINE_LINE``), the parse's first line that is no title
(:func:`newslint.model._page_line`; NL311, NL312, NL314, NL315), with the pieces they are built of that the rules
read too: the picture and news agencies (``AGENCY``: NL320's credits), a name (``_PERSON``).
"""

from __future__ import annotations

from itertools import filterfalse

from newslint import regexcache


_STAMP_WORDS = frozenset("""posted published updated update last latest modified written date on at am pm a p m
first ago second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks t z et pt ct mt
st nd rd th edt est cst cdt mst mdt pst pdt gmt bst utc cet cest ist jst aest sgt hkt monday tuesday wednesday
thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
STAMP_LABELS = frozenset("posted published updated update modified written".split())
_MONTHS = frozenset("""january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec""".split())
_TOKEN = regexcache.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")  # 'pmNovember' (two stamps glued) is two words
_NUMERIC_DATE = regexcache.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}|\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}\b)")
_AGO = frozenset("second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks".split())
# a relative time without a figure or with a unit's letter: 'an hour ago', '3h ago', 'moments ago', 'Updated just now'
_RELATIVE_STAMP = regexcache.compile(
    r"(?i:(?:(?:last )?(?:posted|published|updated|modified):? )?(?:(?:an?|\d{1,2}) ?(?:[smhdw]|secs?|seconds?|mins?|minutes?"
    r"|hrs?|hours?|days?|weeks?|months?|years?|yrs?)|(?:a few )?moments|a few (?:seconds|minutes|hours|days)) ago"
    r"|(?:(?:posted|published|updated) )?just now)")
ITEM_OPENINGS = ("• ", "* ", "- ", "+ ")  # a list item's opening in a text browser's or a converter's output
_RELATIVE_ENDS = ("ago", "now", "AGO", "NOW", "Now")
_NO_STAMP_MARK = regexcache.compile("[?!\"“”'’]")  # a mark no page date holds
STAMP_LONGEST = 80  # characters: a longer line is no timestamp line


_AGENCIES = ("AFP", "AP(?: Photo)?", "Reuters", "REUTERS", "Getty Images", "Getty", "GETTY", "EPA(?:-EFE)?", "EFE",
             "PA(?: Images| Wire| Media)?", "Shutterstock", "REX", "Rex Features", "Alamy(?: Stock Photo| Live News)?", "Bloomberg", "Xinhua", "TASS",
             "Sputnik", "Anadolu(?: Agency| Images)?", "ANP", "DPA", "dpa", "AAP", "UPI", "NurPhoto", "SOPA Images", "LightRocket",
             "WireImage", "Corbis", "ZUMA(?: Press| Wire)?", "Sipa(?: USA)?", "Abaca", "Pool", "POOL", "Handout", "HANDOUT",
             "Associated Press", "Press Association", "iStock(?:photo)?",
             # picture agencies and stock libraries other sites credit: the same names on every site that buys from them
             "Invision", "FilmMagic", "Kyodo(?: News)?", "Yonhap", "BACKGRID", "Backgrid", "Sportsfile", "INPHO",
             "Icon Sportswire", "Action Images", "Camera Press", "Imagn(?: Images)?", "Europa Press", "Unsplash", "Pexels",
             "PTI", "ANI", "IANS", "Press Trust of India", "(?:THE |The )?(?:CANADIAN PRESS|Canadian Press)",
             # the European and Asian agencies and libraries that pages credit in the same forms
             # ('Jane Doe/IMAGO', 'imago images/Jane Doe', 'NTB/AFP', 'Jane Doe/Ritzau Scanpix via Reuters')
             "IMAGO", "Imago(?: Images)?", "imago(?: images)?", "SIPA(?: USA| PRESS)?", "Keystone", "KEYSTONE",
             "NTB(?: [Ss]canpix)?", "Ritzau(?: Scanpix)?", "Scanpix", "TT(?: News Agency)?", "Lehtikuva", "LEHTIKUVA",
             "Belga", "BELGA", "ANSA", "Jiji(?: Press)?", "KCNA", "XINHUA", "Photoshot", "Splash News", "Avalon",
             "Hans Lucas", "VCG", "Visual China Group")
AGENCY = "(?:" + "|".join(_AGENCIES) + ")"
NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|de|van|von|da|di|del|al|el|bin|le|la)"
# a name: two to four name words; the first may be initials written solid ('J.R. Stone', 'J.O. Haselhoef')
_PERSON = r"(?:" + NAME_WORD + r"|[A-Z][A-Z'’-]+|(?:[A-Z]\.){2,3})(?: (?:" + NAME_WORD + r"|[A-Z][A-Z'’.-]*)){1,3}"
_BYLINE_DATE = r"(?:,? (?:on |\| )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})?"
_ROLE_QUALIFIERS = "Staff|Senior|Chief|Political|Business|Special|Contributing|Foreign|Local|Associate|Managing"
_ROLE_NOUNS = "Reporter|Writer|Correspondent|Contributor|Editor-in-Chief|Editor-at-Large|Editor|Columnist"
# a role after a byline's name, in capitals too ('JANE DOE, STAFF WRITER'), one or more ('Staff Writers')
_BYLINE_ROLE = (f"(?:(?:{_ROLE_QUALIFIERS}|{_ROLE_QUALIFIERS.upper()}) )?(?:{_ROLE_NOUNS}|{_ROLE_NOUNS.upper()})[sS]?")
_BYLINE_DAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
# a line that is only a role: 'Staff Reporter', 'Senior Aviation Business Editor' (not 'Letters To The Editor')
_ROLE_LINE = (r"(?:(?!(?:Dear|Letters?|To|The|Of|For|From|And|An?)\b)[A-Z][\w.'’-]+ ){0,4}"
              r"(?:Staff |Senior |Chief |Political |Business )?"
              r"(?:Reporter|Writer|Correspondent|Contributor|Editor|Columnist|Photographer|News Desk|Desk)")
# (compiled on first use: a run answered from the cache imports the model, not the rules that read it most)
BYLINE_LINE = regexcache.deferred(
    r"(?:[Bb]y:?"                                                  # an empty byline
    r"|(?:(?:Article|Story|Words|Written|Posted|Reported|Text|Contributed|Compiled) [Bb]y|By|Author|Authors|Words|Text):? "
    + _PERSON + r"(?:(?:,| and| &) " + _PERSON + r")*(?: ?[-–—|,] ?" + _BYLINE_ROLE + r")?"  # By Jane Doe - Staff Writer
    r"\s?[|•·,:]?" + _BYLINE_DATE + r"(?: on)?"                     # By Jane Doe on March 3, 2021 ('on' / the date)
    r"|By [A-Z][A-Z.&'’-]+(?: [A-Z][A-Z.&'’-]+){4,7}"               # By U.S. CUSTOMS AND BORDER PROTECTION
    r"|" + _PERSON + r"(?: (?:and|&) " + _PERSON + r")?(?:(?:, | [-–—|] )(?:" + _BYLINE_ROLE + "|" + AGENCY + r")| ?/ ?" + _BYLINE_ROLE + ")"  # Jane Doe, Staff Writer
    # ('Jane Doe / Staff Writer'; 'Jane Doe/Reuters' is a picture's credit)
    r"|" + _PERSON + r" [-–—] " + _BYLINE_DAY +                       # Jane Doe - Oct 13, 2020
    r"|(?:--|[-–—]) ?(?!(?:Mr|Mrs|Ms|Miss|Mx)\.? )(?:" + _PERSON + r"(?:, (?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})?|(?:The )?" + AGENCY
    + r")"  # – Jane Doe, The Post; -Reuters ('- Mr Doe.' under a quotation names its speaker)
    r"|" + _PERSON + r" ?\|(?: ?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})?"   # Jane Doe | Outlet, ET Online|
    r"|" + _ROLE_LINE + r")\s*")


# a full date, month first ('May 06, 2022', 'Sept. 5th 2019'), and with its weekday maybe before it, either way round
# ('Tuesday, May 6, 2022', '6 May 2022'): NL314's flattened pages' bylines before it; a headline's signature line
# under it opens on the first (page_headline)
_SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
MONTH_FIRST_DATE = _SHORT_MONTH + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
MONTH_DAY_YEAR = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:" + MONTH_FIRST_DATE + r"|\d{1,2} "
                  + _SHORT_MONTH + r",? \d{4})\b")

# an extract's permission, the story's own note: its author's copyright and the publisher's leave ('From the book …
# Copyright © 2019 by Jane Doe. Reprinted by permission of Acme Books.'), not the site's legal notice (NL342 leaves it,
# NL344 counts it with the furniture beside it)
EXTRACT_PERMISSION = regexcache.compile(r"(?i)\bcopyright (?:©|\(c\))? ?\d{4},? by\b.{0,120}?"
                                        r"\b(?:reprinted|used|excerpted|adapted) (?:by|with) (?:the )?permission\b")


def timestamp_line(text: str) -> bool:
    """True when the line is only a page date or time, or only its label ('Posted on', '| UPDATED:'). (Each test
    is one C-level call over the line's words: NL311 asks it of every short line of a page, several times.)"""
    if len(text) > STAMP_LONGEST or _NO_STAMP_MARK.search(text):
        return False
    if text.endswith(_RELATIVE_ENDS) and _RELATIVE_STAMP.fullmatch(text.strip()):
        return True
    tokens = _TOKEN.findall(text)
    if not tokens or len(tokens) > 14:
        return False
    lower = list(map(str.lower, tokens))
    if not _STAMP_WORDS.issuperset(filterfalse(str.isdigit, lower)):
        return False
    if not any(map(str.isdigit, lower)):
        return len(tokens) <= 3 and not STAMP_LABELS.isdisjoint(lower)
    return not _MONTHS.isdisjoint(lower) or bool(_NUMERIC_DATE.search(text)) \
        or lower[-1] == "ago" and len(lower) <= 5 and not _AGO.isdisjoint(lower)  # 'Updated 2 hours ago'
