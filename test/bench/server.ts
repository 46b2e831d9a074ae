// What the benchmarks share: how `npm start` and `npm run ingest` start node, and timing the server's pages.

import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/** NODE_OPTIONS of the start script in package.json, so a benchmark measures the server as `npm start` runs it. */
export function startNodeOptions(root: string): string {
  const start: string = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.start;
  return /NODE_OPTIONS=(\S+)/.exec(start)?.[1] ?? "";
}

/** node's flags in the ingest script of package.json, so a benchmark runs the CLI as `npm run ingest` does. */
export function ingestNodeArgs(root: string): string[] {
  const ingest: string = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.ingest;
  return /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+--import\b/.exec(ingest)?.[1].trim().split(/\s+/) ?? [];
}

/** The pages the benchmarks time (npm run bench, npm run bench:pages), chosen from the database the same way. */
export function benchPages(region: string, indicator: string, figureId: string): [string, string | string[], string[]?][] {
  return [
    ["/ (overview)", "/"],
    ["explore, 3 filters", `/figures?region=${region}&institution=court&kind=cases`],
    // The same filters again reuse their facet counts (kept per database); new filters each time count them anew
    // (warmed up with other filters, which leave the timed ones uncounted).
    [
      "explore, 3 filters, new ones each time (a province and a kind)",
      PROVINCES.flatMap((p) => ["cases", "persons"].map((k) => `/figures?region=${p}&institution=court&kind=${k}`)),
      PROVINCES.slice(0, WARM).map((p) => `/figures?region=${p}&institution=police&kind=cases`),
    ],
    ["search (审结案件)", `/figures?q=${encodeURIComponent("审结案件")}`],
    ["search, 2 characters (法院)", `/figures?q=${encodeURIComponent("法院")}`],
    ["region page", `/regions/${region}`],
    ["indicator page", `/metrics/${encodeURIComponent(indicator)}`],
    ["figure page", `/figures/${encodeURIComponent(figureId)}`],
    ["documents index", "/documents"],
  ];
}

// Every province's code (GB/T 2260), 31 of them: more than a run's requests, so none repeats.
const PROVINCES = ["110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000", "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000"];

/** Requests that warm a page up, untimed, after its first. */
export const WARM = 5;

/** Requests timed per page: a p95 of 20 is the second-worst request, which this 2-core machine's noise alone moves by 20 ms from run to run. */
export const REQUESTS = 60;

/**
 * One page requested once (the first request fills the answers kept per
 * database), then WARM times untimed (V8 compiles the code a page runs over
 * its first few requests: without these, a p95 of the steady state also
 * measures that), then `requests` times in a row: the times of those, the
 * first's, the last body's size and status. Given a list of pages, each
 * request asks for the next of them, each once (at most as many requests as
 * the list holds), and `warm` are the pages that warm it up.
 */
export async function timePage(urls: string | string[], requests: number, warm?: string[]): Promise<{ first: number; times: number[]; size: number; status: number }> {
  const list = typeof urls === "string" ? [urls] : urls;
  if (typeof urls !== "string") requests = Math.min(requests, list.length - 1);
  const warmUps = warm ?? Array.from({ length: WARM }, () => list[0]);
  const times: number[] = [];
  let first = 0;
  let size = 0;
  let status = 0;
  for (let i = 0; i <= requests; i++) {
    const t0 = process.hrtime.bigint();
    const res = await fetch(list[i % list.length]);
    const body = await res.text();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    status = res.status;
    size = Buffer.byteLength(body);
    if (i > 0) times.push(ms);
    else {
      first = ms;
      for (const u of warmUps) await (await fetch(u)).text();
    }
  }
  return { first, times, size, status };
}

/** The production server (npm run build first) as `npm start` runs it, with `env` added; resolves once it answers. */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    // As `npm start` runs it (package.json): V8 otherwise lets the heap grow past 300 MB before collecting.
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: startNodeOptions(ROOT) },
    stdio: "ignore",
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/figures.json?pageSize=1`)).ok) return server;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("the server did not start");
}

/** Resident memory of a process and its children (next start runs the server in a child). */
export function rssMb(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      for (const c of readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(Number(c));
    } catch {
      /* gone */
    }
  };
  visit(pid);
  return kb / 1024;
}

/** The p-th percentile of `xs`, the nearest rank. */
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/**
 * The full CSV download, with the server's memory sampled while it streams:
 * its lines (not rows: a field may hold a line break; the header left out),
 * seconds, and the server's memory before and at its peak.
 */
export async function timeCsvExport(base: string, serverPid: number): Promise<{ lines: number; seconds: number; beforeMb: number; peakMb: number }> {
  const beforeMb = rssMb(serverPid);
  let peakMb = beforeMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rssMb(serverPid))), 100);
  const t0 = process.hrtime.bigint();
  const res = await fetch(`${base}/api/figures.csv`);
  let lines = -1; // the header
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const b of value) if (b === 10) lines++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  clearInterval(timer);
  return { lines, seconds, beforeMb, peakMb };
}
