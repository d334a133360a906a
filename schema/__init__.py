"""The GraphQL surface: Strawberry types, inputs, scalars, enums, the Query and Mutation roots,
result unions and the error shape clients see, and the rules every operation passes (limits,
cost analysis, persisted operations).

A new GraphQL field is declared here, on the type it belongs to (`persoon`, `huwelijk`,
`catalogus`, ... or the roots in `query` and `mutatie`), with a Dutch name and a description, and
calls a use case in `resolvers/`; then `trouwgraph export-schema --output schema/schema.graphql`
and, when it breaks a client, a line in CHANGELOG.md. Types here hold no process logic.
"""
