"""The pipeline integration tests (real datatrove executor, real local Ray) need their extras:
``pip install -e '.[datatrove,ray]'``. Without them they are skipped, except with
NEWSLINT_REQUIRE_PIPELINES=1 (set by .ci/run), where a missing one fails the run.
"""

import importlib.util
import os

ENGINES = ("datatrove", "ray", "pyarrow", "pandas")

if os.environ.get("NEWSLINT_REQUIRE_PIPELINES"):
    _missing = [name for name in ENGINES if importlib.util.find_spec(name) is None]
    if _missing:
        raise RuntimeError(f"NEWSLINT_REQUIRE_PIPELINES is set but {', '.join(_missing)} is not installed "
                           "(pip install -e '.[datatrove,ray]')")
