// What the benchmarks share about starting the production server and timing its pages.

import { readFileSync } from "node:fs";
import path from "node:path";

/** NODE_OPTIONS of the start script in package.json, so a benchmark measures the server as `npm start` runs it. */
export function startNodeOptions(root: string): string {
  const start: string = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.start;
  return /NODE_OPTIONS=(\S+)/.exec(start)?.[1] ?? "";
}

/** The pages the benchmarks time (npm run bench, npm run bench:pages), chosen from the database the same way. */
export function benchPages(region: string, indicator: string, figureId: string): [string, string][] {
  return [
    ["/ (overview)", "/"],
    ["explore, 3 filters", `/figures?region=${region}&institution=court&kind=cases`],
    ["search (审结案件)", `/figures?q=${encodeURIComponent("审结案件")}`],
    ["search, 2 characters (法院)", `/figures?q=${encodeURIComponent("法院")}`],
    ["region page", `/regions/${region}`],
    ["indicator page", `/metrics/${encodeURIComponent(indicator)}`],
    ["figure page", `/figures/${encodeURIComponent(figureId)}`],
    ["documents index", "/documents"],
  ];
}

/**
 * One page requested once (the first request fills the answers kept per
 * database and warms the JIT), then `requests` times in a row: the times of
 * those, the first's, the last body's size and status.
 */
export async function timePage(url: string, requests: number): Promise<{ first: number; times: number[]; size: number; status: number }> {
  const times: number[] = [];
  let first = 0;
  let size = 0;
  let status = 0;
  for (let i = 0; i <= requests; i++) {
    const t0 = process.hrtime.bigint();
    const res = await fetch(url);
    const body = await res.text();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    status = res.status;
    size = Buffer.byteLength(body);
    if (i > 0) times.push(ms);
    else first = ms;
  }
  return { first, times, size, status };
}
