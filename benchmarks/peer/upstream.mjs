// A fast Haal Centraal BRP Personen v2 stand-in for the benchmark: POST /personen with
// RaadpleegMetBurgerservicenummer over the embedded registry's persons, `fields` applied.
// GET /calls answers how many /personen calls it served (the benchmark's upstream count);
// GET /jwks.json serves the benchmark issuer's public keys (trouwgraph's local JWKS).
// Usage: node upstream.mjs PORT PERSONEN_JSON JWKS_JSON   (binds 127.0.0.1 only)
import { readFileSync } from "node:fs";
import http from "node:http";

const [port, file, jwksFile] = process.argv.slice(2);
const jwks = JSON.parse(readFileSync(jwksFile, "utf8"));
const byBsn = new Map(
  JSON.parse(readFileSync(file, "utf8")).personen.map((p) => [p.burgerservicenummer, p]),
);
let calls = 0;

// A Waardetabel ({code}) or a date ({type}) is delivered whole once any part is asked for.
const whole = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && ("code" in v || "type" in v);

function pick(source, path, target) {
  const [head, ...rest] = path;
  if (!(head in source)) return;
  const value = source[head];
  if (rest.length === 0 || whole(value) && head !== "verblijfplaats") {
    target[head] = value;
  } else if (Array.isArray(value)) {
    const items = (target[head] ??= value.map(() => ({})));
    value.forEach((item, i) => pick(item, rest, items[i]));
  } else if (value && typeof value === "object") {
    pick(value, rest, (target[head] ??= {}));
  }
}

function leeftijd(p) {
  const datum = p.geboorte?.datum?.datum;
  if (!datum || p.overlijden) return undefined;
  const [y, m, d] = datum.split("-").map(Number);
  const now = new Date();
  const had = now.getMonth() + 1 > m || (now.getMonth() + 1 === m && now.getDate() >= d);
  return now.getFullYear() - y - (had ? 0 : 1);
}

function select(p, fields) {
  const out = { burgerservicenummer: p.burgerservicenummer };
  for (const field of fields) {
    if (field === "leeftijd") {
      const jaren = leeftijd(p);
      if (jaren !== undefined) out.leeftijd = jaren;
    } else pick(p, field.split("."), out);
  }
  if (p.geheimhoudingPersoonsgegevens) out.geheimhoudingPersoonsgegevens = true;
  return out;
}

function answer(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

http
  .createServer({ keepAliveTimeout: 60000 }, (req, res) => {
    if (req.method === "GET" && req.url === "/calls") return answer(res, 200, { calls });
    if (req.method === "GET" && req.url === "/jwks.json") return answer(res, 200, jwks);
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      if (req.method !== "POST" || !req.url.endsWith("/personen")) return answer(res, 404, { title: "Not Found", status: 404 });
      calls += 1;
      let query;
      try {
        query = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return answer(res, 400, { title: "Bad Request", status: 400, code: "paramsValidation" });
      }
      const bsns = query.burgerservicenummer;
      if (query.type !== "RaadpleegMetBurgerservicenummer" || !Array.isArray(bsns) || !Array.isArray(query.fields)) {
        return answer(res, 400, { title: "Een of meerdere parameters zijn niet correct.", status: 400, code: "paramsValidation" });
      }
      const personen = bsns.filter((b) => byBsn.has(b)).map((b) => select(byBsn.get(b), query.fields));
      answer(res, 200, { type: "RaadpleegMetBurgerservicenummer", personen });
    });
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`upstream listening on ${port}`));
