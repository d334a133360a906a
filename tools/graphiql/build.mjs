// Bundles the GraphiQL page's assets into ../../server/graphql/graphiql/ (committed), with
// the versions package-lock.json pins; `python -m trouwgraph graphiql-assets --check` checks them.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const out = new URL("../../server/graphql/graphiql/", import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  legalComments: "none",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
};
// Monaco without the 80 languages GraphiQL never shows: the editor core, JSON (variables,
// headers, response) and monaco-graphql, which GraphiQL loads itself.
const monacoKern = {
  name: "monaco-kern",
  setup(b) {
    b.onResolve({ filter: /^monaco-editor$/ }, (args) =>
      b.resolve("monaco-editor/esm/vs/editor/edcore.main.js", {
        kind: args.kind,
        resolveDir: args.resolveDir,
      }),
    );
  },
};
await build({
  ...common,
  entryPoints: { graphiql: "src/main.jsx" },
  outdir: out,
  format: "esm",
  jsx: "automatic",
  plugins: [monacoKern],
  loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "dataurl" },
  assetNames: "[name]",
});
await build({
  ...common,
  entryPoints: {
    "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
    "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
    "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
  },
  outdir: out,
  format: "iife",
});

// What the assets were built from: the pinned versions of the packages that end up in them.
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const versie = (name) => lock.packages[`node_modules/${name}`].version;
const pakketten = {};
for (const name of ["graphiql", "@graphiql/react", "@graphiql/plugin-explorer", "graphql",
  "react", "react-dom", "monaco-editor", "monaco-graphql", "esbuild"]) {
  pakketten[name] = versie(name);
}
const bestanden = {};
for (const name of readdirSync(out).sort()) {
  bestanden[name] = createHash("sha256").update(readFileSync(join(out, name))).digest("hex");
}
const lockHash = createHash("sha256").update(readFileSync("package-lock.json")).digest("hex");
writeFileSync(
  join(out, "build.json"),
  JSON.stringify({ pakketten, package_lock_sha256: lockHash, bestanden }, null, 2) + "\n",
);
