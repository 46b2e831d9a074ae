// The downloads parsed back and compared with the database, row by row, as
// pandas, R or Excel would read them. Each request is answered from SQLite
// and from PostgreSQL built from the same corpus, with the same bytes
// (helpers.ts `bothResponses`).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { CORPUS, bothResponses, buildBothDatabases, dropBothDatabases, eachBackend, onPostgres, postgresReport, postgresUnavailable, sourceSlice, tempDir } from "./helpers";

let db: Database.Database;
let csvRoute: typeof import("@/app/api/figures.csv/route");
let jsonRoute: typeof import("@/app/api/figures.json/route");
let dbRoute: typeof import("@/app/api/figures.db/route");

// A page whose label would start a formula in a spreadsheet.
const INJECTION = "=SUM(A1)受理案件57876件。\n+全市法院结案46407件。";

let corpus: string;
const pgUnavailable = await postgresUnavailable();

beforeAll(async () => {
  const dir = tempDir();
  corpus = path.join(dir, "corpus");
  mkdirSync(corpus);
  for (const f of readdirSync(CORPUS)) copyFileSync(path.join(CORPUS, f), path.join(corpus, f));
  writeFileSync(path.join(corpus, "zz_injection.txt"), INJECTION);
  const { dbFile } = await buildBothDatabases(corpus); // sets FIGURES_DB
  db = new Database(dbFile, { readonly: true });
  csvRoute = await import("@/app/api/figures.csv/route");
  jsonRoute = await import("@/app/api/figures.json/route");
  dbRoute = await import("@/app/api/figures.db/route");
}, 180_000);
afterAll(() => dropBothDatabases());

type Route = { GET: (r: Request) => Response | Promise<Response> };
/** The route's answer to `query`, the same from SQLite and PostgreSQL. */
const get = (route: Route, query: string) => bothResponses(route.GET, `http://localhost:3000${query}`);
/** The route's answer from the SQLite file alone (the database download). */
const getSqlite = (route: Route, query: string) => route.GET(new Request(`http://localhost:3000${query}`));

interface Truth {
  id: string; text: string; value: number; unit: string | null; metric: string; indicator: string; case_type: string | null; statistic: string; region_code: string | null; label: string; verified: number; sentence: string; province: string | null; document_title: string | null;
}
// The sentence comes from the source file itself, not from the database's paragraphs.
const truth = (where = "1 = 1", params: unknown[] = []) =>
  (db.prepare(`select f.id, f.text, f.value, f.unit, f.metric, f.indicator, f.case_type, f.statistic, f.region_code, f.label, f.verified, d.file_name, f.sentence_start, f.sentence_end, f.province, d.title as document_title
              from figures f join documents d on d.id = f.document_id
              where ${where} order by f.document_id, f.start, f.id`).all(...params) as (Truth & { file_name: string; sentence_start: number; sentence_end: number })[])
    .map(({ file_name, sentence_start, sentence_end, ...t }) => ({ ...t, sentence: sourceSlice(file_name, sentence_start, sentence_end, corpus) }));

async function csvRows(query: string) {
  const res = await get(csvRoute, query);
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
  expect(bytes.toString("utf8")).toMatch(/\r\n/); // RFC 4180 line ends
  return parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
}

