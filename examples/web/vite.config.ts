// Builds the app into the gateway's package (server/routes/webapp_dist), with relative asset
// paths so the same files serve /app and /{gemeentecode}/app. Rebuild: `npm run build`.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vite";

// The NL Design System CSS holds every component and the voorbeeld theme tokens of five
// component libraries: keep only the rules of the utrecht-* classes this app uses, and only
// the tokens of the libraries it uses (the app ships inside the Python package).
const FOREIGN_TOKENS = /^--(todo|denhaag|ams|rhc|lux)-/;

function usedClasses(): Set<string> {
  const texts = [readFileSync("index.html", "utf8")];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(".ts")) texts.push(readFileSync(join(dir, entry.name), "utf8"));
    }
  };
  walk("src");
  return new Set(texts.join("\n").match(/utrecht-[a-z0-9_-]+/g) ?? []);
}

function trimDesignSystem() {
  const used = usedClasses();
  const usedSelector = (selector: string): boolean =>
    (selector.match(/\.utrecht-[a-z0-9_-]+/g) ?? []).every((c) => used.has(c.slice(1)));
  return {
    postcssPlugin: "trim-design-system",
    Rule(rule: { selectors: string[]; selector: string; remove(): void }) {
      const kept = rule.selectors.filter(usedSelector);
      if (kept.length === 0) rule.remove();
      else if (kept.length !== rule.selectors.length) rule.selector = kept.join(",");
    },
    Declaration(decl: { prop: string; remove(): void }) {
      if (FOREIGN_TOKENS.test(decl.prop)) decl.remove();
    },
  };
}
trimDesignSystem.postcss = true;

export default defineConfig({
  base: "./",
  css: { postcss: { plugins: [trimDesignSystem()] } },
  build: {
    outDir: "../../server/routes/webapp_dist",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
});
