"""The municipalities one deployment serves.

A municipality's TOML file (`config`, with its `[proces]` table read by `proces` and shaped by
`proces_table`; a bad file raises the `ConfigError` of `errors`), the set of those files, loaded
whole or not at all (`config_files`), the runtime made from one file (`runtime`: its registry
clients from `upstreams`, its agenda from `agenda_choice`, its locations from
`locaties_source`), the reload of the whole set (`reloading`) and the choice of municipality per
request (`routing`). A new municipality setting goes in `config` (or in `proces_table` for how
it runs the process) and is documented by `trouwgraph docs --write`.
"""
