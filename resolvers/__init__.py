"""The use cases: what each GraphQL field and mutation does, between the schema and the domain.

One module per use case or group of them, named after its Dutch concept (`huwelijken`,
`betalingen`, `toetsing`, `zaakregistratie`, ...): it loads the case, asks the domain to decide,
calls the ports in `adapters/` and saves through `store/`. Also the per-request machinery the
resolvers share: the typed request `context`, the BRP DataLoader's field selection
(`brp_fields`) and the translation of domain and adapter errors (`errors`). A new GraphQL field's
behaviour goes here; its type and its field declaration go in `schema/`. Of Strawberry only the
DataLoader and the selected fields are used here, never the schema's types.
"""
