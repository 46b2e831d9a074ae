// npm run -s eval: print the accuracy report and write it to docs/accuracy.md.
// Two sets: the corpus (the rules were written while reading it) and the
// held-out texts of data/heldout (never read while writing rules), which
// says how the rules generalise.

import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { evaluateCorpus } from "./run";
import { reportToMarkdown, type Report } from "./compare";

const sets: { title: string; dir: string; sources: string; gold: string; corpus: string }[] = [
  { title: "Corpus (data/corpus)", dir: "data", corpus: "corpus", gold: "gold", sources: "sources.json" },
  { title: "Held-out texts (data/heldout)", dir: path.join("data", "heldout"), corpus: "corpus", gold: "gold", sources: "sources.json" },
];

const parts: string[] = [];
const summary: string[] = [];
for (const s of sets) {
  if (!existsSync(path.join(s.dir, s.corpus))) continue;
  const report: Report = evaluateCorpus({
    corpusDir: path.join(s.dir, s.corpus),
    goldDir: path.join(s.dir, s.gold),
    sourcesFile: path.join(s.dir, s.sources),
  });
  parts.push(reportToMarkdown(report, "npm run -s eval").replace(/^# Extraction accuracy/, `# Extraction accuracy: ${s.title}`));
  const o = report.overall;
  const f = (x: number) => (x * 100).toFixed(1) + "%";
  summary.push(`${s.title}: precision ${f(o.precision)}  recall ${f(o.recall)}  F1 ${f(o.f1)}  kind ${f(o.fields.kind.accuracy)}  metric ${f(o.fields.metric.accuracy)}  institution ${f(o.fields.institution.accuracy)}  region ${f(o.fields.region.accuracy)}  period ${f(o.fields.period.accuracy)}`);
}
const md = parts.join("\n\n");
writeFileSync(path.join("docs", "accuracy.md"), md);
process.stdout.write(md + "\n" + summary.map((l) => `overall ${l}`).join("\n") + "\n(written to docs/accuracy.md)\n");
