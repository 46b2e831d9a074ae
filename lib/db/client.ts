// The one way to open the database: better-sqlite3 under drizzle, with the
// committed migrations in drizzle/ applied on write.

import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import * as schema from "./schema";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** drizzle/ of the project this file is in, wherever the ingest is started from (the CLI takes any --corpus and --db). */
const migrations = () => path.join(__dirname, "..", "..", "drizzle");
export { DEFAULT_DB_FILE, dbFile } from "./file";
import { dbFile } from "./file";

/** Open a database for building: creates it and applies the migrations. */
export function openForWrite(file: string): DB {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = DELETE"); // one file, so it can be renamed into place
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("cache_size = -2000"); // 2 MB of pages: the ingest writes once and reads nothing back
  const db = drizzle({ client: sqlite, schema, casing: "snake_case" });
  migrate(db, { migrationsFolder: migrations() });
  return db as DB;
}

/** Open a built database read-only, as the site does. */
export function openReadOnly(file: string = dbFile()): DB {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  return drizzle({ client: sqlite, schema, casing: "snake_case" }) as DB;
}
