// Where the database file is: FIGURES_DB, else data/figures.db. Apart from
// client.ts so that the proxy can check for it without loading SQLite.

import path from "node:path";

export const DEFAULT_DB_FILE = path.join(process.cwd(), "data", "figures.db");

export function dbFile(): string {
  return process.env.FIGURES_DB ?? DEFAULT_DB_FILE;
}
