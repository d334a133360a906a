"""A processing log that keeps its records in memory (a fake at the port)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class GeheugenLogboek:
    """Records (verwerking, bsn, geslaagd) in order."""

    records: list[tuple[str, str, bool]] = field(default_factory=list)

    def registreer(
        self, verwerking: str, betrokkenen: Iterable[str], *, geslaagd: bool = True
    ) -> None:
        """Keep one record per distinct data subject."""
        self.records += [(verwerking, bsn, geslaagd) for bsn in sorted(set(betrokkenen))]
