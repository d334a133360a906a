"""The outside world, seen from the use cases: one port and one HTTP client per upstream registry.

A port is a `Protocol` the resolvers depend on (`agenda.Agenda`, `brp.PersonenBevragen`, ...);
beside it the client that speaks the registry's real HTTP API through a long-lived
`httpx.AsyncClient`, its wire shapes (`<registry>_payloads`), how its answers are read
(`<registry>_parsing`, `responses`) and how its failures become the gateway's errors (`errors`).
A new registry adapter is a module named after the registry here (`<registry>.py`, plus
`<registry>_payloads.py` for its wire shapes), with its embedded counterpart in `registries/` and
its wiring in `server/gemeenten/runtime.py`. Nothing here knows GraphQL or the database.
"""
