"""The municipalities one deployment serves.

A municipality's TOML file (`bestand`, with its `[proces]` table in `proces` and
`proces_table`), the set of files (`set`), the runtime made from one file (`runtime`, with its
agenda, locations and upstream clients), the reload of the whole set (`reloading`) and the
choice of municipality per request (`routing`). A new municipality setting goes in `bestand`
(or `proces_table` for the process).
"""
