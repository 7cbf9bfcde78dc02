"""JSON decoding: msgspec when installed (``pip install perplexity-async[speed]``), else the stdlib.

msgspec decodes a ~1 MB deep-research job about twice as fast as the stdlib, with integers of any
size kept exact (orjson was measured turning integers beyond 64 bits into floats, so it is not
used). Whatever msgspec refuses and the stdlib accepts (lone surrogate escapes, NaN, UTF-16
bodies, 1e400), the stdlib decides, so results never depend on the extra.

JSON nested too deep for the stdlib's recursion raises ``TooDeepError`` (a ValueError), never a
bare RecursionError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["TooDeepError", "loads", "loads_stdlib"]


class TooDeepError(ValueError):
    """JSON nested deeper than the decoder can follow (it is JSON, but not the API's)."""


def loads_stdlib(body: bytes) -> Any:
    try:
        return json.loads(body)
    except RecursionError:
        raise TooDeepError("JSON nested too deeply to decode") from None


try:
    import msgspec
except ImportError:  # the optional `speed` extra is not installed
    loads: Callable[[bytes], Any] = loads_stdlib
else:
    _decode = msgspec.json.Decoder().decode

    def loads(body: bytes) -> Any:
        try:
            return _decode(body)
        except RecursionError:
            raise TooDeepError("JSON nested too deeply to decode") from None
        except msgspec.MsgspecError:
            return loads_stdlib(body)  # the stdlib's error, or accepts what msgspec won't
