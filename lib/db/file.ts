// Where the database is: PostgreSQL when DATABASE_URL names one, else the
// SQLite file FIGURES_DB, else data/figures.db. Apart from client.ts so that
// the proxy can check for it without loading SQLite.

import path from "node:path";

export const DEFAULT_DB_FILE = path.join(process.cwd(), "data", "figures.db");

export function dbFile(): string {
  return process.env.FIGURES_DB ?? DEFAULT_DB_FILE;
}

/** The PostgreSQL schema the site's tables live in (DATABASE_URL): an ingest builds a new one and renames it to this. */
export const PG_SCHEMA = "zf";

/** Whether the site reads PostgreSQL (DATABASE_URL=postgres://…) rather than the SQLite file. */
export function usesPostgres(): boolean {
  return /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");
}
