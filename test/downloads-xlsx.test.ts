// The XLSX download and the data package, called as route handlers on a
// database built from the real corpus: the workbook read back with exceljs
// must hold exactly the figures SQLite selects for the same filter. The
// workbook is made from SQLite and from PostgreSQL built from the same
// corpus, with the same cells (helpers.ts `bothResponses`).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { Client } from "pg";
import { bothResponses, buildBothDatabases, dropBothDatabases, eachBackend, onPostgres, postgresReport, postgresUnavailable, sourceSlice } from "./helpers";
import { FIELDS, LICENCE } from "@/lib/codebook";
import { COLUMNS, neutralise } from "@/lib/export/common";

type RouteGET = (request: Request) => Response | Promise<Response>;

interface DbFigure {
  id: string;
  text: string;
  value: number;
  value_max: number | null;
  unit: string | null;
  metric: string;
  label: string | null;
  period: string | null;
  verified: number;
  sentence: string;
}

// Text a spreadsheet would run as a formula, planted in the temporary database
// to stand for labels nobody controls.
const FORMULA_LABEL = '=HYPERLINK("http://example.invalid","x")';
const FORMULA_PERIOD = "+1-1";

let dbFile: string;
let sqlite: Database.Database;
let xlsxGET: RouteGET;
let packageGET: RouteGET;
let plantedLabel: string;
let plantedPeriod: string;
const pgUnavailable = await postgresUnavailable();

/** The figures SQLite selects for a filter, in the explore page's default order. */
function expected(where = "", params: unknown[] = []): DbFigure[] {
  // The sentence comes from the source file itself, not from the database's paragraphs.
  return (
    sqlite
      .prepare(
        `select f.id, f.text, f.value, f.value_max, f.unit, f.metric, f.label, f.period, f.verified, d.file_name, f.sentence_start, f.sentence_end
         from figures f join documents d on d.id = f.document_id
         ${where} order by f.document_id, f.start, f.id`,
      )
      .all(...params) as (DbFigure & { file_name: string; sentence_start: number; sentence_end: number })[]
  ).map(({ file_name, sentence_start, sentence_end, ...f }) => ({ ...f, sentence: sourceSlice(file_name, sentence_start, sentence_end) }));
}

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer = Buffer.from(await response.arrayBuffer());
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's rows as arrays of cell values, column A first. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1));
  });
  return rows;
}

// An empty string is written as an empty cell, which reads back as null.
const text = (v: string | null) => (v === null || v === "" ? null : neutralise(v));

function compare(sheetRows: unknown[][], figures: DbFigure[]): void {
  const [header, ...body] = sheetRows;
  expect(header).toEqual(COLUMNS);
  const col = (name: string) => COLUMNS.indexOf(name);
  const at = (row: unknown[], name: string) => row[col(name)] ?? null;
  expect(body.map((r) => at(r, "id"))).toEqual(figures.map((f) => f.id));
  body.forEach((row, i) => {
    const f = figures[i];
    expect(at(row, "text"), f.id).toBe(neutralise(f.text));
    expect(at(row, "value"), f.id).toBe(f.value);
    expect(typeof at(row, "value"), f.id).toBe("number");
    expect(at(row, "value_max"), f.id).toBe(f.value_max);
    expect(at(row, "unit"), f.id).toBe(text(f.unit));
    expect(at(row, "metric"), f.id).toBe(f.metric);
    expect(at(row, "label"), f.id).toBe(text(f.label));
    expect(at(row, "period"), f.id).toBe(text(f.period));
    expect(at(row, "verified"), f.id).toBe(Boolean(f.verified));
    expect(at(row, "sentence"), f.id).toBe(neutralise(f.sentence));
    expect(at(row, "permalink"), f.id).toBe(`http://localhost/figures/${encodeURIComponent(f.id)}`);
  });
  // Whatever the data hold, no text cell of the download starts a formula.
  for (const row of body) for (const v of row) if (typeof v === "string") expect(v).not.toMatch(/^[=+\-@\t\r]/);
}

beforeAll(async () => {
  const built = await buildBothDatabases(); // sets FIGURES_DB
  dbFile = built.dbFile;
  // Plant formula-like text in a court figure and in one of another institution.
  const writable = new Database(dbFile);
  const court = writable.prepare("select id from figures where institution = 'court' order by document_id, start, id limit 1 offset 2").pluck().get() as string;
  const other = writable.prepare("select id from figures where institution <> 'court' order by document_id, start, id limit 1").pluck().get() as string;
  writable.prepare("update figures set label = ? where id = ?").run(FORMULA_LABEL, court);
  writable.prepare("update figures set period = ? where id = ?").run(FORMULA_PERIOD, other);
  writable.close();
  if (built.pgUrl) {
    // The same text in the same figures on PostgreSQL.
    const pg = new Client({ connectionString: built.pgUrl });
    await pg.connect();
    await pg.query("update zf.figures set label = $1 where id = $2", [FORMULA_LABEL, court]);
    await pg.query("update zf.figures set period = $1 where id = $2", [FORMULA_PERIOD, other]);
    await pg.end();
  }
  plantedLabel = court;
  plantedPeriod = other;

  sqlite = new Database(dbFile, { readonly: true });
  xlsxGET = (await import("@/app/api/figures.xlsx/route")).GET;
  packageGET = (await import("@/app/api/datapackage.json/route")).GET;
}, 180_000);
afterAll(() => dropBothDatabases());

