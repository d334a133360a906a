// GraphQL Mesh composition of the Haal Centraal BRP Personen v2 spec, as its documentation
// shows it: one OpenAPI subgraph. BRP_SPEC is the derived spec (see benchmarks/bench_peer.py),
// BRP_ENDPOINT the benchmark's upstream on loopback.
import { defineConfig } from "@graphql-mesh/compose-cli";
import { loadOpenAPISubgraph } from "@omnigraph/openapi";

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph("BRP", {
        source: process.env.BRP_SPEC!,
        endpoint: process.env.BRP_ENDPOINT!,
      }),
    },
  ],
});
