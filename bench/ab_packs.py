"""``bench/ab.py rules`` for the built-in pack rules, which no module lists as ``RULES``.

    python bench/ab_packs.py BASE [OTHER ...] [--rounds 7] [--batch 32] [--limit N] [--select NL301,NL520]

Each side's rules are its own ``newslint/packs.py`` reading its own ``rules/*.yaml`` (every other module this
checkout's), timed per article on the BBC + scraped mix as ``bench/ab.py rules`` times a module's rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import ab  # noqa: E402


def pack_rules(side: ab.Side, module: str, codes: list[str] | None) -> list:
    """The side's built-in pack rules (``module`` is its ``newslint.packs``)."""
    packs = side.module(module)
    with side.active():
        return [cls() for cls in packs.load_packs(packs.builtin_pack_paths()) if codes is None or cls.code in codes]


if __name__ == "__main__":
    ab.rules_of = pack_rules
    ab.main(["rules", *sys.argv[1:], "--module", "newslint/packs.py"])
