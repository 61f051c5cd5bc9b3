"""ORM tables. Each feature keeps its tables in its own module; import them all here
so metadata is complete for migrations and tests."""

from securebase.storage.models.base import Base, UtcDateTime
from securebase.storage.models.journal import TriggerMomentRow
from securebase.storage.models.meta import SettingRow

__all__ = ["Base", "UtcDateTime", "TriggerMomentRow", "SettingRow"]

# feature tables register themselves on Base.metadata when imported
from securebase.storage.models import assessment, practice  # noqa: E402,F401
