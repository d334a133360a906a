// The SHA-256 of the sources an artefact is made from (see sources.json):
// `node scripts/digest.mjs codegen|app`. tests/web_support.py computes the same digest.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const root = dirname(dirname(web));
const sources = JSON.parse(readFileSync(join(web, "sources.json"), "utf8"));

function files(path) {
  if (sources.exclude.includes(path)) return [];
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => files(`${path}/${name}`));
}

export function digest(kind) {
  const hash = createHash("sha256");
  const all = sources[kind].flatMap(files).sort();
  for (const path of all) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === "") {
  process.stdout.write(`${digest(process.argv[2] ?? "app")}\n`);
}
