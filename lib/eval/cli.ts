// npm run -s eval [-- --part tuned|heldout] [--no-sources]: score the rules
// against the gold, part by part, print the report and (for a full run)
// write it to docs/accuracy.md. While rules are being written, run
// `--part tuned`: the held-out part is looked at only to measure, never to
// fix a rule. --no-sources extracts as if data/sources.json had no entry for
// any file: who reports, where and when then come from the text alone.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { evaluateCorpus } from "./run";
import { FIELDS, indicatorTable, reportToMarkdown, summaryLine, type PartReport } from "./compare";
import { PARTS } from "../ingest/sources";

const TITLES: Record<(typeof PARTS)[number], string> = { tuned: "Tuned part", heldout: "Held-out part" };

const args = process.argv.slice(2);
const at = args.indexOf("--part");
const only = at >= 0 ? args[at + 1] : null;
const noSources = args.includes("--no-sources");
if (only !== null && !(PARTS as readonly string[]).includes(only)) {
  process.stderr.write(`--part must be one of ${PARTS.join(", ")}\n`);
  process.exit(2);
}
const paths = { corpusDir: path.join("data", "corpus"), goldDir: path.join("data", "gold"), sourcesFile: path.join("data", "sources.json") };
const run = (withoutSources: boolean): PartReport[] =>
  PARTS.filter((p) => !only || p === only).map((part) => ({ part, title: TITLES[part], report: evaluateCorpus({ ...paths, part, withoutSources }) }));
const parts = run(noSources);
const command = `npm run -s eval${only || noSources ? " --" : ""}${only ? ` --part ${only}` : ""}${noSources ? " --no-sources" : ""}`;
let md = reportToMarkdown(parts, command);
const full = !only && !noSources;
if (full) {
  // Who, where and when from the text alone: the same figures without sources.json.
  const bare = run(true);
  const pct = (x: number) => (x * 100).toFixed(1) + "%";
  md +=
    "\n## Without sources.json\n\nThe same run with every file's sources.json entry removed (`npm run -s eval -- --no-sources`): who reports, where and when are read from the text alone.\n\n" +
    "| part | matched | " + FIELDS.join(" | ") + " | region named in the text |\n| --- | --- | " + FIELDS.map(() => "---").join(" | ") + " | --- |\n" +
    bare.map((p) => `| ${p.title} | ${p.report.overall.matched} | ` + FIELDS.map((f) => pct(p.report.overall.fields[f].accuracy)).join(" | ") + ` | ${pct(p.report.regionNamed)} |`).join("\n") + "\n\n" +
    "*region named in the text* is the share of matched figures whose reporter's place (its deepest division, by full or short name) the text names anywhere: no reading of the text alone can place the others (a report that says only 我院 or 全省法院).\n\n" +
    indicatorTable(parts);
  writeFileSync(path.join("docs", "accuracy.md"), md);
}
process.stdout.write(md + "\n" + parts.map((p) => `overall ${summaryLine(p)}${noSources ? `, region named in the text ${(p.report.regionNamed * 100).toFixed(1)}%` : ""}`).join("\n") + "\n" + (full ? "(written to docs/accuracy.md)\n" : "(a partial run: docs/accuracy.md not written)\n"));
