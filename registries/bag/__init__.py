"""The embedded BAG Individuele Bevragingen v2: addresses and woonplaatsen from seed data."""
