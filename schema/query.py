"""The Query root."""

from __future__ import annotations

import strawberry

from schema.persoon import Info, PersoonType, laad_persoon
from schema.scalars import BSN


@strawberry.type
class Query:
    """Everything a client can read."""

    @strawberry.field(description="Een persoon uit de BRP. Een burger mag alleen zichzelf zien.")
    async def persoon(self, info: Info, burgerservicenummer: BSN) -> PersoonType | None:
        return await laad_persoon(info, burgerservicenummer)

    @strawberry.field(description="De ingelogde persoon zelf, uit de BRP.")
    async def ik(self, info: Info) -> PersoonType | None:
        actor = info.context.vereist_actor()
        if actor.bsn is None:
            return None
        return await laad_persoon(info, actor.bsn)
