"""The embedded provider's test checkout page: pay, fail or cancel a payment with one click.

Plain HTML forms (no script) that POST `status=paid|failed|canceled` back to the same URL, so
the page works wherever the registry is mounted. Everything shown is escaped.
"""

from __future__ import annotations

from html import escape

from trouwgraph.registries.betalingen.betalingen import Payment, bedrag_als_tekst

__all__ = ["afgerond_pagina", "checkout_pagina"]

_KNOPPEN = (("paid", "Betalen"), ("failed", "Betaling laten mislukken"), ("canceled", "Annuleren"))
_STATUS_TEKST = {
    "paid": "betaald",
    "failed": "mislukt",
    "canceled": "geannuleerd",
    "expired": "verlopen",
}


def _pagina(titel: str, inhoud: str) -> str:
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(titel)}</title></head><body><main>"
        f"<h1>{escape(titel)}</h1>{inhoud}</main></body></html>"
    )


def checkout_pagina(payment: Payment) -> str:
    """The checkout page of an open payment."""
    knoppen = "".join(
        f'<form method="post"><input type="hidden" name="status" value="{waarde}">'
        f'<button type="submit">{escape(label)}</button></form>'
        for waarde, label in _KNOPPEN
    )
    return _pagina(
        "Testbetaling",
        "<p>Dit is de testbetaalomgeving van trouwgraph; er wordt geen geld overgemaakt.</p>"
        f"<p>{escape(payment.description)}</p>"
        f"<p>Bedrag: &euro; {escape(bedrag_als_tekst(payment.cents).replace('.', ','))}</p>"
        f"{knoppen}",
    )


def afgerond_pagina(payment: Payment | None) -> str:
    """The page for a payment that cannot be paid (any more), or does not exist."""
    if payment is None:
        return _pagina("Betaling niet gevonden", "<p>Deze betaling bestaat niet.</p>")
    status = _STATUS_TEKST.get(payment.status, payment.status)
    return _pagina(
        "Betaling afgerond",
        f"<p>Deze betaling is {escape(status)}.</p>"
        f'<p><a href="{escape(payment.redirect_url, quote=True)}">Terug</a></p>',
    )
