// npm run bench:load — the production server (npm run build first) under
// load: autocannon, 50 connections for 20 s on each of the overview, the
// explore page with three filters, a text search and the full CSV export,
// against a database built from data/. Prints p50/p99 latency, requests and
// errors per route; the goal is zero errors and zero non-2xx answers.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startNodeOptions } from "./server";

const ROOT = path.join(__dirname, "..", "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 50;
const TIMEOUT_S = 30;
const PORT = 3900 + Math.floor(Math.random() * 90);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUTES: [string, string][] = [
  ["overview", "/"],
  ["explore, 3 filters", "/figures?region=130000&institution=court&kind=cases"],
  ["search", `/figures?q=${encodeURIComponent("受理")}`],
  ["CSV, every figure", "/api/figures.csv"],
];

async function main() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("no production build: run npm run build first");
  const db = path.join(mkdtempSync(path.join(tmpdir(), "zf-load-")), "figures.db");
  const ingest = spawnSync(process.execPath, ["--import", "tsx", "lib/ingest/cli.ts", "--db", db], { cwd: ROOT, encoding: "utf8" });
  if (ingest.status !== 0) throw new Error(ingest.stderr);
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, FIGURES_DB: db, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: startNodeOptions(ROOT) }, // as npm start runs it
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(BASE + "/")).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`| route | requests | req/s | p50 ms | p99 ms | errors | non-2xx |`);
    console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
    let bad = 0;
    for (const [name, route] of ROUTES) {
      // A request answered after 30 s counts as an error (autocannon's default is 10 s: with 50 clients
      // queued on one Node process, a 90 ms export waits longer than that without failing).
      const r = await autocannon({ url: BASE + route, connections: CONNECTIONS, duration: SECONDS, timeout: TIMEOUT_S });
      bad += r.errors + r.non2xx + r.timeouts;
      console.log(`| ${name} (\`${route}\`) | ${r.requests.total} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.timeouts} | ${r.non2xx} |`);
    }
    console.log(`\n${CONNECTIONS} connections × ${SECONDS} s per route, ${TIMEOUT_S} s timeout, one \`next start\` process on ${process.platform} ${process.arch} (${require("node:os").cpus().length} cores), Node ${process.version}; ${bad === 0 ? "no errors" : `${bad} errors`}`);
    process.exitCode = bad === 0 ? 0 : 1;
  } finally {
    server.kill();
  }
}

main();
