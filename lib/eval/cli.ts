// npm run -s eval: print the accuracy report and write it to docs/accuracy.md.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { evaluateCorpus } from "./run";
import { reportToMarkdown } from "./compare";

const report = evaluateCorpus({
  corpusDir: path.join("data", "corpus"),
  goldDir: path.join("data", "gold"),
  sourcesFile: path.join("data", "sources.json"),
});
const md = reportToMarkdown(report, "npm run -s eval");
writeFileSync(path.join("docs", "accuracy.md"), md);
process.stdout.write(md);
const o = report.overall;
process.stdout.write(
  `\noverall: precision ${(o.precision * 100).toFixed(1)}%  recall ${(o.recall * 100).toFixed(1)}%  F1 ${(o.f1 * 100).toFixed(1)}%  (written to docs/accuracy.md)\n`,
);