/** The workbook for `url`, the same from SQLite and PostgreSQL. */
const xlsx = (url: string) => bothResponses(xlsxGET, url);

describe("neutralise", () => {
  it("prefixes what a spreadsheet would run as a formula", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", FORMULA_LABEL]) expect(neutralise(s)).toBe(`'${s}`);
  });
  it("leaves other text alone", () => {
    for (const s of ["57876件", "全市法院受理案件57876件", "1-2", "", "'=1", " =1"]) expect(neutralise(s)).toBe(s);
  });
});

describe("/api/figures.xlsx", () => {
  it("answers a filtered request with exactly the matching figures", async () => {
    const response = await xlsx("http://localhost/api/figures.xlsx?institution=court");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="figures.xlsx"');
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["figures", "codebook"]);
    const figures = expected("where f.institution = ?", ["court"]);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.length).toBeLessThan(expected().length);
    compare(rowsOf(workbook.getWorksheet("figures")!), figures);
  });

  it("answers an unfiltered request with every figure, page and pageSize ignored", async () => {
    const response = await xlsx("http://localhost/api/figures.xlsx?page=2&pageSize=3");
    expect(response.status).toBe(200);
    const workbook = await workbookOf(response);
    const figures = expected();
    expect(figures.length).toBeGreaterThan(3);
    compare(rowsOf(workbook.getWorksheet("figures")!), figures);
  });

  it("neutralises formula-like text from the data", async () => {
    const workbook = await workbookOf(await xlsx("http://localhost/api/figures.xlsx"));
    const rows = rowsOf(workbook.getWorksheet("figures")!);
    const byId = new Map(rows.slice(1).map((r) => [r[COLUMNS.indexOf("id")], r]));
    expect(byId.get(plantedLabel)?.[COLUMNS.indexOf("label")]).toBe(`'${FORMULA_LABEL}`);
    expect(byId.get(plantedPeriod)?.[COLUMNS.indexOf("period")]).toBe(`'${FORMULA_PERIOD}`);
    // Stored as text, not as a formula.
    workbook.getWorksheet("figures")!.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it("describes every field, the licence and how to cite on the codebook sheet", async () => {
    const url = "http://localhost/api/figures.xlsx?kind=cases";
    const workbook = await workbookOf(await xlsx(url));
    const rows = rowsOf(workbook.getWorksheet("codebook")!);
    const fields = rows.slice(1, 1 + FIELDS.length);
    expect(fields.map((r) => r[0])).toEqual(FIELDS.map((f) => f.name));
    fields.forEach((r, i) => {
      const f = FIELDS[i];
      expect([r[1], r[2], r[3], r[4] ?? undefined]).toEqual([f.type, f.zh, f.en, f.unit]);
    });
    const cells = rows.flat().filter((v): v is string => typeof v === "string");
    expect(cells).toContain(LICENCE.zh);
    expect(cells).toContain(LICENCE.en);
    expect(cells).toContain("政法数字 Zhengfa Figures");
    expect(cells).toContain(url);
    expect(cells).toContain(new Date().toISOString().slice(0, 10));
  });

  it("refuses politely above its row limit and points to the CSV of the same filters", async () => {
    const court = expected("where f.institution = 'court'").length;
    process.env.ZF_XLSX_MAX_ROWS = String(court - 1);
    try {
      const res = await xlsx("http://localhost:3000/api/figures.xlsx?institution=court");
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: string; total: number; limit: number; csv: string };
      expect(body).toMatchObject({ total: court, limit: court - 1, csv: "http://localhost:3000/api/figures.csv?institution=court" });
      expect(body.error).toContain("CSV");
      expect(res.headers.get("link")).toContain("/api/figures.csv?institution=court");
      // At the limit it is a workbook.
      process.env.ZF_XLSX_MAX_ROWS = String(court);
      const ok = await xlsx("http://localhost:3000/api/figures.xlsx?institution=court");
      expect(ok.status).toBe(200);
      expect(rowsOf((await workbookOf(ok)).getWorksheet("figures")!).length).toBe(court + 1);
    } finally {
      delete process.env.ZF_XLSX_MAX_ROWS;
    }
  });

  it("answers a bad filter with 400 naming the parameter", async () => {
    const response = await xlsx("http://localhost/api/figures.xlsx?kind=bogus");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: string; errors: { param: string }[] };
    expect(body.error).toMatch(/kind/);
    expect(body.errors.map((e) => e.param)).toEqual(["kind"]);
  });

  it("streams its body", async () => {
    await eachBackend(async () => {
      const response = await xlsxGET(new Request("http://localhost/api/figures.xlsx"));
      expect(response.body).toBeInstanceOf(ReadableStream);
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      expect(Buffer.from(first.value!.subarray(0, 2)).toString("latin1")).toBe("PK"); // a zip
      await reader.cancel();
    });
  });
});

