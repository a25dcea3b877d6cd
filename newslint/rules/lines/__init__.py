"""NL311–NL315: whole lines of a web page that an extractor kept (furniture, captions, bios, dates, bylines).

HTML extractors turn every block of a page into a line. The lines that are not the story
have shapes that carry from site to site: a run of short lines without sentence
punctuation (navigation), a line that is only a date, a byline, an author's bio at the
end, a caption just above its credit. These rules read the shape of a line and its
neighbours, not a list of phrases.

One module per rule family: :mod:`.furniture` (NL311), :mod:`.captions` (NL312),
:mod:`.bylines` (NL313, NL315), :mod:`.stamps` (NL314), :mod:`.prompts` (NL342), :mod:`.glued_blocks` (NL343),
:mod:`.markdown_images` (NL321),
with NL311's :mod:`.bulleted_menus` (menus written as bulleted lists) and :mod:`.page_headline` (the headline it
leaves); the shapes more than one of them reads are in :mod:`._shared`.
"""

from newslint.rules.lines.bylines import AuthorBio, BylineLine
from newslint.rules.lines.captions import CaptionLine
from newslint.rules.lines.furniture import FurnitureLine
from newslint.rules.lines.glued_blocks import GluedBlocks
from newslint.rules.lines.markdown_images import MarkdownImageText
from newslint.rules.lines.prompts import ReaderPrompt
from newslint.rules.lines.stamps import TimestampLine

RULES = (FurnitureLine, CaptionLine, AuthorBio, TimestampLine, BylineLine, ReaderPrompt, GluedBlocks,
         MarkdownImageText)
