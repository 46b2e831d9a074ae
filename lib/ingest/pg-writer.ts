// The ingest's writes into PostgreSQL (DATABASE_URL): the same rows as the
// SQLite writer, streamed with COPY (one connection per table), into a new
// schema that replaces the old one in one transaction only when it is
// complete: readers see the old figures or the new ones, never a half. The
// tables come from drizzle-pg/ (drizzle's pg dialect); their constraints,
// indexes and the trigram search index are built after the load. The old
// schema is renamed aside, not dropped, in that transaction: a rename takes
// no lock on its tables, so a reader still on them (a download streaming)
// neither holds up the swap nor queues the site's new queries behind it;
// it is dropped after, or by the next ingest if a reader still holds it.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Writable } from "node:stream";
import type { DocumentMessage } from "./document";
import { RowIds, TABLES, type DocumentResult, type Table } from "./rows";

import { PG_SCHEMA } from "../db/file";
export { PG_SCHEMA };

/** One field in COPY's text format. */
function copyField(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  const s = typeof v === "string" ? v : String(v);
  return s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
}

/**
 * Drop the schemas earlier ingests renamed aside, each waiting a few seconds
 * at most for readers still on its tables. Returns those kept.
 */
async function dropOldSchemas(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`select nspname as name from pg_namespace where nspname like $1`, [`${PG_SCHEMA}\\_old\\_%`]);
  const kept: string[] = [];
  for (const { name } of rows) {
    try {
      await client.query("begin");
      await client.query("set local lock_timeout = '5s'");
      await client.query(`drop schema "${name}" cascade`);
      await client.query("commit");
    } catch {
      await client.query("rollback");
      kept.push(name);
    }
  }
  return kept;
}

/** The statements of drizzle-pg/'s migrations, unqualified (so that they build in the schema on the search path). */
export function pgMigrationStatements(): string[] {
  const dir = path.join(__dirname, "..", "..", "drizzle-pg");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split("--> statement-breakpoint"))
    .map((s) => s.trim().replace(/"public"\./g, ""))
    .filter(Boolean);
}

export class PgWriter {
  private readonly build = `${PG_SCHEMA}_build_${process.pid}_${Date.now()}`;
  private control: Client;
  private copies = new Map<Table, { client: Client; stream: Writable }>();
  private later: string[] = [];
  private skipped: string[] = [];
  /** the first error of a COPY stream, reported by the next write or by finish */
  private failed: Error | null = null;
  private readonly ids = new RowIds();
  /** COPY streams that asked to wait (their buffer is full): the write waits for them before the next message */
  private full = new Set<Writable>();

  private constructor(private readonly url: string) {
    this.control = new Client({ connectionString: url });
  }

  /** Connect, create the build schema and its tables, and open a COPY into each table. */
  static async open(url: string): Promise<PgWriter> {
    const w = new PgWriter(url);
    await w.control.connect();
    await w.control.query(`create extension if not exists pg_trgm`);
    await w.control.query(`create schema "${w.build}"`);
    await w.control.query(`set search_path to "${w.build}", public`);
    // Tables now; foreign keys and indexes after the load (each checks or sorts every row once).
    for (const s of pgMigrationStatements()) {
      // (A column added by a later migration belongs to the table the COPY writes: 0003 documents.level.)
      if (/^CREATE TABLE|^ALTER TABLE \S+ ADD COLUMN/i.test(s)) await w.control.query(s);
      else w.later.push(s);
    }
    for (const [table, columns] of Object.entries(TABLES) as [Table, readonly string[]][]) {
      const client = new Client({ connectionString: url });
      // A load given up (abort) ends these connections mid-COPY: their errors are expected then.
      client.on("error", () => {});
      await client.connect();
      await client.query(`set search_path to "${w.build}", public`);
      const stream = client.query(copyFrom(`copy ${table} (${columns.map((c) => `"${c}"`).join(", ")}) from stdin`));
      stream.on("error", (e) => (w.failed ??= e));
      w.copies.set(table, { client, stream });
    }
    return w;
  }

  private readonly emit = (table: Table, values: unknown[]) => {
    const { stream } = this.copies.get(table)!;
    if (!stream.write(values.map(copyField).join("\t") + "\n")) this.full.add(stream);
  };

  /** Write one message of a document (as Writer.write); a skip takes the document's rows out after the load. */
  async write(m: DocumentMessage, docId: string): Promise<DocumentResult | { skipped: string } | null> {
    if (this.failed) throw this.failed;
    if (m.t === "skip" && this.ids.inDocument) this.skipped.push(docId);
    const done = this.ids.rows(m, docId, this.emit);
    // A message is at most a few thousand rows: buffered whole, then the streams drain.
    for (const stream of this.full) await new Promise<void>((resolve) => stream.once("drain", resolve));
    this.full.clear();
    return m.t === "skip" ? { skipped: m.reason } : done;
  }

  /** End the loads, take out half-written documents, build constraints and indexes, then put the new schema in place of the old. */
  async finish(log: (l: string) => void = () => {}) {
    if (this.failed) throw this.failed;
    for (const r of this.ids.facetRows()) this.emit("facet_counts", r);
    for (const { stream } of this.copies.values()) await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    await this.closeCopies();
    const took: string[] = [];
    const step = async (name: string, run: () => Promise<unknown>) => {
      const t0 = Date.now();
      await run();
      took.push(`${name} ${Date.now() - t0} ms`);
    };
    if (this.skipped.length) {
      await step("half-written documents out", async () => {
        for (const table of ["checks", "figures", "sentences", "sections", "paragraphs"]) await this.control.query(`delete from ${table} where document_id = any($1)`, [this.skipped]);
      });
    }
    await this.control.query(`set maintenance_work_mem = '256MB'`);
    // The foreign keys check every reference once, here, as SQLite's foreign_key_check does.
    await step("constraints and indexes", async () => {
      for (const s of this.later) await this.control.query(s);
    });
    await step("statistics", () => this.control.query("analyze"));
    const old = `${PG_SCHEMA}_old_${process.pid}_${Date.now()}`;
    await this.control.query("begin");
    const { rowCount } = await this.control.query(`select 1 from pg_namespace where nspname = $1`, [PG_SCHEMA]);
    if (rowCount) await this.control.query(`alter schema "${PG_SCHEMA}" rename to "${old}"`);
    await this.control.query(`alter schema "${this.build}" rename to "${PG_SCHEMA}"`);
    await this.control.query("commit");
    const kept = await dropOldSchemas(this.control);
    log(`built after the load: ${took.join(", ")}${kept.length ? `; kept ${kept.join(", ")} for a reader still on it (the next ingest drops it)` : ""}`);
    await this.control.end();
  }

  /** Give up: the build schema goes, the old one stays. */
  async abort() {
    await this.closeCopies(true);
    try {
      await this.control.query(`drop schema if exists "${this.build}" cascade`);
    } catch {
      // the connection itself failed: nothing more to clean with it
    }
    await this.control.end().catch(() => {});
  }

  private async closeCopies(destroy = false) {
    for (const { client, stream } of this.copies.values()) {
      if (destroy) stream.destroy();
      await client.end().catch(() => {});
    }
    this.copies.clear();
  }
}
