"""NewslintBatch on a real local Ray (2 CPUs): map_batches with an autoscaling actor pool."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from newslint.api import arrow_findings_type  # noqa: E402
from newslint.integrations.ray import NewslintBatch  # noqa: E402

CLEAN = "The minister said growth was strong.\n\nShe added that exports rose."
GLUED = "Comments are moderated.\n\nKremlin spokespersonDmitry Peskov declined to comment."
RECORDS = [{"id": f"r{i}", "text": CLEAN if i % 3 else GLUED} for i in range(1, 13)]  # r1, r2: clean


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


def lint_dataset(batch_format: str):
    dataset = ray.data.from_items(RECORDS)
    return dataset.map_batches(NewslintBatch, fn_constructor_kwargs={"select": ["NL102", "NL301"]},
                               batch_size=4, batch_format=batch_format,
                               compute=ray.data.ActorPoolStrategy(min_size=1, max_size=2))


@pytest.mark.parametrize("batch_format", ["pyarrow", "numpy"])  # numpy: Ray's default
def test_map_batches_with_an_autoscaling_actor_pool(local_ray, batch_format):
    rows = {row["id"]: row for row in lint_dataset(batch_format).take_all()}
    assert sorted(rows) == sorted(r["id"] for r in RECORDS)
    assert (list(rows["r1"]["newslint"]), rows["r1"]["newslint_count"], rows["r1"]["newslint_max_severity"]) == \
        ([], 0, "none")
    glued = rows["r3"]
    assert [f["rule"] for f in glued["newslint"]] == ["NL301", "NL102"]
    assert [glued["text"][f["start"]:f["end"]] for f in glued["newslint"]] == \
        ["Comments are moderated.", "spokespersonDmitry"]
    assert glued["newslint"][0]["id"] == "r3" and glued["newslint_max_severity"] == "warning"


def test_written_parquet_has_typed_findings_although_the_first_rows_are_clean(local_ray, tmp_path):
    lint_dataset("pyarrow").write_parquet(str(tmp_path))
    table = pq.read_table(str(tmp_path))
    assert table.schema.field("newslint").type == arrow_findings_type()
    assert sum(table.column("newslint_count").to_pylist()) == 2 * 4  # r3, r6, r9, r12


def test_the_batch_class_takes_pandas_and_refuses_other_batches():
    import pandas as pd

    table = NewslintBatch(select=["NL102"])(pd.DataFrame({"id": ["p1"], "text": [GLUED]}))
    assert table.column("newslint_count").to_pylist() == [1]
    with pytest.raises(TypeError, match="pyarrow Table"):
        NewslintBatch()([GLUED])
