"""``parquet``: the findings as a Parquet table, one row per finding (``newslint.api.arrow_schema()``).

Needs pyarrow (``pip install 'newslint[parquet]'``) and a binary stream: ``-o FILE``.
``--statistics`` does not change it: a table of findings is what it is for.
Written as the findings arrive, a row group per ``ROW_GROUP`` findings.
"""

from __future__ import annotations

from typing import Sequence

from newslint.diagnostic import Diagnostic
from newslint.formats import Report

ROW_GROUP = 50_000


def start(report: Report) -> None:
    import pyarrow.parquet as pq

    from newslint.api import arrow_schema

    report.stream.flush()
    report.state = (pq.ParquetWriter(report.stream.buffer, arrow_schema()), [])


def add(report: Report, diagnostics: Sequence[Diagnostic]) -> None:
    rows = report.state[1]
    rows.extend(diagnostics)
    if len(rows) >= ROW_GROUP:
        _write_rows(report)


def finish(report: Report) -> None:
    if report.state[1] or not report.tally.count:  # an empty report is one empty row group, as before
        _write_rows(report)
    report.state[0].close()


def _write_rows(report: Report) -> None:
    from newslint.api import arrow_table

    writer, rows = report.state
    writer.write_table(arrow_table(rows))
    rows.clear()
