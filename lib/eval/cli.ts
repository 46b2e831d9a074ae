// npm run -s eval [-- --part tuned|heldout]: score the rules against the
// gold, part by part, print the report and (for a full run) write it to
// docs/accuracy.md. While rules are being written, run `--part tuned`: the
// held-out part is looked at only to measure, never to fix a rule.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { evaluateCorpus } from "./run";
import { reportToMarkdown, summaryLine, type PartReport } from "./compare";
import { PARTS } from "../ingest/sources";

const TITLES: Record<(typeof PARTS)[number], string> = { tuned: "Tuned part", heldout: "Held-out part" };

const args = process.argv.slice(2);
const at = args.indexOf("--part");
const only = at >= 0 ? args[at + 1] : null;
if (only !== null && !(PARTS as readonly string[]).includes(only)) {
  process.stderr.write(`--part must be one of ${PARTS.join(", ")}\n`);
  process.exit(2);
}
const parts: PartReport[] = PARTS.filter((p) => !only || p === only).map((part) => ({
  part,
  title: TITLES[part],
  report: evaluateCorpus({ corpusDir: path.join("data", "corpus"), goldDir: path.join("data", "gold"), sourcesFile: path.join("data", "sources.json"), part }),
}));
const command = only ? `npm run -s eval -- --part ${only}` : "npm run -s eval";
const md = reportToMarkdown(parts, command);
if (!only) writeFileSync(path.join("docs", "accuracy.md"), md);
process.stdout.write(md + "\n" + parts.map((p) => `overall ${summaryLine(p)}`).join("\n") + "\n" + (only ? "(one part only: docs/accuracy.md not written)\n" : "(written to docs/accuracy.md)\n"));
