// /api/figures.db: the whole SQLite database, as built by the ingest. It is
// the dataset entire: filter parameters are refused rather than ignored.

import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { dbFile } from "@/lib/db/client";
import { usesPostgres } from "@/lib/db/file";
import { attachment } from "@/lib/export/common";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const FILTERS = ["region", "institution", "kind", "metric", "period", "doc", "verified", "q", "sort", "dir", "page", "pageSize"];

export function GET(request: Request): Response {
  const given = FILTERS.filter((k) => new URL(request.url).searchParams.has(k));
  if (given.length) {
    return Response.json(
      { error: `Bad request: ${given.join(", ")}: the database download is the whole dataset and takes no filters; use /api/figures.csv, .json or .xlsx for a filtered view`, errors: given.map((param) => ({ param, message: `${param}: not accepted here` })) },
      { status: 400 },
    );
  }
  if (usesPostgres()) {
    // The site reads PostgreSQL: there is no SQLite file to hand out.
    return Response.json({ error: "Not found: this site reads PostgreSQL and has no SQLite database to download; /api/figures.csv has every figure" }, { status: 404, headers: { "cache-control": "no-store" } });
  }
  const file = dbFile();
  const size = statSync(file).size;
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
    headers: { "content-type": "application/vnd.sqlite3", "content-length": String(size), "content-disposition": attachment("figures.db"), "cache-control": "no-store" },
  });
}
