// The one read-only connection the site's queries share.

import { existsSync } from "node:fs";
import { openReadOnly, dbFile, type DB } from "../db/client";

let connection: DB | null = null;

export class DatabaseMissingError extends Error {
  constructor(file: string) {
    super(`The database ${file} has not been built. Run: npm run -s ingest`);
  }
}

export function db(): DB {
  if (!connection) {
    const file = dbFile();
    if (!existsSync(file)) throw new DatabaseMissingError(file);
    connection = openReadOnly(file);
  }
  return connection;
}
