"""The documentation site: built by one command with no warning, every page in the nav, links
and anchors valid, and nothing loaded from the internet when a page is read.

The generated reference sections are kept current by tests/test_schema_sdl.py; `docs --site`
refuses to build from stale ones.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"


def _build(site: Path, *, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  (our own command)
        [sys.executable, "-m", "trouwgraph", "docs", "--site", str(site)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("mkdocs", reason="MkDocs is a test dependency: pip install -e '.[test]'")
    pytest.importorskip("material", reason="mkdocs-material is a test dependency")
    target = tmp_path_factory.mktemp("site")
    built = _build(target)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "WARNING" not in built.stderr, built.stderr
    return target


def _config() -> dict[str, Any]:
    loaded = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _nav_pages(nav: Any) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [page for item in nav for page in _nav_pages(item)]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _nav_pages(value)]
    raise AssertionError(f"unexpected nav entry {nav!r}")


def test_every_page_in_docs_is_in_the_nav_once() -> None:
    pages = _nav_pages(_config()["nav"])
    on_disk = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))
    missing = [page for page in on_disk if page not in pages]
    assert not missing, f"add these pages to the nav in mkdocs.yml: {missing}"
    assert sorted(set(pages)) == sorted(pages), "a page stands twice in the nav"
    assert not [page for page in pages if page not in on_disk], "the nav names a missing page"


def test_the_nav_has_a_section_for_each_reader() -> None:
    sections = [next(iter(item)) for item in _config()["nav"] if isinstance(item, dict)]
    for reader in (
        "Operators",
        "Front-end developers",
        "Configuration reference",
        "Security and privacy",
        "Contributors",
        "Decisions",
    ):
        assert reader in sections


def test_the_site_builds_without_a_warning(site: Path) -> None:
    for page in ("index.html", "configuration.html", "changelog.html", "adr/index.html"):
        assert (site / page).is_file(), page
    changelog = (site / "changelog.html").read_text(encoding="utf-8")
    assert "Unreleased" in changelog, "the changelog page includes CHANGELOG.md"
    schema_page = (site / "api" / "schema.html").read_text(encoding="utf-8")
    assert "mijnHuwelijken" in schema_page, "the schema page includes schema/schema.graphql"


ASSET = re.compile(
    r"<(?:script|img|iframe|source|link)\b[^>]*?\b(?:src|href)=\"(?P<url>(?:https?:)?//[^\"]+)\"",
    flags=re.IGNORECASE,
)


def test_no_asset_loads_from_the_internet(site: Path) -> None:
    config = _config()
    # Material loads Google Fonts unless the font is off, the repository's facts from GitHub's
    # API when repo_url is set, and mermaid.js from a CDN for `.mermaid` blocks.
    assert config["theme"]["font"] is False
    assert "repo_url" not in config
    external = []
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        external += [f"{page.name}: {m['url']}" for m in ASSET.finditer(html)]
        if re.search(r"class=\"[^\"]*\bmermaid\b", html):
            external.append(f"{page.name}: a mermaid block (Material fetches mermaid.js)")
    for stylesheet in site.rglob("*.css"):
        css = stylesheet.read_text(encoding="utf-8")
        imports = re.findall(r"@import\s+url\(['\"]?http[^)]*", css)
        external += [f"{stylesheet.name}: {url}" for url in imports]
    assert not external, external


def test_a_broken_link_or_anchor_fails_the_build(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="MkDocs is a test dependency: pip install -e '.[test]'")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Start\n\n[there](other.md#nowhere), [gone](gone.md)\n")
    (docs / "other.md").write_text("# Other\n\n## Somewhere\n")
    config = _config()
    for key in ("theme", "plugins", "extra", "nav"):
        config.pop(key, None)
    config["markdown_extensions"] = ["toc"]
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config))
    code = (
        "import sys; from pathlib import Path; from trouwgraph.server.cli import docs;"
        "docs.ROOT = Path('.'); docs.build_site(Path(sys.argv[1]))"
    )
    built = subprocess.run(  # noqa: S603  (our own code)
        [sys.executable, "-c", code, str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert built.returncode != 0
    assert "'gone.md'" in built.stderr
    assert "#nowhere" in built.stderr


CODE_PATH = re.compile(
    r"`((?:domain|store|registries|adapters|resolvers|schema|server|tests|examples|benchmarks"
    r"|docs)/[A-Za-z0-9_./-]*)`"
)


def test_every_path_the_documentation_names_exists() -> None:
    pages = [*DOCS.rglob("*.md"), ROOT / "README.md", ROOT / "CHANGELOG.md"]
    named = {
        (page.relative_to(ROOT).as_posix(), path)
        for page in pages
        for path in CODE_PATH.findall(page.read_text(encoding="utf-8"))
    }
    assert len(named) > 30
    missing = sorted(f"{page}: {path}" for page, path in named if not (ROOT / path).exists())
    assert not missing, f"the documentation names files that are not there: {missing}"
