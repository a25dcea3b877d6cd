"""newslint as a Ray Data step (``pip install 'newslint[ray]'``): a callable class for ``map_batches``.

.. code-block:: python

    import ray
    from newslint.integrations.ray import NewslintBatch

    ds = ray.data.read_json("corpus/")  # or read_parquet
    ds = ds.map_batches(NewslintBatch, fn_constructor_kwargs={"select": ["NL1", "NL3"]}, batch_format="pyarrow",
                        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=8))
    ds.write_parquet("findings/")

Use an autoscaling actor pool (``min_size=1``): a fixed pool as large as the
CPU count leaves no CPU for Ray's own tasks and can hang. Each actor builds the
rules once. Every batch comes back as a ``pyarrow.Table`` with three columns
added, of fixed types whatever the batch holds (a batch of clean documents
too): ``newslint`` (the findings, ``newslint.api.arrow_findings_type()``),
``newslint_count`` and ``newslint_max_severity`` (``none`` when clean).
"""

from __future__ import annotations

from typing import Any

from newslint.api import Linter, arrow_findings_type, max_severity


class NewslintBatch:
    """Lints the text column of a batch (pyarrow Table, pandas DataFrame or dict of arrays).

    Column names come from the linter's record fields (``text``, ``title``,
    ``date``, ``url``, ``id``; see ``[jsonl]`` in the config, or ``fields=``).
    """

    def __init__(self, linter: Linter | None = None, **settings: Any) -> None:
        self.linter = linter or Linter(**settings)

    def __call__(self, batch: Any):
        import pyarrow as pa

        table = _as_table(batch)
        fields = self.linter.fields
        wanted = [name for name in dict.fromkeys((fields.text, fields.title, fields.date, fields.url, fields.id,
                                                  fields.ignore))
                  if name in table.column_names]
        found = self.linter.lint_batch(table.select(wanted).to_pylist())
        worst = [max_severity(diagnostics) for diagnostics in found]
        return (table
                .append_column("newslint", pa.array([[d.to_dict() for d in diagnostics] for diagnostics in found],
                                                    type=arrow_findings_type()))
                .append_column("newslint_count", pa.array([len(diagnostics) for diagnostics in found], pa.int64()))
                .append_column("newslint_max_severity", pa.array([str(s) if s else "none" for s in worst],
                                                                 pa.string())))


def _as_table(batch: Any):
    import pyarrow as pa

    if isinstance(batch, pa.Table):
        return batch
    if type(batch).__name__ == "DataFrame":  # pandas, without importing it
        return pa.Table.from_pandas(batch, preserve_index=False)
    if isinstance(batch, dict):
        return pa.table({name: list(values) for name, values in batch.items()})
    raise TypeError(f"NewslintBatch takes a pyarrow Table, a pandas DataFrame or a dict of columns, "
                    f"not {type(batch).__name__}")
