"""Defect injectors for the rules of flattened one-line pages (NL318, NL319, NL344).

Each builds its defect from parts drawn at random, so that the rule meets shapes, not one string.
"""

from __future__ import annotations

import random
from typing import Callable

from inject_quotes_boilerplate import _name

_TEAMS = ["Ashby", "Brook Rovers", "Carlton", "Dunmore United", "Elmfield", "Fairhaven Town", "Glenrock"]


def _flattened(text: str) -> tuple[str, str] | None:
    """The title and the body joined into one line, as summarisation datasets keep an article."""
    title, sep, body = text.partition("\n\n")
    if not sep or len(body) < 600:
        return None
    return title, " ".join(line.strip() for line in body.split("\n") if line.strip())


def inject_unfinished_ending(text: str, rng: random.Random):
    """The body flattened into one line, a caption without a full stop left at its end."""
    flat = _flattened(text)
    if not flat:
        return None
    title, body = flat
    caption = (f"{_name(rng)} {rng.choice(['pictured', 'seen', 'photographed'])} "
               f"{rng.choice(['outside the court', 'at the launch', 'during the visit', 'with supporters'])} "
               f"{rng.choice(['on Monday', 'last week', 'in 2019', 'earlier this year'])}")
    head = f"{title}\n\n{body} "
    return head + caption + "\n", len(head), len(head) + len(caption)


def inject_live_commentary(text: str, rng: random.Random):
    """A play-by-play feed glued to the end of the last paragraph."""
    home, away = rng.sample(_TEAMS, 2)
    goals = (rng.randint(0, 4), rng.randint(0, 4))
    items = [f"Match ends, {home} {goals[0]}, {away} {goals[1]}.",
             f"Second Half ends, {home} {goals[0]}, {away} {goals[1]}."]
    for _ in range(rng.randint(3, 8)):
        team = rng.choice((home, away))
        items.append(rng.choice([f"Foul by {_name(rng)} ({team}).", f"{_name(rng)} ({team}) wins a free kick.",
                                 f"Corner,  {team}.", f"Attempt saved. {_name(rng)} ({team}) header is saved.",
                                 f"Substitution, {team}. {_name(rng)} replaces {_name(rng)}.",
                                 f"Offside, {team}."]))
    feed = "".join(items)
    body = text.rstrip("\n")
    return body + feed + "\n", len(body), len(body) + len(feed)


_LABELS = ["Home", "News", "Local News", "World", "Politics", "Business", "Money", "Sport", "Football", "Cricket",
           "Weather", "Travel", "Health", "Science", "Opinion", "Letters to the Editor", "Food & Drink", "Podcasts",
           "Video", "Photos", "Obituaries", "Jobs", "Contact Us", "About Us", "Advertise", "Privacy Policy",
           "Terms of Use", "Cookie Settings", "Newsletters", "Subscribe", "Sign In", "Puzzles", "Events", "Archive"]


def inject_run_in_menu(text: str, rng: random.Random):
    """The body flattened into one line, a site's menu (labels drawn from a pool) run in after the title, between
    two sentences or at the end."""
    flat = _flattened(text)
    if not flat or len(flat[1]) < 1000:
        return None
    title, body = flat
    menu = " ".join(rng.sample(_LABELS, rng.randint(10, 16)))
    stops = [at + 2 for at in range(len(body) - 2) if body[at] == "." and body[at + 1] == " "]
    at = rng.choice([0, len(body), *stops[:3]])
    head = f"{title}\n\n{body[:at]}" + (" " if at == len(body) else "")
    tail = (" " if at < len(body) else "") + body[at:]
    return head + menu + tail + "\n", len(head), len(head) + len(menu)


INJECTORS: dict[str, Callable] = {
    "NL318": inject_unfinished_ending,
    "NL319": inject_live_commentary,
    "NL344": inject_run_in_menu,
}
