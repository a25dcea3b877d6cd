"""Hatch build hook: compiles ``newslint/_speedups.c`` (the compiled per-token loops, see ``newslint/native.py``).

A wheel gets the extension module beside the package's files (and a platform tag); an editable install
(``pip install -e .``) gets it in the source folder, where the editable install's path points. When it cannot be
compiled (no C compiler, no Python headers) the build goes on without it, with a warning, and newslint runs on the
pure-Python versions of the same functions. ``python hatch_build.py`` compiles it in place after an edit of the C.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # ``python hatch_build.py`` in a venv without hatchling needs only compile_extension
    BuildHookInterface = object

ROOT = Path(__file__).resolve().parent
NAME = "newslint._speedups"
SOURCE = "newslint/_speedups.c"


def compile_extension(build_dir: Path) -> Path:
    """Compile the extension into ``build_dir`` with the compiler and flags Python was built with; its path."""
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    command = build_ext(Distribution({"name": "newslint", "ext_modules": [Extension(NAME, [str(ROOT / SOURCE)])]}))
    command.build_lib = str(build_dir)
    command.build_temp = str(build_dir / "temp")
    command.ensure_finalized()
    command.run()
    return Path(command.get_ext_fullpath(NAME))


def install_in_place(built: Path) -> Path:
    """Put the built module beside the sources (a new file renamed over the old: a running process keeps its copy)."""
    target = ROOT / "newslint" / built.name
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(built, partial)
    partial.replace(target)
    return target


class SpeedupsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        self._build_dir = Path(tempfile.mkdtemp(prefix="newslint-build-"))
        try:
            built = compile_extension(self._build_dir)
        except Exception as error:  # noqa: BLE001 (any failure to compile leaves the pure-Python install)
            self.app.display_warning(f"newslint: the compiled helpers were not built ({error}); "
                                     "newslint will run on their pure-Python versions")
            return
        if version == "editable":
            install_in_place(built)
        else:
            build_data["force_include"][str(built)] = f"newslint/{built.name}"
            build_data["pure_python"] = False
            build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        shutil.rmtree(self._build_dir, ignore_errors=True)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(f"built {install_in_place(compile_extension(Path(folder))).relative_to(ROOT)}", file=sys.stderr)
