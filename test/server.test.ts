// The production server under faults, as an operator and an attacker meet it:
// the database replaced under it, then deleted; malformed addresses; every
// route with hostile parameters. Nothing may answer 5xx but the 503 of a
// missing database, and no body may carry a stack trace. Then the same server
// reading PostgreSQL, where a local server answers.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { Client } from "pg";
import { ingestCorpus } from "@/lib/ingest/ingest";
import { CORPUS, GOLD, PG_ADMIN_SHOWN, ROOT, SOURCES, createPgDatabase, postgresUnavailable, startNextServer, tempDir } from "./helpers";

const BUILT = existsSync(path.join(ROOT, ".next", "BUILD_ID"));
const PORT = 3000 + 100 + Math.floor(Math.random() * 800);
const BASE = `http://127.0.0.1:${PORT}`;

async function build(files: string[], dbFile: string, extra: Record<string, string> = {}) {
  const dir = tempDir();
  const corpus = path.join(dir, "corpus");
  mkdirSync(corpus);
  for (const f of files) copyFileSync(path.join(CORPUS, f), path.join(corpus, f));
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(corpus, name), text);
  await ingestCorpus({ corpusDir: corpus, dbFile, sourcesFile: SOURCES, goldDir: GOLD, log: () => {} });
}

describe.skipIf(!BUILT)(`the server under faults${BUILT ? "" : " (skipped: no production build; npm run build)"}`, () => {
  let server: ChildProcess;
  const dir = tempDir();
  const live = path.join(dir, "figures.db");
  const all = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();

  beforeAll(async () => {
    await build(all, live);
    server = await startNextServer(PORT, { FIGURES_DB: live });
  }, 120_000);

  afterAll(() => {
    server?.kill();
  });

  const total = async () => ((await (await fetch(`${BASE}/api/figures.json?pageSize=1`)).json()) as { total: number }).total;

  it("serves the database that is on disk: a new one renamed over the old is read from the next request", async () => {
    const before = await total();
    expect(before).toBeGreaterThan(1000);
    await fetch(BASE + "/"); // the page opens the connection too
    const next = path.join(dir, "next.db");
    await build(all.slice(0, 3), next);
    renameSync(next, live); // as the ingest does: a complete file, renamed into place
    const after = await total();
    expect(after).toBeLessThan(before);
    // The download of the database and the pages agree: both are the new file.
    const bytes = Buffer.from(await (await fetch(`${BASE}/api/figures.db`)).arrayBuffer());
    expect(bytes.length).toBe(statSync(live).size);
    const html = await (await fetch(`${BASE}/documents`)).text();
    expect(html).toContain(`共3份`);
  }, 120_000);

  it("pages a long document: each page and each permalink into it is small, whatever the document's size", async () => {
    // The corpus eight times over as one file (2.5 MB), each copy's lines marked so none is a repeat.
    const texts = all.map((f) => readFileSync(path.join(CORPUS, f), "utf8")).join("\n");
    const long = Array.from({ length: 8 }, (_, c) => texts.replace(/\n/g, ` [copy ${c}]\n`)).join("\n");
    const next = path.join(dir, "next.db");
    await build(all.slice(0, 3), next, { "zz_long.txt": long });
    renameSync(next, live);
    const first = await fetch(`${BASE}/documents/zz_long`);
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(Buffer.byteLength(long)).toBeGreaterThan(2_000_000);
    expect(Buffer.byteLength(html)).toBeLessThan(1_000_000); // the whole text would be many times this
    expect(html).toContain('data-testid="reader-pager"');
    // The last page, and a figure on it: its permalink names the page.
    const lastPage = Math.max(...[...html.matchAll(/href="\?page=(\d+)"/g)].map((m) => Number(m[1])));
    const stored = new Database(live, { readonly: true });
    expect(lastPage).toBe(stored.prepare("select pages from documents where id = 'zz_long'").pluck().get());
    stored.close();
    expect(lastPage).toBeGreaterThan(50);
    const last = await (await fetch(`${BASE}/documents/zz_long?page=${lastPage}`)).text();
    expect(last).toContain(`aria-current="page"`);
    const figureId = last.match(/data-figure-id="(zz_long-\d+-\d+)"/)?.[1];
    expect(figureId).toBeDefined();
    const permalink = await fetch(`${BASE}/figures/${figureId}`);
    expect(permalink.status).toBe(200);
    const citation = await permalink.text();
    expect(Buffer.byteLength(citation)).toBeLessThan(500_000);
    expect(citation).toContain(`/documents/zz_long?page=${lastPage}#fig-${figureId}`);
    // A page that is not one is said so, and the first page shown.
    for (const bad of ["0", "abc", String(lastPage + 1), "1e3"]) {
      const res = await fetch(`${BASE}/documents/zz_long?page=${bad}`);
      expect(res.status, bad).toBe(200);
      expect(await res.text(), bad).toContain('role="alert"');
    }
  }, 180_000);

  it("answers malformed addresses with 400, closes the image optimiser, and sends its security headers", async () => {
    for (const p of ["/figures/%ZZ", "/documents/%E4%B8", "/api/figures.csv/%zz"]) {
      const res = await fetch(BASE + p);
      expect(res.status, p).toBe(400);
    }
    expect((await fetch(`${BASE}/_next/image?url=${encodeURIComponent("/api/figures.xlsx")}&w=64&q=75`)).status).toBe(404);
    const res = await fetch(BASE + "/");
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("never answers 5xx or shows a stack trace, whatever the parameters (every route × every parameter × hostile values)", () => neverFails(BASE), 600_000);

  it("says with 503 which command builds the database when it is deleted, on pages and APIs alike", async () => {
    rmSync(live);
    const page = await fetch(BASE + "/figures");
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("npm run -s ingest");
    const api = await fetch(`${BASE}/api/figures.csv`);
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: string }).error).toContain("npm run -s ingest");
    // It comes back once the database is built again.
    await build(all.slice(0, 2), live);
    expect((await fetch(BASE + "/")).status).toBe(200);
  }, 120_000);
});

