"""``Article.shared`` compiled (``_speedups.c``, block 35c, the base class ``shared_analyses()`` gives) against its
twin, ``model._SharedAnalyses``: the same answers, the same computations and the same errors."""

from __future__ import annotations

import pickle
from collections import UserDict
from typing import Any, Callable

import pytest
from test_native import compiled, needs_compiled

from newslint import model
from newslint.model import Article


def _holder(base: type) -> type:
    class Holder(base):  # type: ignore[misc, valid-type]
        def __init__(self, analyses: Any) -> None:
            self._shared = analyses

    return Holder


def bases() -> list[type]:
    return [model._SharedAnalyses] + ([compiled.shared_analyses()] if compiled is not None else [])


def outcome(holder: Any, key: Any, compute: Callable[[Any], Any]) -> tuple[str, Any]:
    try:
        return "value", holder.shared(key, compute)
    except Exception as exc:  # noqa: BLE001 - the errors are compared
        return type(exc).__name__, str(exc) if not isinstance(exc, TypeError) else None


def run(base: type, analyses_type: type = dict) -> list[Any]:
    """The answers, computations and kept analyses of a sequence of asks on a holder of ``base``."""
    holder = _holder(base)(analyses_type())
    computed: list[str] = []

    def compute(name: str, value: Any) -> Callable[[Any], Any]:
        def computed_value(asker: Any) -> Any:
            assert asker is holder
            computed.append(name)
            return value
        return computed_value

    def failing(asker: Any) -> Any:
        computed.append("failing")
        raise ValueError("no analysis")

    def storing_itself(asker: Any) -> Any:  # a computation that keeps its own answer under its key first
        computed.append("storing")
        asker._shared["nested"] = "inner"
        return "outer"

    answers = [outcome(holder, "words", compute("words", [1, 2])), outcome(holder, "words", compute("again", 0)),
               outcome(holder, "none", compute("none", None)), outcome(holder, "none", compute("none again", 1)),
               outcome(holder, "broken", failing), outcome(holder, "broken", compute("broken", 3)),
               outcome(holder, "nested", storing_itself), outcome(holder, "nested", compute("nested again", 4)),
               outcome(holder, 7, compute("seven", 7)), outcome(holder, ["unhashable"], compute("list", 8))]
    return [answers, computed, dict(holder._shared)]


@needs_compiled
def test_article_is_built_on_the_compiled_base() -> None:
    assert Article.__mro__[1] is compiled.shared_analyses()
    assert compiled.shared_analyses() is compiled.shared_analyses()  # made once


@needs_compiled
@pytest.mark.parametrize("analyses_type", [dict, UserDict])
def test_the_compiled_shared_answers_as_its_twin(analyses_type: type) -> None:
    python, native = (run(base, analyses_type) for base in bases())
    assert native == python
    assert python[1] == ["words", "none", "failing", "broken", "storing", "seven"]
    assert python[2] == {"words": [1, 2], "none": None, "broken": 3, "nested": "outer", 7: 7}


@pytest.mark.parametrize("base", bases())
def test_a_holder_without_analyses_raises_attribute_error(base: type) -> None:
    class Bare(base):  # type: ignore[misc, valid-type]
        pass

    with pytest.raises(AttributeError):
        Bare().shared("key", lambda article: 1)


@pytest.mark.parametrize("base", bases())
def test_wrong_arguments_raise_type_errors(base: type) -> None:
    holder = _holder(base)({})
    with pytest.raises(TypeError):
        holder.shared("key")
    with pytest.raises(TypeError):
        holder.shared("key", lambda article: 1, 2)


def test_an_article_computes_each_analysis_once_and_pickles() -> None:
    article = Article.parse("A first paragraph.\n\nA second one.", "a.txt")
    calls: list[Article] = []
    answer = article.shared("paragraphs", lambda asker: calls.append(asker) or len(asker.paragraphs))
    assert answer == article.shared("paragraphs", lambda asker: 0) == 2 and calls == [article]
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article and copy.shared("paragraphs", lambda asker: 0) == 2
