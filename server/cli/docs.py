"""Generated documentation sections: the settings, the `[proces]` keys and the state machine.

A page under docs/ keeps each between `<!-- begin NAME -->` and `<!-- end NAME -->`;
`trouwgraph docs --write` refreshes them, and a test fails when they drift from the code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from trouwgraph.domain.status import mermaid_diagram
from trouwgraph.schema.foutcodes import catalogus_markdown
from trouwgraph.server.gemeenten.proces import proces_reference
from trouwgraph.server.settings import settings_reference

DOCS = Path(__file__).resolve().parents[2] / "docs"


def statusdiagram() -> str:
    """The state machine as mermaid, status changes only (actions within a status are listed
    in the process page's table of actions)."""
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
    "foutcodes": catalogus_markdown,
}
# Which page holds which generated sections.
PAGES: dict[str, tuple[str, ...]] = {
    "configuration.md": ("settings", "proces"),
    "process.md": ("statusdiagram",),
    "frontend.md": ("foutcodes",),
}


def stale_pages(*, write: bool) -> list[Path]:
    """The pages whose generated sections are out of date (rewritten when `write`)."""
    stale = []
    for name, sections in PAGES.items():
        page = DOCS / name
        current = page.read_text(encoding="utf-8")
        fresh = render(current, sections)
        if fresh != current:
            stale.append(page)
            if write:
                page.write_text(fresh, encoding="utf-8")
    return stale


def render(text: str, sections: tuple[str, ...] = tuple(SECTIONS)) -> str:
    """`text` with each of `sections` replaced by its current content."""
    for name in sections:
        make = SECTIONS[name]
        pattern = re.compile(
            rf"(<!-- begin {name} -->\n)(?:.*?\n)?(<!-- end {name} -->)", flags=re.DOTALL
        )
        if not pattern.search(text):
            raise ValueError(f"the page has no section {name}")
        content = make()
        text = pattern.sub(lambda m: f"{m.group(1)}{content}\n{m.group(2)}", text)  # noqa: B023
    return text
