"""JSON decoding: msgspec when installed (``pip install perplexity-async[speed]``), else the stdlib.

msgspec decodes a ~1 MB deep-research job about twice as fast as the stdlib, with integers of any
size kept exact (orjson was measured turning integers beyond 64 bits into floats, so it is not
used). Whatever msgspec refuses and the stdlib accepts (lone surrogate escapes, NaN, UTF-16
bodies, 1e400), the stdlib decides, so results never depend on the extra.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads", "loads_stdlib"]

loads_stdlib: Callable[[bytes], Any] = json.loads

try:
    import msgspec
except ImportError:  # the optional `speed` extra is not installed
    loads: Callable[[bytes], Any] = json.loads
else:
    _decode = msgspec.json.Decoder().decode

    def loads(body: bytes) -> Any:
        try:
            return _decode(body)
        except msgspec.MsgspecError:
            return json.loads(body)  # raises the stdlib's error, or accepts what msgspec won't
