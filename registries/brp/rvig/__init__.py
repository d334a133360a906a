"""Conversion of RvIG's GBA-V test set (LO3 rubrieken) into Haal Centraal BRP Personen v2
persons, one step per module: reading the persoonslijsten, the code tables, value conversions,
the groups of a person, the assembly of one person. ``registries/brp/convert_rvig.py`` runs it."""
