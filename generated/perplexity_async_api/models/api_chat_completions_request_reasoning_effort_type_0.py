import logging
from enum import StrEnum

_log = logging.getLogger("perplexity_async")


class ApiChatCompletionsRequestReasoningEffortType0(StrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    MINIMAL = "minimal"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ApiChatCompletionsRequestReasoningEffortType0 | None":
        """An unknown string becomes a member of its own that keeps the value; non-strings stay errors."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        # Registered, so the next lookup of this value finds it: one WARNING per value.
        cls._value2member_map_[value] = member
        _log.warning(
            "ApiChatCompletionsRequestReasoningEffortType0: the server sent %r, which this SDK's spec does not know; kept as is",
            value,
        )
        return member