describe("/api/datapackage.json", () => {
  interface Package {
    name: string;
    title: string;
    created: string;
    licenses: { name: string; path: string; description?: string }[];
    sources: { title: string; path?: string }[];
    resources: {
      name: string;
      path: string;
      format: string;
      mediatype?: string;
      encoding?: string;
      dialect?: { header: boolean; lineTerminator: string };
      schema?: { fields: { name: string; type: string; description: string; unit?: string }[]; primaryKey: string | string[] };
    }[];
  }

  async function load(url: string, headers: Record<string, string> = {}): Promise<Package> {
    const response = await packageGET(new Request(url, { headers }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    return (await response.json()) as Package;
  }

  it("describes the whole dataset with the codebook as its schema", async () => {
    const pkg = await load("http://localhost/api/datapackage.json");
    expect(pkg.name).toBe("zhengfa-figures");
    expect(pkg.title).toContain("政法数字");
    expect(pkg.title).toContain("Zhengfa Figures");
    expect(Number.isNaN(Date.parse(pkg.created))).toBe(false);
    expect(pkg.licenses[0].name).toBe("CC-BY-4.0");
    expect(pkg.licenses[0].description).toContain(LICENCE.en);
    const documents = sqlite.prepare("select count(*) from documents").pluck().get() as number;
    expect(pkg.sources).toHaveLength(documents);
    for (const s of pkg.sources) {
      expect(s.title.length).toBeGreaterThan(0);
      if (s.path) expect(() => new URL(s.path!)).not.toThrow();
    }

    const figures = pkg.resources.find((r) => r.name === "figures")!;
    expect(figures).toMatchObject({ format: "csv", mediatype: "text/csv", encoding: "utf-8-sig", dialect: { header: true, lineTerminator: "\r\n" } });
    expect(figures.schema!.primaryKey).toBe("id");
    expect(figures.schema!.fields.map(({ name, type, description, unit }) => ({ name, type, description, unit }))).toEqual(
      FIELDS.map((f) => ({ name: f.name, type: f.type, description: `${f.zh} / ${f.en}`, unit: f.unit })),
    );
    expect(figures.schema!.fields.filter((f) => "unit" in f).map((f) => f.name)).toEqual(FIELDS.filter((f) => f.unit).map((f) => f.name));
    expect(figures.schema!.fields.map((f) => f.name)).toEqual(COLUMNS);
    for (const f of figures.schema!.fields) expect(["string", "integer", "number", "boolean", "date"]).toContain(f.type);
  });

  it("points its resources at absolute URLs of the request's own origin, or SITE_ORIGIN; never of unchecked X-Forwarded-* headers", async () => {
    const cases = [
      ["http://localhost/api/datapackage.json", {}, "http://localhost", undefined],
      ["http://127.0.0.1:3000/api/datapackage.json", {}, "http://127.0.0.1:3000", undefined],
      // Anyone can send these headers: a link built from them would point a user at the sender's site.
      ["http://internal:3000/api/datapackage.json", { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }, "http://internal:3000", undefined],
      ["http://internal:3000/api/datapackage.json", { "x-forwarded-host": "evil.example" }, "https://figures.example.org", "https://figures.example.org"],
    ] as const;
    for (const [url, headers, origin, configured] of cases) {
      if (configured) process.env.SITE_ORIGIN = configured;
      else delete process.env.SITE_ORIGIN;
      const pkg = await load(url, headers);
      const paths = Object.fromEntries(pkg.resources.map((r) => [r.name, r.path]));
      expect(paths).toEqual({
        figures: `${origin}/api/figures.csv`,
        "figures-xlsx": `${origin}/api/figures.xlsx`,
        database: `${origin}/api/figures.db`,
      });
      for (const p of Object.values(paths)) expect(new URL(p).origin).toBe(origin);
      expect(pkg.resources.find((r) => r.name === "database")!.format).toBe("sqlite");
    }
    delete process.env.SITE_ORIGIN;
  });

  it.skipIf(pgUnavailable)("lists no SQLite file where the site reads PostgreSQL", async () => {
    const pkg = await onPostgres(() => load("http://localhost/api/datapackage.json"));
    expect(pkg.resources.map((r) => r.name)).toEqual(["figures", "figures-xlsx"]);
  });

  it("is the same package whatever filters are given", async () => {
    const plain = await load("http://localhost/api/datapackage.json");
    expect(await load("http://localhost/api/datapackage.json?institution=court&kind=cases&page=3")).toEqual(plain);
    expect(await load("http://localhost/api/datapackage.json?kind=bogus")).toEqual(plain);
  });
});

postgresReport(pgUnavailable);
