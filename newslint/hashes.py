"""``sha256`` and ``blake2b`` as :mod:`hashlib` gives them, without importing :mod:`hashlib`.

Importing :mod:`hashlib` loads OpenSSL (``_hashlib``): a few milliseconds of
every one-file run, for digests that Python's own modules compute just as well.
The digests are the same; where Python's own module is missing, it is
:mod:`hashlib`'s.
"""

from __future__ import annotations

try:
    from _sha256 import sha256  # Python 3.11
except ImportError:  # pragma: no cover - Python 3.12 renamed it; another implementation may lack it
    try:
        from _sha2 import sha256
    except ImportError:
        from hashlib import sha256

try:
    from _blake2 import blake2b  # what hashlib.blake2b is on CPython
except ImportError:  # pragma: no cover
    from hashlib import blake2b

__all__ = ["blake2b", "sha256"]
