"""Embedded registries: small servers that behave like the municipality's real ones over HTTP
(Haal Centraal BRP, BAG, Locaties, ZGW Zaken and Catalogi, Notificaties, Qmatic, a Mollie-shaped
payment provider), for the demo, the tests and benchmarks. One sub-package per registry, named as
the registry is; `app` mounts them per municipality. The gateway reaches them only through its
adapters, over real HTTP, as it would the real ones.
"""