describe("/api/figures.csv", () => {
  it("holds every figure of the database, row by row, with the Chinese columns intact", async () => {
    const rows = await csvRows("/api/figures.csv");
    const expected = truth();
    expect(rows.map((r) => r.id)).toEqual(expected.map((t) => t.id));
    rows.forEach((r, i) => {
      const t = expected[i];
      expect({ text: r.text, value: Number(r.value), unit: r.unit || null, metric: r.metric, indicator: r.indicator, case_type: r.case_type || null, statistic: r.statistic, region_code: r.region_code || null, verified: r.verified === "true", sentence: r.sentence, province: r.province || null })
        .toEqual({ text: t.text, value: t.value, unit: t.unit, metric: t.metric, indicator: t.indicator, case_type: t.case_type, statistic: t.statistic, region_code: t.region_code, verified: !!t.verified, sentence: t.sentence.replace(/^[=+\-@]/, "'$&"), province: t.province });
    });
    expect(rows.find((r) => r.text === "57876件" && r.doc.startsWith("004"))?.label).toBe("全市法院受理案件");
    expect(rows[0].permalink).toBe(`http://localhost:3000/figures/${expected[0].id}`);
  });

  it("reads back as the same records with a strict reader and with Python's csv module, fields with line feeds quoted", async () => {
    const res = await get(csvRoute, "/api/figures.csv");
    const bytes = Buffer.from(await res.arrayBuffer());
    const expected = truth();
    // Fields that hold a line feed exist (a prefix ending a paragraph) and are quoted.
    const prefixes = db.prepare("select count(*) n from figures where prefix like '%' || char(10) || '%' or suffix like '%' || char(10) || '%'").get() as { n: number };
    expect(prefixes.n).toBeGreaterThan(0);
    const strict = parse(bytes, { bom: true, columns: true, relax_quotes: false, relax_column_count: false, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(strict.map((r) => r.id)).toEqual(expected.map((t) => t.id));
    const file = path.join(tempDir(), "figures.csv");
    writeFileSync(file, bytes);
    const py = spawnSync("python3", ["-c", "import csv,sys,json\nrows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\nprint(json.dumps([[r['id'],r['prefix'],r['sentence']] for r in rows],ensure_ascii=False))", file], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(py.status, py.stderr).toBe(0);
    const fromPython = JSON.parse(py.stdout) as [string, string, string][];
    expect(fromPython.length).toBe(expected.length);
    const prefixOf = db.prepare("select prefix from figures where id = ?").pluck();
    fromPython.forEach(([id, prefix, sentence], i) => {
      expect(id).toBe(expected[i].id);
      expect(prefix).toBe((prefixOf.get(id) as string).replace(/^[=+\-@\t\r]/, "'$&"));
      expect(sentence).toBe(expected[i].sentence.replace(/^[=+\-@]/, "'$&"));
    });
  });

  it("holds exactly the rows of a filtered view, in its order", async () => {
    const rows = await csvRows("/api/figures.csv?institution=court&region=130000&sort=value&dir=desc");
    const expected = db.prepare("select id from figures where institution = 'court' and region_code like '13%' order by value desc, id").pluck().all();
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(rows.length).toBeGreaterThan(10);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const rows = await csvRows("/api/figures.csv?doc=zz_injection");
    const labels = rows.map((r) => r.label);
    expect(labels).toEqual(["'=SUM(A1)受理案件", "'+全市法院结案"]);
    expect(rows.every((r) => !/^[=+\-@]/.test(r.label) && !/^[=+\-@]/.test(r.sentence))).toBe(true);
  });

  it("streams, and gives its connection back when the client goes away part-way", async () => {
    await eachBackend(async () => {
      // More downloads than PostgreSQL's pool has clients: one kept would make the last request wait for ever.
      for (let i = 0; i < 12; i++) {
        const res = await csvRoute.GET(new Request("http://localhost:3000/api/figures.csv"));
        const reader = res.body!.getReader();
        expect((await reader.read()).done).toBe(false);
        await reader.cancel();
      }
      const rest = await csvRoute.GET(new Request("http://localhost:3000/api/figures.csv?doc=zz_injection"));
      expect(parse(Buffer.from(await rest.arrayBuffer()), { bom: true, columns: true })).toHaveLength(2);
    });
  }, 30_000);

  it.skipIf(pgUnavailable)("on PostgreSQL, takes no connection the pages need, however many downloads stream", async () => {
    await onPostgres(async () => {
      const url = "http://localhost:3000/api/figures.csv";
      const held: ReadableStreamDefaultReader<Uint8Array>[] = [];
      try {
        // Four downloads streaming: every connection of the downloads' pool.
        for (let i = 0; i < 4; i++) {
          const reader = (await csvRoute.GET(new Request(url))).body!.getReader();
          expect((await reader.read()).done).toBe(false);
          held.push(reader);
        }
        // A fifth waits for one of them to end...
        let started = false;
        const fifth = Promise.resolve(csvRoute.GET(new Request(url))).then((res) => ((started = true), res));
        await new Promise((r) => setTimeout(r, 300));
        expect(started).toBe(false);
        // ...while a page's read is answered at once.
        const page = await jsonRoute.GET(new Request("http://localhost:3000/api/figures.json?pageSize=1"));
        expect(page.status).toBe(200);
        await held.shift()!.cancel();
        const res = await fifth;
        expect(started).toBe(true);
        held.push(res.body!.getReader());
      } finally {
        for (const r of held) await r.cancel();
      }
    });
  }, 30_000);

  it("answers a bad filter with 400 and a message naming the parameter", async () => {
    const res = await get(csvRoute, "/api/figures.csv?kind=bogus&region=1");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.map((e: { param: string }) => e.param).sort()).toEqual(["kind", "region"]);
    expect(body.error).toMatch(/kind/);
    // A NUL in free text: PostgreSQL refuses one in a parameter, so both say it is not valid.
    const nul = await get(csvRoute, "/api/figures.csv?q=%00");
    expect(nul.status).toBe(400);
    expect((await nul.json()).errors.map((e: { param: string }) => e.param)).toEqual(["q"]);
  });
});

describe("/api/figures.json", () => {
  it("pages through the filtered figures with a total", async () => {
    const expected = truth("f.metric like 'court.%'");
    const first = await (await get(jsonRoute, "/api/figures.json?q=&kind=cases&institution=court&pageSize=5")).json();
    const all = truth("f.kind = 'cases' and f.institution = 'court'");
    expect(first.total).toBe(all.length);
    expect(first.rows.map((r: { id: string }) => r.id)).toEqual(all.slice(0, 5).map((t) => t.id));
    const second = await (await get(jsonRoute, "/api/figures.json?kind=cases&institution=court&pageSize=5&page=2")).json();
    expect(second.rows.map((r: { id: string }) => r.id)).toEqual(all.slice(5, 10).map((t) => t.id));
    expect(expected.length).toBeGreaterThan(0);
  });

  it("links each page to the next until the last, and builds links from the request's own host", async () => {
    const ids: string[] = [];
    let next: string | null = "http://localhost:3000/api/figures.json?institution=court&pageSize=30";
    while (next) {
      const body: { rows: { id: string; permalink: string }[]; next: string | null } = await (await bothResponses(jsonRoute.GET, new Request(next, { headers: { host: "localhost:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } }))).json();
      ids.push(...body.rows.map((r) => r.id));
      expect(body.rows.every((r) => r.permalink.startsWith("http://localhost:3000/figures/"))).toBe(true);
      next = body.next;
      if (next) expect(next.startsWith("http://localhost:3000/api/figures.json?")).toBe(true);
    }
    expect(ids).toEqual(truth("f.institution = 'court'").map((t) => t.id));
    // SITE_ORIGIN, when set, is the origin of every link.
    process.env.SITE_ORIGIN = "https://figures.example.org";
    try {
      const body = await (await get(jsonRoute, "/api/figures.json?pageSize=1")).json();
      expect(body.rows[0].permalink.startsWith("https://figures.example.org/figures/")).toBe(true);
      expect(body.next.startsWith("https://figures.example.org/api/figures.json?")).toBe(true);
    } finally {
      delete process.env.SITE_ORIGIN;
    }
  });

  it("gives every figure in one response as JSON Lines", async () => {
    const ndjson = await import("@/app/api/figures.ndjson/route");
    const text = await (await get(ndjson, "/api/figures.ndjson")).text();
    const rows = text.trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string });
    expect(rows.map((r) => r.id)).toEqual(truth().map((t) => t.id));
  });

  it("walks the whole unfiltered dataset page by page, in the explore order", async () => {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const body = await (await get(jsonRoute, `/api/figures.json?pageSize=40&page=${page}`)).json();
      ids.push(...body.rows.map((r: { id: string }) => r.id));
      if (page >= body.pages) break;
    }
    expect(ids).toEqual(truth().map((t) => t.id));
  });

  it("finds figures by a Chinese substring of their sentence", async () => {
    const body = await (await get(jsonRoute, `/api/figures.json?q=${encodeURIComponent("诉前调解")}&pageSize=1000`)).json();
    expect(body.rows.length).toBeGreaterThan(0);
    for (const r of body.rows) expect(`${r.text}${r.label}${r.sentence}`).toContain("诉前调解");
  });

  it("refuses a page size over 1000", async () => {
    expect((await get(jsonRoute, "/api/figures.json?pageSize=5000")).status).toBe(400);
  });
});

describe("/api/figures.db", () => {
  it("is the whole database, readable by SQLite", async () => {
    const res = await getSqlite(dbRoute, "/api/figures.db");
    expect(res.status).toBe(200);
    const file = path.join(tempDir(), "download.db");
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare("select count(*) from figures").pluck().get()).toBe(db.prepare("select count(*) from figures").pluck().get());
  });

  it("refuses filters rather than ignoring them", async () => {
    expect((await getSqlite(dbRoute, "/api/figures.db?institution=court")).status).toBe(400);
  });

  it.skipIf(pgUnavailable)("is not found where the site reads PostgreSQL, which has no such file, and says where the figures are", async () => {
    const res = await onPostgres(async () => getSqlite(dbRoute, "/api/figures.db"));
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/PostgreSQL.*figures\.csv/);
  });
});

postgresReport(pgUnavailable);
