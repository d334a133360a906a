"""The municipality's wedding locations: from its configuration, or from its Locaties API
catalogue (`[locaties] bron = "locaties-api"`).

The catalogue is read when the municipality's runtime starts, so at every start and reload: a
catalogue that cannot be read, or that does not fit the process configuration (a ceremony type
naming a location the catalogue lacks), fails that start - at a reload, the old runtime keeps
serving - rather than leaving a municipality with no or half its locations.
"""

from __future__ import annotations

from dataclasses import replace

import httpx

from trouwgraph.adapters.bag import Adresregister
from trouwgraph.adapters.errors import UpstreamError
from trouwgraph.adapters.locaties import LocatiesApi, Locatievoorwaarden
from trouwgraph.domain.begrippen import Locatiesoort
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import ConfiguratieFout
from trouwgraph.server.gemeenten.config import LOCATIES_API, Gemeente
from trouwgraph.server.gemeenten.errors import ConfigError

__all__ = ["met_locaties"]


async def met_locaties(
    gemeente: Gemeente, client: httpx.AsyncClient | None, adressen: Adresregister
) -> ProcesConfiguratie:
    """The municipality's process configuration with its locations from where it keeps them;
    `client` reaches registers.locaties (needed with the Locaties API only)."""
    if gemeente.locaties.bron != LOCATIES_API:
        return gemeente.procesconfiguratie
    if client is None:
        raise ValueError("the Locaties API needs a client")
    catalogus = LocatiesApi(
        client,
        timeout=client.timeout,
        voorwaarden={
            identificatie: Locatievoorwaarden(
                v.capaciteit, v.prijs_cents, Locatiesoort(v.soort), v.slotduur_minuten
            )
            for identificatie, v in gemeente.locaties.voorwaarden.items()
        },
        adressen=adressen,
    )
    waar = f"{gemeente.naam} ({gemeente.gemeentecode}): locaties from the Locaties API"
    try:
        locaties = await catalogus.locaties()
    except UpstreamError as error:
        raise ConfigError(f"{waar}: not read ({error.code})") from None
    if not locaties:
        raise ConfigError(f"{waar}: none of the catalogue has voorwaarden")
    try:
        return replace(gemeente.procesconfiguratie, locaties=tuple(locaties))
    except ConfiguratieFout as fout:
        raise ConfigError(f"{waar}: {fout}") from None
