// npm run -s ingest -- [--corpus DIR] [--db FILE]
// Exits 1 when any file was skipped, 2 on a usage or fatal error.

import path from "node:path";
import { ingestCorpus } from "./ingest";
import { DEFAULT_DB_FILE } from "../db/client";
import { PG_SCHEMA, usesPostgres } from "../db/file";

const usage = "usage: npm run -s ingest -- [--corpus DIR] [--db FILE] [--sources FILE] [--gold DIR]";

async function main(argv: string[]): Promise<number> {
  const opts = {
    corpusDir: path.join("data", "corpus"),
    dbFile: process.env.FIGURES_DB ?? DEFAULT_DB_FILE,
    sourcesFile: path.join("data", "sources.json"),
    goldDir: path.join("data", "gold"),
  };
  const flags: Record<string, keyof typeof opts> = { "--corpus": "corpusDir", "--db": "dbFile", "--sources": "sourcesFile", "--gold": "goldDir" };
  for (let i = 0; i < argv.length; i++) {
    const key = flags[argv[i]];
    if (!key || argv[i + 1] === undefined) {
      process.stderr.write(`${argv[i] === "--help" ? "" : `unknown or incomplete option: ${argv[i]}\n`}${usage}\n`);
      return 2;
    }
    opts[key] = argv[++i];
  }
  const started = Date.now();
  // DATABASE_URL (postgres://…) writes PostgreSQL instead of the SQLite file, as the site then reads it.
  const databaseUrl = usesPostgres() ? process.env.DATABASE_URL : undefined;
  const target = databaseUrl ? `PostgreSQL (schema ${PG_SCHEMA} of ${databaseUrl.replace(/\/\/[^@/]*@/, "//…@")})` : opts.dbFile;
  let report;
  try {
    report = await ingestCorpus({ ...opts, databaseUrl });
  } catch (e) {
    process.stderr.write(`ingest failed: ${(e as Error).message}\n`);
    return 2;
  }
  process.stderr.write(
    `ingested ${report.documents} documents, ${report.figures} figures (${report.verified} verified) into ${target} in ${Date.now() - started} ms, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
  );
  if (report.skipped.length) {
    process.stderr.write(`skipped ${report.skipped.length} file(s):\n${report.skipped.map((s) => `  ${s.file}: ${s.reason}`).join("\n")}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
