"""The documentation: its generated sections and the site built from docs/.

Generated sections (the settings, the `[proces]` keys and the state machine) stand in a page
under docs/ between `<!-- begin NAME -->` and `<!-- end NAME -->`; `trouwgraph docs --write`
refreshes them, and a test fails when they drift from the code. `trouwgraph docs --site` builds
the MkDocs site (mkdocs.yml at the root; MkDocs is a test dependency) with every warning an error.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from trouwgraph.domain.status import mermaid_diagram
from trouwgraph.schema.foutcodes import catalogus_markdown
from trouwgraph.server.gemeenten.proces import proces_reference
from trouwgraph.server.settings import settings_reference

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


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


def build_site(site_dir: Path) -> None:
    """Build the documentation site into `site_dir`; any MkDocs warning aborts the build."""
    try:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import Abort
    except ImportError as error:
        raise RuntimeError("the site needs MkDocs: pip install -e '.[test]'") from error
    config_file = ROOT / "mkdocs.yml"
    if not config_file.exists():
        raise RuntimeError(f"no {config_file}: the site is built from a checkout")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's banner about MkDocs 2.0
    shown = logging.StreamHandler(sys.stderr)
    shown.setLevel(logging.WARNING)
    shown.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(shown)
    try:
        config = load_config(str(config_file), strict=True, site_dir=str(site_dir.resolve()))
        build(config)
    except Abort as error:
        raise RuntimeError(str(error)) from error
    finally:
        logger.removeHandler(shown)
