"""The embedded Haal Centraal BRP Personen v2, filled with RvIG's official test persons."""
