"""``JobStatus``: one status vocabulary for the jobs and runs of every API.

The Sonar async API says CREATED, IN_PROGRESS, COMPLETED, FAILED; the Agent API says queued,
in_progress, requires_action, completed, failed, cancelled. Both map onto these members (a
Sonar status by value, an Agent API status by its upper-cased value). A status neither spec
knows is kept as is (its generated enum already logged one WARNING) and waited on as pending.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["DONE", "PENDING", "JobStatus", "job_status"]


class JobStatus(StrEnum):
    """A job's or run's status; a newer value the SDK does not know is kept as is.

    Example: ``if job.status == pa.JobStatus.COMPLETED: print(job.text)``
    """

    CREATED = "CREATED"  # Sonar: accepted, not started
    QUEUED = "QUEUED"  # Agent API: accepted, waiting for capacity
    IN_PROGRESS = "IN_PROGRESS"
    REQUIRES_ACTION = "REQUIRES_ACTION"  # Agent API: waits for the caller (a tool's output)
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"  # Agent API: cancelled

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> JobStatus | None:
        """An unknown string: a pseudo-member that keeps it, the same one each time for the
        first ``_MAX_KEPT`` values (memory stays bounded whatever a server sends)."""
        if not isinstance(value, str):
            return None
        member = _kept.get(value)
        if member is None:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            if len(_kept) < _MAX_KEPT:
                _kept[value] = member
        return member


# Shown and pickled where users import it from (see perplexity_async/__init__.py).
JobStatus.__module__ = "perplexity_async"

_MAX_KEPT = 100
_kept: dict[str, JobStatus] = {}


# Polling again will not change these (REQUIRES_ACTION waits for the caller, who must act
# elsewhere); anything else, an unknown status included, is still pending.
DONE = frozenset(
    {JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED, JobStatus.REQUIRES_ACTION}
)
PENDING = frozenset({JobStatus.CREATED, JobStatus.QUEUED, JobStatus.IN_PROGRESS})

_BY_WIRE: dict[str, JobStatus] = {
    **{member.value: member for member in JobStatus},
    **{member.value.lower(): member for member in JobStatus},
}


def job_status(value: object) -> JobStatus:
    """A status as the wire (or a generated enum) has it, as a ``JobStatus``."""
    text = str(value)
    known = _BY_WIRE.get(text)
    return known if known is not None else JobStatus(text)
