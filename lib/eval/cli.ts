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
import { reporterToMarkdown, scoreReporter } from "./reporter";
import { agreementToMarkdown, readersAgreement } from "./agreement";

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
  // Texts read twice: how far two readers agree, the rules beside them.
  const agreement = PARTS.map((part) => readersAgreement({ ...paths, part, secondDir: path.join("data", "gold-second"), firstDir: path.join("data", "gold-first") })).filter((a) => a.documents.length);
  if (agreement.length) md += agreementToMarkdown(agreement);
}
// The reporter test set: who, where and when, document by document, from short real texts.
const reporterDir = path.join("test", "fixtures", "reporter");
const reporterParts = (only ? [only as "tuned" | "heldout"] : (["tuned", "heldout"] as const)).map((p) => scoreReporter(reporterDir, p)).filter((r) => r.documents);
if (reporterParts.length) {
  md +=
    "\n## Who, where and when: the reporter test set\n\nShort real texts of every body and level (`test/fixtures/reporter/`), each read by a person for the body that reports, its place and the text's date; the rules read them with no sources.json entry. The held-out part is measured, never read while writing rules.\n\n" +
    reporterToMarkdown(reporterParts);
}
if (full) {
  writeFileSync(path.join("docs", "accuracy.md"), md);
}
const reporterLines = reporterParts.map((r) => `reporter set ${r.part}: ${r.documents} texts, institution ${r.institution}/${r.documents}, region ${r.region}/${r.documents} (${r.regionNamed}/${r.named} where the text names it), year of the date ${r.date}/${r.dated}`);
process.stdout.write(md + "\n" + parts.map((p) => `overall ${summaryLine(p)}${noSources ? `, region named in the text ${(p.report.regionNamed * 100).toFixed(1)}%` : ""}`).concat(reporterLines).join("\n") + "\n" + (full ? "(written to docs/accuracy.md)\n" : "(a partial run: docs/accuracy.md not written)\n"));
