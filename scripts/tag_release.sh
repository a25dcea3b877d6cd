#!/usr/bin/env bash
# Tag a release from the package version (newslint/__init__.py, which pyproject reads): v<version>.
# The README's pre-commit example pins that tag; publish it with `git push origin v<version>`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' newslint/__init__.py)
[ -n "$version" ] || { echo "tag_release: no __version__ in newslint/__init__.py" >&2; exit 1; }
tag="v$version"
git diff --quiet HEAD -- || { echo "tag_release: uncommitted changes; commit them first" >&2; exit 1; }
if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  echo "tag_release: $tag exists already; raise __version__ first" >&2; exit 1
fi
grep -qE "rev: $tag( |$)" README.md || { echo "tag_release: README's pre-commit example does not pin $tag" >&2; exit 1; }
git tag -a "$tag" -m "newslint $version"
echo "tagged $tag at $(git rev-parse --short HEAD); publish it with: git push origin $tag"