// The same server reading PostgreSQL (DATABASE_URL), built by the same ingest.
const pgUnavailable = await postgresUnavailable();
const pgSkip = !BUILT ? " (skipped: no production build; npm run build)" : pgUnavailable ? ` (skipped: no PostgreSQL at ${PG_ADMIN_SHOWN} (${pgUnavailable}); .ci/run starts one)` : "";

describe.skipIf(!!pgSkip)(`the server on PostgreSQL${pgSkip}`, () => {
  let server: ChildProcess;
  let pg: { url: string; drop: () => Promise<void> };
  const base = `http://127.0.0.1:${PORT + 1}`;
  const all = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
  const ingest = async (files: string[]) => {
    const corpus = path.join(tempDir(), "corpus");
    mkdirSync(corpus);
    for (const f of files) copyFileSync(path.join(CORPUS, f), path.join(corpus, f));
    await ingestCorpus({ corpusDir: corpus, dbFile: "unused", sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, databaseUrl: pg.url });
  };

  beforeAll(async () => {
    pg = await createPgDatabase();
    await ingest(all);
    // No SQLite file where FIGURES_DB points: every answer must come from PostgreSQL.
    server = await startNextServer(PORT + 1, { DATABASE_URL: pg.url, FIGURES_DB: path.join(tempDir(), "none.db") });
  }, 180_000);

  afterAll(async () => {
    server?.kill();
    await new Promise((r) => setTimeout(r, 500)); // its pool's connections close with it
    await pg?.drop();
  });

  const total = async () => ((await (await fetch(`${base}/api/figures.json?pageSize=1`)).json()) as { total: number }).total;

  it("never answers 5xx or shows a stack trace, whatever the parameters", () => neverFails(base), 600_000);

  it("has no SQLite file to download, and the data package lists none", async () => {
    expect((await fetch(`${base}/api/figures.db`)).status).toBe(404);
    const pkg = (await (await fetch(`${base}/api/datapackage.json`)).json()) as { resources: { name: string }[] };
    expect(pkg.resources.map((r) => r.name)).toEqual(["figures", "figures-xlsx"]);
  });

  it("serves the schema an ingest put in place: the figures of a new ingest are read within a second, on pages and downloads alike", async () => {
    const before = await total();
    expect(before).toBeGreaterThan(1000);
    expect(await (await fetch(`${base}/documents`)).text()).toContain(`共${all.length}份`);
    await ingest(all.slice(0, 3));
    await new Promise((r) => setTimeout(r, 1100)); // the site looks which schema zf is at most once a second
    expect(await total()).toBeLessThan(before);
    expect(await (await fetch(`${base}/documents`)).text()).toContain(`共3份`);
    const csv = Buffer.from(await (await fetch(`${base}/api/figures.csv`)).arrayBuffer());
    expect(parse(csv, { bom: true, columns: true })).toHaveLength(await total());
  }, 120_000);

  it("says with 503 which command builds the database when schema zf is missing, on pages and APIs alike, and comes back once it is built", async () => {
    const c = new Client({ connectionString: pg.url });
    await c.connect();
    await c.query("drop schema zf cascade");
    await c.end();
    await new Promise((r) => setTimeout(r, 1100)); // looked at most once a second
    const page = await fetch(base + "/figures");
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("npm run -s ingest");
    const api = await fetch(`${base}/api/figures.csv`);
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: string }).error).toContain("npm run -s ingest");
    await ingest(all.slice(0, 2));
    await new Promise((r) => setTimeout(r, 1100));
    expect((await fetch(base + "/")).status).toBe(200);
    expect(await (await fetch(`${base}/documents`)).text()).toContain(`共2份`);
  }, 120_000);
});

