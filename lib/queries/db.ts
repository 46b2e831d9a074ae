// The connection the site's queries share, and the one way they run SQL.
// SQLite by default (data/figures.db, FIGURES_DB): read-only, reopened when
// an ingest renames a new file over the old one. PostgreSQL when
// DATABASE_URL is set: a pool over the tables of schema zf, which an ingest
// replaces in one transaction. Queries are built once, with drizzle's SQLite
// builder over lib/db/schema.ts (the PostgreSQL tables are the same column
// for column), and rendered for whichever database answers; where the SQL
// itself differs, the helpers in dialect.ts say so.

import { statSync } from "node:fs";
import type { Statement } from "better-sqlite3";
import { Pool, types as pgTypes, type PoolClient } from "pg";
import Cursor from "pg-cursor";
import { Column, is, SQL, type SQLWrapper } from "drizzle-orm";
import { SQLiteSyncDialect, QueryBuilder } from "drizzle-orm/sqlite-core";
import { PgDialect } from "drizzle-orm/pg-core";
import { openReadOnly, dbFile, type DB } from "../db/client";
import { PG_SCHEMA, usesPostgres } from "../db/file";

export type Dialect = "sqlite" | "pg";

/** PostgreSQL when DATABASE_URL names one, else the SQLite file. */
export function dialect(): Dialect {
  return usesPostgres() ? "pg" : "sqlite";
}

/** Builds the queries (not bound to a connection: `all`/`get` run them on either database). */
export const qb = new QueryBuilder({ casing: "snake_case" });

const sqliteDialect = new SQLiteSyncDialect({ casing: "snake_case" });
const pgDialect = new PgDialect({ casing: "snake_case" });

export class DatabaseMissingError extends Error {
  constructor(what: string) {
    super(`The database ${what} has not been built. Run: npm run -s ingest`);
  }
}

// --- SQLite -----------------------------------------------------------------

let connection: DB | null = null;
let opened: { file: string; ino: number; mtimeMs: number } | null = null;
// Statements prepared once per connection and SQL text: at a million figures, preparing
// the explore page's queries anew took a fifth of its time on the server. Bounded, the
// least recently used going first; the downloads' iterating statements are not kept
// (one busy iterating cannot answer another query).
const statements = new Map<string, Statement>();
const MAX_STATEMENTS = 500;

/** A statement of the SQLite connection for `text`, prepared once. */
function statement(text: string, raw: boolean): Statement {
  const db = sqlite(); // first: a new file clears the statements
  const key = `${raw ? "r" : "o"}${text}`;
  let st = statements.get(key);
  if (st) {
    statements.delete(key); // to the back of the line
  } else {
    st = db.$client.prepare(text);
    if (raw) st.raw(true);
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
  }
  statements.set(key, st);
  return st;
}

/** The SQLite connection, reopened (and the answers cleared) when the file was replaced. */
function sqlite(): DB {
  const file = dbFile();
  // A stat per read costs microseconds; it is what tells a renamed-over file.
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new DatabaseMissingError(file);
  }
  if (!connection || !opened || opened.file !== file || opened.ino !== st.ino || opened.mtimeMs !== st.mtimeMs) {
    connection?.$client.close();
    answers.clear(); // answers of the old file
    statements.clear();
    connection = openReadOnly(file);
    opened = { file, ino: st.ino, mtimeMs: st.mtimeMs };
  }
  return connection;
}

// --- PostgreSQL ---------------------------------------------------------------

// Values as SQLite gives them: counts and sums (bigint, numeric) as numbers, not
// strings; json as its text, which the schema's JSON columns parse.
const asNumber = (v: string) => Number(v);
const PG_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === pgTypes.builtins.INT8 || oid === pgTypes.builtins.NUMERIC) return asNumber;
    if (oid === pgTypes.builtins.JSON || oid === pgTypes.builtins.JSONB) return (v: string) => v;
    return pgTypes.getTypeParser(oid, format);
  }) as typeof pgTypes.getTypeParser,
};

