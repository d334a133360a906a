// GraphQL Code Generator: TypeScript types and typed documents for examples/operations.
// Regenerate with `npm run codegen` (in examples/web) after the schema or an operation changes;
// tests/test_operations.py fails while src/gql/ is not current.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../../schema/schema.graphql",
  documents: ["../operations/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [process.env.CODEGEN_OUT ?? "src/gql/"]: {
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          BSN: "string",
          Date: "string",
          DateTime: "string",
          JSON: "unknown",
        },
      },
    },
  },
  hooks: {},
};

export default config;
