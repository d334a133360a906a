"""Generated README sections: the settings, the `[proces]` keys and the state machine.

The README keeps each between `<!-- begin NAME -->` and `<!-- end NAME -->`; `trouwgraph docs
--write` refreshes them, and a test fails when they drift from the code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from domain.status import mermaid_diagram
from server.proces import proces_reference
from server.settings import settings_reference

README = Path(__file__).resolve().parent.parent / "README.md"


def statusdiagram() -> str:
    """The state machine as mermaid, status changes only (actions within a status are listed
    in the README's table of actions)."""
    regels = [
        regel for regel in mermaid_diagram().splitlines() if "-->" not in regel or _verandert(regel)
    ]
    return "```mermaid\n" + "\n".join(regels) + "\n```"


def _verandert(regel: str) -> bool:
    van, _, rest = regel.strip().partition(" --> ")
    naar = rest.split(" : ")[0]
    return van != naar


SECTIONS: dict[str, Callable[[], str]] = {
    "settings": settings_reference,
    "proces": proces_reference,
    "statusdiagram": statusdiagram,
}


def render(text: str) -> str:
    """`text` with every generated section replaced by its current content."""
    for name, make in SECTIONS.items():
        pattern = re.compile(
            rf"(<!-- begin {name} -->\n)(?:.*?\n)?(<!-- end {name} -->)", flags=re.DOTALL
        )
        if not pattern.search(text):
            raise ValueError(f"README has no section {name}")
        content = make()
        text = pattern.sub(lambda m: f"{m.group(1)}{content}\n{m.group(2)}", text)  # noqa: B023
    return text