let pool: Pool | null = null;
// Downloads hold a connection for as long as they stream: their own pool, so
// that however many run, the pages keep theirs (beyond it a download waits).
let downloadPool: Pool | null = null;
let poolUrl = "";
/** The oid of schema zf when last looked: a new one is a new ingest. */
let generation: { oid: number | null; at: number } | null = null;
const GENERATION_TTL_MS = 1000;

function pgPool(): Pool {
  const url = process.env.DATABASE_URL!;
  if (!pool || poolUrl !== url) {
    void pool?.end();
    void downloadPool?.end();
    const open = (max: number) => {
      const p = new Pool({ connectionString: url, max, types: PG_TYPES, options: `-c search_path=${PG_SCHEMA}` });
      // An idle client's error (the server restarted) must not take the process down; the next query reconnects.
      p.on("error", () => {});
      return p;
    };
    pool = open(10);
    downloadPool = open(4);
    poolUrl = url;
    generation = null;
  }
  return pool;
}

/**
 * Checks, at most once a second, which schema zf is: an ingest builds a new
 * schema and renames it to zf, so its oid changes, and the answers of the
 * old one are cleared. No schema zf: nothing has been ingested yet.
 */
async function pgFresh(): Promise<Pool> {
  const p = pgPool();
  if (!generation || Date.now() - generation.at > GENERATION_TTL_MS) {
    const { rows } = await p.query<{ oid: number }>(`select oid from pg_namespace where nspname = $1`, [PG_SCHEMA]);
    const oid = rows[0]?.oid ?? null;
    if (generation && generation.oid !== oid) answers.clear();
    generation = { oid, at: Date.now() };
  }
  if (generation.oid === null) throw new DatabaseMissingError(`schema ${PG_SCHEMA} at DATABASE_URL`);
  return p;
}

/** Close the pool (tests, and a process that is done). */
export async function closeDatabase(): Promise<void> {
  const p = [pool, downloadPool];
  pool = downloadPool = null;
  generation = null;
  await Promise.all(p.map((x) => x?.end()));
  connection?.$client.close();
  connection = null;
  opened = null;
  statements.clear();
  answers.clear();
}

// --- Running a query ------------------------------------------------------------

type Selection = SQLWrapper & { _: { selectedFields: Record<string, unknown> }; getSQL(): SQL };

const isSelection = (q: SQLWrapper): q is Selection => "_" in q && typeof (q as Selection).getSQL === "function";

/** The SQL text and parameters of a query for the database in use. */
function render(q: SQLWrapper) {
  const s = q.getSQL();
  return dialect() === "pg" ? pgDialect.sqlToQuery(s) : sqliteDialect.sqlToQuery(s);
}

/** Rows as arrays, in the order of the query's columns. */
async function rawRows(q: SQLWrapper): Promise<unknown[][]> {
  const { sql: text, params } = render(q);
  if (dialect() === "pg") return (await (await pgFresh()).query({ text, values: params, rowMode: "array" })).rows;
  return statement(text, true).all(...params) as unknown[][];
}

/** Rows as objects named by the query's aliases (raw SQL). */
async function objectRows<T>(q: SQLWrapper): Promise<T[]> {
  const { sql: text, params } = render(q);
  if (dialect() === "pg") return (await (await pgFresh()).query({ text, values: params })).rows as T[];
  return statement(text, false).all(...params) as T[];
}

type Built = SQLWrapper & { _: { result: unknown[] } };

/**
 * Every row of a query: a drizzle select (its fields decoded as drizzle
 * decodes them) or raw SQL (objects named by its aliases; quote camelCase
 * aliases, which PostgreSQL would fold to lower case).
 */
export function all<Q extends Built>(q: Q): Promise<Q["_"]["result"]>;
export function all<T>(q: SQL): Promise<T[]>;
export async function all(q: SQLWrapper): Promise<unknown[]> {
  if (!isSelection(q)) return objectRows(q);
  const fields = Object.entries(q._.selectedFields);
  return (await rawRows(q)).map((row) => decodeRow(fields, row));
}

