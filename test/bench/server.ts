// What the benchmarks share about starting the production server.

import { readFileSync } from "node:fs";
import path from "node:path";

/** NODE_OPTIONS of the start script in package.json, so a benchmark measures the server as `npm start` runs it. */
export function startNodeOptions(root: string): string {
  const start: string = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.start;
  return /NODE_OPTIONS=(\S+)/.exec(start)?.[1] ?? "";
}
