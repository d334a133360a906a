"""The embedded Notificaties API 1.0.0 (kanalen, abonnementen, routing to callback URLs)."""

from trouwgraph.registries.notificaties.app import create_notificaties_registry

__all__ = ["create_notificaties_registry"]