/**
 * A row of a flat selection (the only kind these queries make), decoded as
 * drizzle does: a column by its type (SQLite's 0/1 and PostgreSQL's boolean
 * both to a boolean, JSON text to a value), SQL by its mapWith (count()).
 */
function decodeRow(fields: [string, unknown][], row: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  fields.forEach(([key, field], i) => {
    const v = row[i];
    const decoder = is(field, Column) ? field : is(field, SQL) ? (field as unknown as { decoder?: { mapFromDriverValue(v: unknown): unknown } }).decoder : undefined;
    out[key] = v === null || v === undefined || !decoder ? v : decoder.mapFromDriverValue(v);
  });
  return out;
}

/** The first row of a query, or undefined. */
export function get<Q extends Built>(q: Q): Promise<Q["_"]["result"][number] | undefined>;
export function get<T>(q: SQL): Promise<T | undefined>;
export async function get(q: SQLWrapper): Promise<unknown> {
  return (await all(q as SQL))[0];
}

/**
 * A query's rows as arrays, a batch at a time, with flat memory however many
 * there are (the downloads): SQLite's statement iterator; on PostgreSQL a
 * server-side cursor on a client of the downloads' pool. Ending the loop
 * early (return) closes the cursor and gives the client back.
 */
export async function* batches(q: SQLWrapper, size = 2000): AsyncGenerator<unknown[][]> {
  const { sql: text, params } = render(q);
  if (dialect() === "pg") {
    await pgFresh();
    const client: PoolClient = await downloadPool!.connect();
    const cursor = client.query(new Cursor(text, params, { rowMode: "array", types: PG_TYPES }));
    let failed = false;
    try {
      for (;;) {
        const rows = (await cursor.read(size).catch((e: unknown) => ((failed = true), Promise.reject(e)))) as unknown[][];
        if (!rows.length) return;
        yield rows;
      }
    } finally {
      await cursor.close().catch(() => {});
      client.release(failed); // a client whose query failed is closed, not reused
    }
  }
  const it = sqlite().$client.prepare(text).raw(true).iterate(...params) as IterableIterator<unknown[]>;
  try {
    for (;;) {
      const rows: unknown[][] = [];
      while (rows.length < size) {
        const next = it.next();
        if (next.done) break;
        rows.push(next.value);
      }
      if (rows.length) yield rows;
      if (rows.length < size) return;
    }
  } finally {
    it.return?.();
  }
}

// --- The answer cache -----------------------------------------------------------

// Answers that depend on the whole table (counts, facet lists, an
// indicator's or a region's aggregates) are computed once per database
// (SQLite: per file; PostgreSQL: per schema zf, i.e. per ingest) and kept
// until it changes: the data is read-only between ingests, and at a million
// figures such a query takes up to seconds. Kept per key up to a bound, the
// least recently used going first. A pending answer is shared, so two
// requests at once compute it once.
const answers = new Map<string, Promise<unknown>>();
const MAX_ANSWERS = 2000;

/** `compute()`, once per database and key. */
export async function cached<T>(name: string, compute: () => Promise<T>): Promise<T> {
  if (dialect() === "pg") await pgFresh();
  else sqlite(); // a new file clears the answers
  // Keyed by the database too: a process may read both (the tests compare them).
  const key = `${dialect() === "pg" ? `pg ${poolUrl}` : `sqlite ${opened?.file}`}|${name}`;
  const had = answers.get(key);
  if (had) {
    answers.delete(key); // to the back of the line
    answers.set(key, had);
    return had as Promise<T>;
  }
  const p = compute().then(freeze); // shared by every later request: none may change it
  answers.set(key, p);
  p.catch(() => answers.get(key) === p && answers.delete(key)); // a failure is not an answer
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  return p;
}

/** A query function whose answers are cached per database and arguments. */
export function cachedQuery<A extends unknown[], T>(name: string, fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return (...args: A) => cached(`${name}:${JSON.stringify(args)}`, () => fn(...args));
}

function freeze<T>(v: T): T {
  if (v && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of v instanceof Map ? v.values() : Object.values(v)) freeze(x);
  }
  return v;
}
