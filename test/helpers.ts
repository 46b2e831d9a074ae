// Shared by the tests: paths of the real data, a database built from it, and
// the same database on PostgreSQL to compare reads with.

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import path from "node:path";
import { ingestCorpus, type IngestReport } from "@/lib/ingest/ingest";

export const ROOT = path.resolve(__dirname, "..");
export const CORPUS = path.join(ROOT, "data", "corpus");
export const SOURCES = path.join(ROOT, "data", "sources.json");
export const GOLD = path.join(ROOT, "data", "gold");

export function tempDir(prefix = "zf-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Ingest the real corpus into a fresh temporary database. */
export async function buildTestDatabase(corpusDir = CORPUS): Promise<{ dbFile: string; report: IngestReport; logs: string[] }> {
  const dbFile = path.join(tempDir(), "figures.db");
  const logs: string[] = [];
  const report = await ingestCorpus({ corpusDir, dbFile, sourcesFile: SOURCES, goldDir: GOLD, log: (l) => logs.push(l) });
  return { dbFile, report, logs };
}

const codePoints = new Map<string, string[]>();

/** Code points [start, end) of a corpus file as the ingest reads it (BOM removed): an oracle for any span the database stores. */
export function sourceSlice(fileName: string, start: number, end: number, corpusDir = CORPUS): string {
  const key = path.join(corpusDir, fileName);
  if (!codePoints.has(key)) codePoints.set(key, Array.from(readFileSync(key, "utf8").replace(/^\uFEFF/, "")));
  return codePoints.get(key)!.slice(start, end).join("");
}

// --- PostgreSQL -------------------------------------------------------------
// The tests that read through lib/queries run against SQLite and, where a
// PostgreSQL server answers, against PostgreSQL built from the same corpus
// by the same ingest: every read is made on both and the answers must be
// equal. `.ci/run` starts a cluster; where none can be reached (a user's
// machine), the PostgreSQL half reports itself skipped with why.
// ZF_TEST_DATABASE_URL names another server (a database the tests may create
// and drop databases on).

export const PG_ADMIN_URL = process.env.ZF_TEST_DATABASE_URL ?? `postgres://${userInfo().username}@/postgres?host=/var/run/postgresql`;

/** The same server, another database (a socket URL has no host, which URL() refuses: the path is replaced as text). */
export const pgUrlOf = (db: string) => {
  const [base, query] = PG_ADMIN_URL.split("?");
  return base.replace(/\/[^/]*$/, `/${db}`) + (query ? `?${query}` : "");
};

/** The admin URL with its credentials elided, for a skip message. */
export const PG_ADMIN_SHOWN = PG_ADMIN_URL.replace(/\/\/[^@/]*@/, "//…@");

let probed: Promise<string | null> | null = null;

/** Why no PostgreSQL can be used (null when one answers). */
export function postgresUnavailable(): Promise<string | null> {
  probed ??= (async () => {
    const c = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.query("select 1");
      return null;
    } catch (e) {
      return (e as Error).message;
    } finally {
      await c.end().catch(() => {});
    }
  })();
  return probed;
}

let databases = 0;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A throw-away database on the test server, and how to drop it. */
export async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `zf_test_${process.pid}_${++databases}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    // On this machine's own server, databases of test processes that are gone (killed before their
    // afterAll) are garbage. (Another server may serve other machines, whose process ids these are not.)
    if (!process.env.ZF_TEST_DATABASE_URL) {
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname ~ '^zf_test_[0-9]+_[0-9]+$'`);
      for (const { datname } of rows) if (!alive(Number(datname.split("_")[2]))) await admin.query(`drop database if exists ${datname} with (force)`).catch(() => {});
    }
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: pgUrlOf(name),
    drop: async () => {
      const a = new Client({ connectionString: PG_ADMIN_URL });
      try {
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
      } catch (e) {
        console.warn(`could not drop the test database ${name}: ${(e as Error).message}`);
      } finally {
        await a.end().catch(() => {});
      }
    },
  };
}

/** The state `both` reads: the PostgreSQL database of this test file, when there is one. */
const backends: { pgUrl: string | null; drop: (() => Promise<void>) | null; skipped: string | null } = { pgUrl: null, drop: null, skipped: null };

/**
 * Build the corpus into a fresh SQLite file (FIGURES_DB, the default the
 * reads use) and, where a server answers, into a fresh PostgreSQL database
 * with the project's ingest. `skipped` says why there is no PostgreSQL.
 */
