"""The rule registry: built-in rules, built-in and user rule packs, and entry-point plugins.

The CLI, the docs and the config all read rules from here.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from newslint import packs, plugins
from newslint.rule import Rule

ENTRY_POINT_GROUP = "newslint.rules"


class RegistryError(ValueError):
    """A rule could not be registered (bad identity, duplicate code or name, broken plugin)."""


@dataclass
class Registry:
    """All known rule classes, by code."""

    rules: dict[str, type[Rule]]

    def __iter__(self):
        return iter(sorted(self.rules.values(), key=lambda r: _code_key(r.code)))

    def __len__(self) -> int:
        return len(self.rules)

    def add(self, rule: type[Rule]) -> None:
        try:
            rule.validate_identity()
        except ValueError as exc:
            raise RegistryError(str(exc)) from None
        if rule.code in self.rules and self.rules[rule.code] is not rule:
            raise RegistryError(f"rule code {rule.code} is defined twice ({_where(self.rules[rule.code])} and {_where(rule)})")
        for other in self.rules.values():
            if other.name == rule.name and other is not rule:
                raise RegistryError(f"rule name {rule.name} is defined twice ({_where(other)} and {_where(rule)})")
        self.rules[rule.code] = rule

    def lookup(self, code_or_name: str) -> type[Rule] | None:
        """Find a rule by exact code or name."""
        key = code_or_name.strip()
        if key.upper() in self.rules:
            return self.rules[key.upper()]
        for rule in self.rules.values():
            if rule.name == key.lower():
                return rule
        return None

    def match(self, selector: str) -> set[str]:
        """Codes matched by a selector: ``ALL``, a code, a code prefix, or a rule name."""
        key = selector.strip()
        if not key:
            return set()
        if key.upper() == "ALL":
            return set(self.rules)
        rule = self.lookup(key)
        if rule is not None:
            return {rule.code}
        prefix = key.upper()
        matched = {code for code in self.rules if code.startswith(prefix)}
        if not matched:
            raise RegistryError(f"unknown rule selector {selector!r}")
        return matched

    def select(self, select: Sequence[str] | None, extend: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[type[Rule]]:
        """Resolve ``--select``/``--extend-select``/``--ignore`` into rule classes.

        Without ``select``, the rules enabled by default are chosen.
        """
        if select:
            chosen = set().union(*(self.match(s) for s in select))
        else:
            chosen = {code for code, rule in self.rules.items() if rule.default_enabled}
        chosen |= set().union(set(), *(self.match(s) for s in extend))
        chosen -= set().union(set(), *(self.match(s) for s in ignore))
        return [self.rules[code] for code in sorted(chosen, key=_code_key)]


def _code_key(code: str) -> tuple[str, int]:
    letters = code.rstrip("0123456789")
    return letters, int(code[len(letters):] or 0)


def _where(rule: type[Rule]) -> str:
    return getattr(rule, "origin", None) or rule.__module__


def builtin_rule_classes() -> list[type[Rule]]:
    """Every ``RULES`` entry of the modules under :mod:`newslint.rules`."""
    import newslint.rules as package

    found: list[type[Rule]] = []
    for name in sorted(_module_names(package.__path__)):
        if name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{name}")
        found.extend(getattr(module, "RULES", ()))
    return found


def _module_names(folders: Iterable[str]) -> set[str]:
    """The names of the modules and packages in ``folders``, as ``pkgutil.iter_modules`` finds them there (without
    importing pkgutil: a millisecond of every run that lints); a folder that is not one (a zip) is left to it."""
    from importlib.machinery import all_suffixes

    suffixes = all_suffixes()  # .py, .pyc and the extension modules'
    names: set[str] = set()
    for folder in folders:
        if not os.path.isdir(folder):
            import pkgutil

            names.update(info.name for info in pkgutil.iter_modules([folder]))
            continue
        for entry in os.scandir(folder):
            suffix = next((s for s in suffixes if entry.name.endswith(s)), None)
            stem = entry.name[:-len(suffix)] if suffix else entry.name
            if not stem.isidentifier() or stem == "__init__":
                continue
            if suffix and not entry.is_dir() or \
                    not suffix and entry.is_dir() and os.path.isfile(os.path.join(entry.path, "__init__.py")):
                names.add(stem)
    return names


def plugin_rule_classes() -> Iterable[type[Rule]]:
    """Rules published by installed packages under the ``newslint.rules`` entry-point group.

    An entry point may name a Rule subclass or an iterable of them.
    """
    for name, value in plugins.entry_points(ENTRY_POINT_GROUP):
        try:
            loaded = plugins.load(value)
        except Exception as exc:  # a broken plugin must not take newslint down
            raise RegistryError(f"plugin {name!r} ({value}) failed to load: {exc}") from None
        items = [loaded] if isinstance(loaded, type) else list(loaded)
        for item in items:
            if not (isinstance(item, type) and issubclass(item, Rule)):
                raise RegistryError(f"plugin {name!r} ({value}) does not provide newslint Rule classes")
            if item.origin == "newslint":
                item.origin = f"plugin {name}"
            yield item


def build_registry(extra_packs: Sequence[Path] = (), plugins: bool = True) -> Registry:
    """The registry of built-in rules, built-in packs, plugins and the given user packs."""
    registry = Registry({})
    for rule in builtin_rule_classes():
        registry.add(rule)
    for rule in packs.load_packs(packs.builtin_pack_paths()):
        registry.add(rule)
    if plugins:
        for rule in plugin_rule_classes():
            registry.add(rule)
    for rule in packs.load_packs(extra_packs):
        registry.add(rule)
    return registry
