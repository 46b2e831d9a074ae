// npm run bench:pages — the pages `npm run bench` times, on one database
// already built: SQLite (FIGURES_DB, default data/figures.db) or PostgreSQL
// (DATABASE_URL), so the two can be set side by side at the same scale.
// The production server (npm run build first) as `npm start` runs it; each
// page requested once (the first request after the server started, which
// computes what is kept per database), then 20 times in a row: p50/p95, kB;
// then the full CSV download, rows/s and the server's peak memory.
//   DATABASE_URL=postgres://… npm run -s bench:pages
//   FIGURES_DB=/tmp/synth1m/figures.db npm run -s bench:pages

import { existsSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDatabase, dialect, get } from "../../lib/queries/db";
import { benchPages, pct, REQUESTS, startServer, timeCsvExport, timePage } from "./server";

const ROOT = path.join(__dirname, "..", "..");

async function main() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("no production build: run npm run build first");
  // The same pages as test/bench/run.ts, chosen the same way on either database.
  const one = async <T>(q: ReturnType<typeof sql>) => Object.values((await get<Record<string, T>>(q))!)[0];
  const figures = Number(await one(sql`select count(*) as n from figures`));
  const region = await one<string>(sql`select substr(region_code, 1, 2) || '0000' as r from figures where region_code is not null and region_code <> '000000' group by 1 order by count(*) desc limit 1`);
  const metric = await one<string>(sql`select metric from figures where indicator <> 'other' group by metric order by count(*) desc limit 1`);
  const indicator = await one<string>(sql`select indicator from figures where metric = ${metric} limit 1`);
  const figureId = await one<string>(sql`select id from figures order by document_id, start limit 1 offset ${Math.floor(figures / 2)}`);
  const which = dialect() === "pg" ? "PostgreSQL" : "SQLite";
  await closeDatabase();

  const port = 4100 + Math.floor(Math.random() * 800);
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port);
  const out: string[] = [`${which}, ${figures} figures`, "", "| page | first ms | p50 ms | p95 ms | kB |", "| --- | --- | --- | --- | --- |"];
  try {
    for (const [name, url, warm] of benchPages(region, indicator, figureId)) {
      const { first, times, size, status } = await timePage(typeof url === "string" ? base + url : url.map((u) => base + u), REQUESTS, warm?.map((u) => base + u));
      out.push(`| ${name}${status === 200 ? "" : ` (HTTP ${status})`} | ${first.toFixed(0)} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} | ${(size / 1024).toFixed(0)} |`);
      console.error(out.at(-1));
    }
    // The full CSV download, with the server's memory sampled while it streams.
    const { lines, seconds: s, beforeMb, peakMb } = await timeCsvExport(base, server.pid!);
    out.push("", `CSV of every figure: ${lines} lines in ${s.toFixed(1)} s (${(figures / s).toFixed(0)} figures/s); server ${beforeMb.toFixed(0)} MB before, ${peakMb.toFixed(0)} MB at its peak`);
  } finally {
    server.kill();
  }
  console.log(out.join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
