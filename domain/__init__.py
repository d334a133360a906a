"""The pure domain core of the marriage process: configuration, the case and its life cycle,
the legal checks, prices, deadlines and free slots. Standard library only: nothing here imports
Strawberry, httpx, SQLAlchemy or Starlette, and the clock is always a parameter.

Every module name is Dutch: this package speaks only the process's language (its errors are
`fouten`). A new legal rule goes in `regels/` (a module per kind of rule, wired into
`regels.toetsing`); a new municipality choice in `configuratie` (with its check in
`configuratiecontrole` and its TOML key in `server/gemeenten/proces_table.py`); a new status or
transition in `status`.
"""