export async function buildBothDatabases(corpusDir = CORPUS): Promise<{ dbFile: string; pgUrl: string | null; skipped: string | null }> {
  const { dbFile } = await buildTestDatabase(corpusDir);
  process.env.FIGURES_DB = dbFile;
  delete process.env.DATABASE_URL; // SQLite unless `both` says otherwise
  const unavailable = await postgresUnavailable();
  if (unavailable) {
    backends.skipped = `no PostgreSQL at ${PG_ADMIN_SHOWN} (${unavailable}); .ci/run starts one`;
    return { dbFile, pgUrl: null, skipped: backends.skipped };
  }
  const { url, drop } = await createPgDatabase();
  await ingestCorpus({ corpusDir, dbFile: "unused", sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, databaseUrl: url });
  Object.assign(backends, { pgUrl: url, drop, skipped: null });
  return { dbFile, pgUrl: url, skipped: null };
}

/** Close the reads' connections and drop the PostgreSQL database (afterAll). */
export async function dropBothDatabases(): Promise<void> {
  const { closeDatabase } = await import("@/lib/queries/db");
  await closeDatabase();
  await backends.drop?.();
  Object.assign(backends, { pgUrl: null, drop: null });
}

/** With DATABASE_URL set to this file's PostgreSQL database, run `read`. */
export async function onPostgres<T>(read: () => Promise<T>): Promise<T> {
  if (!backends.pgUrl) throw new Error("no PostgreSQL database: buildBothDatabases first");
  process.env.DATABASE_URL = backends.pgUrl;
  try {
    return await read();
  } finally {
    delete process.env.DATABASE_URL;
  }
}

/** How many reads `both` has compared on PostgreSQL (a file checks that it compared some). */
export const compared = { reads: 0 };

/**
 * `read` on SQLite, then on PostgreSQL when there is one: the answers must be
 * equal (`same` compares them; deep equality by default). Returns SQLite's,
 * so every assertion made on it holds for both.
 */
export async function both<T>(read: () => Promise<T>, same: (sqlite: T, pg: T) => void | Promise<void> = (a, b) => void expect(b).toEqual(a)): Promise<T> {
  const fromSqlite = await read();
  if (backends.pgUrl) {
    const fromPg = await onPostgres(read);
    await same(fromSqlite, fromPg);
    compared.reads++;
  }
  return fromSqlite;
}

/**
 * The test that says whether PostgreSQL was compared (last in a file):
 * skipped with why, or a check that reads were compared there (a file whose
 * PostgreSQL half compared nothing would pass without testing it).
 * `unavailable` is `await postgresUnavailable()`, at the file's top level.
 */
export function postgresReport(unavailable: string | null): void {
  describe("PostgreSQL", () => {
    if (unavailable) {
      it.skip(`skipped: no PostgreSQL at ${PG_ADMIN_SHOWN} (${unavailable}); .ci/run starts one`, () => {});
      return;
    }
    it("answered every read of this file as SQLite did", () => {
      expect(backends.pgUrl).not.toBeNull();
      expect(compared.reads).toBeGreaterThan(0);
    });
  });
}

/**
 * `fn` on SQLite, then again on PostgreSQL when there is one: for checks
 * that are not a comparison of answers (a stream read part-way, then cancelled).
 */
export async function eachBackend(fn: (backend: "sqlite" | "pg") => Promise<void>): Promise<void> {
  await fn("sqlite");
  if (backends.pgUrl) {
    await onPostgres(() => fn("pg"));
    compared.reads++;
  }
}

type Handler = (request: Request) => Response | Promise<Response>;

/** A body as a test compares it: an XLSX workbook by its sheets' cell values (the zip carries its build time), any other as text. */
async function comparableBody(contentType: string | null, body: Buffer): Promise<unknown> {
  if (!contentType?.includes("spreadsheetml")) return body.toString("utf8");
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(row.values));
    return { name: sheet.name, rows };
  });
}

/**
 * A route handler's response on SQLite and on PostgreSQL (when there is
 * one): status, headers and body must be the same. Returns SQLite's, whole,
 * as a Response to read as the test would read the handler's own.
 */
export async function bothResponses(handler: Handler, request: Request | string): Promise<Response> {
  const read = async () => {
    const res = await handler(typeof request === "string" ? new Request(request) : request.clone());
    return { status: res.status, headers: [...res.headers.entries()], body: Buffer.from(await res.arrayBuffer()) };
  };
  const got = await both(read, async (a, b) => {
    expect(b.status).toBe(a.status);
    expect(b.headers).toEqual(a.headers);
    const type = new Headers(a.headers).get("content-type");
    expect(await comparableBody(type, b.body)).toEqual(await comparableBody(type, a.body));
  });
  return new Response(new Uint8Array(got.body), { status: got.status, headers: got.headers });
}

/**
 * The production server (npm run build first) on `port`, with `env` added to
 * this process's: resolves once it serves a file, which it does whatever the
 * state of the database (a missing schema is a 503 on pages, not no answer).
 */
export async function startNextServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/favicon.ico`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}
