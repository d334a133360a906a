"""The /graphql endpoint: the Strawberry schema behind its HTTP rules (body size, content types,
batching, persisted operations), authentication and the per-user rate limit."""
