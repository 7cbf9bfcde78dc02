import logging
from enum import StrEnum
from typing import ClassVar, cast

_log = logging.getLogger("perplexity_async")


class BatchObject(StrEnum):
    BATCH = "batch"

    # The members by value, values _missing_ kept included (set below: not a member).
    _by_value: ClassVar[dict[object, "BatchObject"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BatchObject | None":
        """An unknown string becomes a member of its own that keeps the value; non-strings stay errors."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        # Registered, so the next lookup of this value finds it: one WARNING per value.
        cls._value2member_map_[value] = member
        _log.warning(
            "BatchObject: the server sent %r, which this SDK's spec does not know; kept as is",
            value,
        )
        return member


# The enum's own table, which _missing_ adds to.
BatchObject._by_value = cast(
    "dict[object, BatchObject]", BatchObject._value2member_map_
)
