// The ingest into PostgreSQL (DATABASE_URL), against a real local cluster:
// the same rows as the SQLite database built from the same corpus, bad files
// skipped by name, and the old tables kept when an ingest fails. `.ci/run`
// installs Debian's postgresql and starts a cluster; where none can be
// reached (a user's machine), this file reports itself skipped with why.
// ZF_TEST_DATABASE_URL names another server (a database the test may create
// and drop databases on).

import { describe, expect, it, beforeAll, afterAll } from "vitest";
import Database from "better-sqlite3";
import { Client } from "pg";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS, GOLD, PG_ADMIN_SHOWN, PG_ADMIN_URL, SOURCES, buildTestDatabase, pgUrlOf, postgresUnavailable, tempDir } from "./helpers";
import { ingestCorpus } from "@/lib/ingest/ingest";
import { PG_SCHEMA } from "@/lib/ingest/pg-writer";

const ADMIN_URL = PG_ADMIN_URL;
const DB_NAME = `zf_test_${process.pid}`;
const urlOf = pgUrlOf;

const unavailable = await postgresUnavailable();
if (unavailable) {
  describe("ingest into PostgreSQL", () => {
    it.skip(`skipped: no PostgreSQL at ${PG_ADMIN_SHOWN} (${unavailable}); .ci/run starts one`, () => {});
  });
} else {
  describe("ingest into PostgreSQL", () => {
    const url = urlOf(DB_NAME);
    const admin = new Client({ connectionString: ADMIN_URL });
    let pg: Client;
    const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`drop database if exists ${DB_NAME}`);
      await admin.query(`create database ${DB_NAME}`);
      pg = new Client({ connectionString: url });
      await pg.connect();
    });
    afterAll(async () => {
      await pg?.end().catch(() => {});
      await admin.query(`drop database if exists ${DB_NAME} with (force)`).catch(() => {});
      await admin.end().catch(() => {});
    });

    // Columns by name: SQLite's tables gained some by ALTER TABLE, at their end.
    const columnsOf = async (table: string) =>
      (await pg.query(`select column_name from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position`, [PG_SCHEMA, table])).rows.map((r) => `"${r.column_name}"`).join(", ");
    const rowsOf = async (table: string, columns: string) => (await pg.query({ text: `select ${columns} from ${PG_SCHEMA}.${table} order by id`, rowMode: "array" })).rows;

    it("writes the corpus's rows, the same as the SQLite database built from the same files", async () => {
      const report = await ingestCorpus({ corpusDir: CORPUS, dbFile: "unused", sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, databaseUrl: url });
      expect(report.skipped).toEqual([]);
      const sqlite = await buildTestDatabase();
      expect(report.figures).toBe(sqlite.report.figures);
      const db = new Database(sqlite.dbFile, { readonly: true });
      // Column for column: SQLite's 0/1 is PostgreSQL's boolean, its JSON text PostgreSQL's jsonb.
      const norm = (v: unknown) => (v === true ? 1 : v === false ? 0 : v !== null && typeof v === "object" ? JSON.stringify(v) : v);
      // (Only in the columns PostgreSQL keeps as jsonb: a paragraph may itself start with a bracket, [摘要]… in 997.)
      const json = (v: unknown) => (typeof v === "string" ? JSON.stringify(JSON.parse(v)) : v);
      for (const table of ["documents", "sections", "paragraphs", "sentences", "figures", "checks"]) {
        const columns = await columnsOf(table);
        const rawPg = await rowsOf(table, columns);
        const jsonColumns = new Set(rawPg.flatMap((r) => r.flatMap((v, j) => (v !== null && typeof v === "object" && !(v instanceof Date) ? [j] : []))));
        const fromPg = rawPg.map((r) => r.map(norm));
        const fromSqlite = (db.prepare(`select ${columns} from ${table} order by id`).raw().all() as unknown[][]).map((r) => r.map((v, j) => (jsonColumns.has(j) ? json(v) : v)));
        expect(fromPg.length, table).toBe(fromSqlite.length);
        expect(fromPg, table).toEqual(fromSqlite);
      }
      db.close();
      // Every reference holds (the constraints were added after the load), and the search index is there.
      const fks = await pg.query(`select count(*)::int as n from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = $1 and c.contype = 'f'`, [PG_SCHEMA]);
      expect(fks.rows[0].n).toBe(8);
      const trgm = await pg.query(`select indexdef from pg_indexes where schemaname = $1 and indexname = 'paragraphs_text_trgm_idx'`, [PG_SCHEMA]);
      expect(trgm.rows[0].indexdef).toMatch(/gin.*gin_trgm_ops/);
      const found = await pg.query(`select count(*)::int as n from ${PG_SCHEMA}.paragraphs where text like '%' || $1 || '%'`, ["审结"]);
      expect(found.rows[0].n).toBeGreaterThan(10);
    }, 180_000);

    it("takes out every row of a document whose extraction failed half-way", async () => {
      const { PgWriter } = await import("@/lib/ingest/pg-writer");
      const { documentMessages } = await import("@/lib/ingest/document");
      const w = await PgWriter.open(url);
      const job = (f: string) => ({ file: f, path: path.join(CORPUS, f), id: f.replace(/\.txt$/, ""), meta: null, options: {}, gold: undefined });
      const [a, b] = corpusFiles.slice(4, 6);
      for (const m of documentMessages(job(a))) await w.write(m, job(a).id);
      // b: its head, paragraphs, sentences and figures are written, then the extraction fails.
      for (const m of documentMessages(job(b))) {
        if (m.t === "end") break;
        await w.write(m, job(b).id);
      }
      expect(await w.write({ t: "skip", file: b, reason: "failed" }, job(b).id)).toEqual({ skipped: "failed" });
      await w.finish();
      for (const t of ["paragraphs", "sections", "sentences", "figures"]) {
        const count = async (id: string) => (await pg.query(`select count(*)::int as n from ${PG_SCHEMA}.${t} where document_id = $1`, [id])).rows[0].n;
        expect(await count(job(b).id), t).toBe(0);
        expect(await count(job(a).id), t).toBeGreaterThan(0);
      }
      // facet_counts counts a's figures, none of b's.
      const sums = await pg.query(`select (select sum(n)::int from ${PG_SCHEMA}.facet_counts) as cube, (select count(*)::int from ${PG_SCHEMA}.figures) as figures`);
      expect(sums.rows[0].cube).toBe(sums.rows[0].figures);
    }, 60_000);

    it("skips a file it cannot read, by name, and keeps the old tables when an ingest fails", async () => {
      const before = (await pg.query(`select count(*)::int as n from ${PG_SCHEMA}.figures`)).rows[0].n;
      expect(before).toBeGreaterThan(0);

      const dir = tempDir();
      const corpus = path.join(dir, "corpus");
      mkdirSync(corpus);
      for (const f of corpusFiles.slice(0, 3)) copyFileSync(path.join(CORPUS, f), path.join(corpus, f));
      writeFileSync(path.join(corpus, "broken.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00]));
      const report = await ingestCorpus({ corpusDir: corpus, dbFile: "unused", sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, databaseUrl: url });
      expect(report.skipped.map((s) => s.file)).toEqual(["broken.txt"]);
      expect((await pg.query(`select count(*)::int as n from ${PG_SCHEMA}.documents`)).rows[0].n).toBe(3);

      // No file can be read: the ingest fails, and the three documents are still what readers see.
      const bad = path.join(dir, "bad");
      mkdirSync(bad);
      writeFileSync(path.join(bad, "empty.txt"), "");
      await expect(ingestCorpus({ corpusDir: bad, dbFile: "unused", sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, databaseUrl: url })).rejects.toThrow(/no document could be read/);
      expect((await pg.query(`select count(*)::int as n from ${PG_SCHEMA}.documents`)).rows[0].n).toBe(3);
      const schemas = await pg.query(`select nspname from pg_namespace where nspname like $1 order by 1`, [`${PG_SCHEMA}%`]);
      expect(schemas.rows.map((r) => r.nspname)).toEqual([PG_SCHEMA]);
    }, 120_000);

    it("puts the new tables in place while a reader still holds the old ones (a download streaming), which it drops once they are free", async () => {
      // A reader in the middle of a long query: its transaction holds the old tables until it ends.
      const reader = new Client({ connectionString: url });
      await reader.connect();
      await reader.query("begin");
      const old = (await reader.query(`select count(*)::int as n from ${PG_SCHEMA}.documents`)).rows[0].n;
      expect(old).toBe(3);
      try {
        // Five documents now: the ingest must not wait for the reader, and the site (a new query) sees them.
        const dir = tempDir();
        for (const f of corpusFiles.slice(0, 5)) copyFileSync(path.join(CORPUS, f), path.join(dir, f));
        const t0 = Date.now();
        await ingestCorpus({ corpusDir: dir, dbFile: "unused", sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, databaseUrl: url });
        expect(Date.now() - t0).toBeLessThan(30_000);
        expect((await pg.query(`select count(*)::int as n from ${PG_SCHEMA}.documents`)).rows[0].n).toBe(5);
        // The reader still reads the tables it began with.
        expect((await reader.query(`select count(*)::int as n from ${PG_SCHEMA}.figures`)).rows[0].n).toBeGreaterThan(0);
      } finally {
        await reader.query("commit");
        await reader.end();
      }
      // The old tables were kept for the reader; the next ingest drops them.
      const dir = tempDir();
      for (const f of corpusFiles.slice(0, 2)) copyFileSync(path.join(CORPUS, f), path.join(dir, f));
      await ingestCorpus({ corpusDir: dir, dbFile: "unused", sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, databaseUrl: url });
      const schemas = await pg.query(`select nspname from pg_namespace where nspname like $1 order by 1`, [`${PG_SCHEMA}%`]);
      expect(schemas.rows.map((r) => r.nspname)).toEqual([PG_SCHEMA]);
      expect((await pg.query(`select count(*)::int as n from ${PG_SCHEMA}.documents`)).rows[0].n).toBe(2);
    }, 120_000);
  });
}
