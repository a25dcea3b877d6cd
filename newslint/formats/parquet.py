"""``parquet``: the findings as a Parquet table, one row per finding (``newslint.api.arrow_schema()``).

Needs pyarrow (``pip install 'newslint[parquet]'``) and a binary stream: ``-o FILE``.
``--statistics`` does not change it: a table of findings is what it is for.
"""

from __future__ import annotations

from newslint.formats import Report


def write(report: Report) -> None:
    import pyarrow.parquet as pq

    from newslint.api import arrow_table

    report.stream.flush()
    pq.write_table(arrow_table(report.diagnostics), report.stream.buffer)