/** Every route × every parameter × hostile values: nothing answers 5xx or shows a stack trace; unknown ids are 404s. */
async function neverFails(BASE: string) {
  const routes = ["/", "/figures", "/metrics", "/metrics/court.cases.concluded", "/regions", "/regions/130000", "/documents", "/documents/zz_long", "/data", "/api/figures.json", "/api/figures.csv", "/api/figures.ndjson", "/api/figures.xlsx", "/api/datapackage.json"];
  const params = ["region", "institution", "kind", "metric", "period", "doc", "verified", "q", "sort", "dir", "page", "pageSize", "map"];
  const hostile = ["", "%", "'; drop table figures; --", "<script>alert(1)</script>", "99999999999999999999", "-1", "0", "1e400", "null", "../../etc/passwd", "\u0000", "𠀀".repeat(300), "a".repeat(5000), "court.cases.concluded@@", "130000,130000"];
  let requests = 0;
  for (const route of routes) {
    for (const param of params) {
      for (const value of hostile) {
        // A download that ignores the value (an empty one, a parameter it does not take) would send the whole
        // dataset 195 times per route: a second, valid filter keeps each answer small; the value is still parsed.
        const narrow = route.startsWith("/api/figures.") ? (param === "region" ? "&institution=court" : "&region=110000") : "";
        const url = `${BASE}${route}?${param}=${encodeURIComponent(value)}${narrow}`;
        const res = await fetch(url);
        requests++;
        expect(res.status, url).toBeLessThan(500);
        const body = await res.text();
        expect(/\bat .+\.(js|ts):\d+|Error: .*\n\s+at /.test(body), url).toBe(false);
      }
    }
  }
  // Unknown ids on the pages of one thing are 404s.
  for (const p of ["/figures/no-such", "/documents/no-such", "/regions/999999", "/metrics/no.such", "/figures/%00", "/documents/%00"]) expect((await fetch(BASE + p)).status, p).toBe(404);
  expect(requests).toBe(routes.length * params.length * hostile.length);
}
