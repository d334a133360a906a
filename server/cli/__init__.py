"""The `trouwgraph` command (`main`: demo, serve, registries, export-schema, check-config, docs)
and the documentation it generates and builds (`docs`: the generated reference sections of
docs/ and the MkDocs site). A new command is a sub-parser in `main`."""
