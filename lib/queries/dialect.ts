// Where SQLite and PostgreSQL spell the same query differently: each helper
// gives the one SQL fragment in the dialect of the database in use
// (db.ts: DATABASE_URL set → PostgreSQL). Every query is written once, with these.

import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { dialect } from "./db";
import { figures } from "../db/schema";

const pg = () => dialect() === "pg";

/** Whether `needle` occurs in `text` (instr / strpos). */
export const contains = (text: SQLWrapper, needle: SQLWrapper | string): SQL => (pg() ? sql`strpos(${text}, ${needle}) > 0` : sql`instr(${text}, ${needle}) > 0`);

/** `text` matches a LIKE pattern (escaped with \\), whatever the case of its Latin letters (SQLite's LIKE; PostgreSQL's ILIKE). */
export const likeAnyCase = (text: SQLWrapper, pattern: string): SQL => (pg() ? sql`${text} ilike ${pattern} escape '\\'` : sql`${text} like ${pattern} escape '\\'`);

/** The distinct values of a group, joined by commas (group_concat / string_agg). */
export const joinDistinct = (x: SQLWrapper): SQL => (pg() ? sql`string_agg(distinct ${x}, ',')` : sql`group_concat(distinct ${x})`);

/** a = b, where null equals null (`is` / `is not distinct from`). */
export const same = (a: SQLWrapper, b: unknown): SQL => (pg() ? sql`${a} is not distinct from ${b}` : sql`${a} is ${b}`);

/** How many rows of a group have a true flag (a flag is 0/1 in SQLite, a boolean in PostgreSQL). */
export const countTrue = (flag: SQLWrapper): SQL<number> => sql<number>`coalesce(sum(case when ${flag} then 1 else 0 end), 0)`;

/** A flag is true, or false. */
export const flagIs = (flag: SQLWrapper, value: boolean): SQL => (value ? sql`${flag}` : sql`not ${flag}`);

/** A jsonb column as text to match with LIKE (SQLite keeps JSON as text already). */
export const asText = (x: SQLWrapper): SQL => (pg() ? sql`${x}::text` : sql`${x}`);

/**
 * A sort key with nulls placed as SQLite places them, lowest (first
 * ascending, last descending); PostgreSQL places them highest by default.
 */
export const sortKey = (x: SQLWrapper, dir: "asc" | "desc"): SQL =>
  pg() ? (dir === "asc" ? sql`${x} asc nulls first` : sql`${x} desc nulls last`) : dir === "asc" ? sql`${x} asc` : sql`${x} desc`;

/**
 * An expression the SQLite planner must not read from an index (`+x`), so
 * that it takes the filters' index instead; PostgreSQL has no unary plus on text and needs no hint.
 */
export const noIndex = (x: SQLWrapper): SQL => (pg() ? sql`(${x})` : sql`+(${x})`);

/**
 * A figure's row key, for `key in (subquery)`: SQLite's rowid, PostgreSQL's
 * primary key (it has no rowid).
 */
export const figureKey = (): SQL => (pg() ? sql`${figures.id}` : sql`${figures}.rowid`);

/**
 * Document order: the order the ingest writes figures in (documents by id,
 * each in text order). In SQLite it is the table's own (rowid); in
 * PostgreSQL, figures_document_idx's (document, start), the id breaking a tie.
 */
export const documentOrder = (): SQL[] => (pg() ? [sql`${figures.documentId}`, sql`${figures.start}`, sql`${figures.id}`] : [sql`${figures}.rowid`]);
