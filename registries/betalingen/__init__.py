"""The embedded Mollie-shaped payment provider: payments API v2 plus a test checkout page."""
