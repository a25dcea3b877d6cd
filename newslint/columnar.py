"""Parquet input: each row of a ``.parquet`` file is a record, read exactly like a JSON Lines record.

The rows are handed on as JSON lines (only the columns newslint reads: text,
title, date, url, id, ignore), so that streaming, worker processes, the cache
and every report treat a Parquet file as they treat a ``.jsonl`` file; a
record's "line" is its 1-based row number. pyarrow is imported only when a
Parquet file is read (``pip install 'newslint[parquet]'``).
"""

from __future__ import annotations

import importlib.util
import json
from typing import BinaryIO, Iterator

from newslint.config import JsonlFields

RECORD_SUFFIXES = (".jsonl", ".parquet")
PYARROW_MISSING = "needs pyarrow (pip install 'newslint[parquet]')"
ROWS_PER_BATCH = 1024


def is_record_file(path: str) -> bool:
    """Whether an input is read as records (JSON Lines or Parquet) rather than as one article."""
    return path.endswith(RECORD_SUFFIXES)


def is_parquet(path: str) -> bool:
    return path.endswith(".parquet")


def has_pyarrow() -> bool:
    return importlib.util.find_spec("pyarrow") is not None


def parquet_lines(source: str | BinaryIO, fields: JsonlFields) -> Iterator[bytes]:
    """The rows of a Parquet file as JSON lines (no line end), in order; OSError if it cannot be read."""
    try:
        import pyarrow.parquet as pq

        table = pq.ParquetFile(source)
        names = set(table.schema_arrow.names)
        wanted = dict.fromkeys((fields.text, fields.title, fields.date, fields.url, fields.id, fields.ignore))
        batches = table.iter_batches(batch_size=ROWS_PER_BATCH, columns=[name for name in wanted if name in names])
        for batch in batches:
            for row in batch.to_pylist():
                yield json.dumps(row, ensure_ascii=False, default=str).encode("utf-8")
    except ImportError:
        raise OSError(f"reading Parquet {PYARROW_MISSING}") from None
    except (ValueError, TypeError, NotImplementedError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise OSError(f"not a readable Parquet file: {str(exc).splitlines()[0] if str(exc) else exc}") from None


def usage_problem(fmt: str, files: list[str], output_file: str | None, fixing: bool) -> str | None:
    """Why a run cannot go ahead with Parquet (one line), or None."""
    parquet_inputs = [path for path in files if is_parquet(path)]
    if (parquet_inputs or fmt == "parquet") and not has_pyarrow():
        return f"{parquet_inputs[0] if parquet_inputs else '--format parquet'}: Parquet {PYARROW_MISSING}"
    if fmt == "parquet" and not output_file:
        return "--format parquet writes a binary file: give it with -o FILE"
    if parquet_inputs and fixing:
        return f"{parquet_inputs[0]}: --fix and --diff cannot rewrite Parquet files (fix the JSONL, or fix from Python)"
    return None
