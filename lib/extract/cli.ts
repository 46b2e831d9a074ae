// npm run -s extract -- FILE...
// One JSON object per figure per line on stdout, and nothing else there.
// Unreadable files: a message on stderr naming the file, exit 1, the other
// files still processed.

import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeBytes } from "./decode";
import { extractText } from "./index";
import { extractOptions, readSources } from "../ingest/sources";

const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write("usage: npm run -s extract -- FILE...\n");
  process.exit(2);
}
const { sources } = readSources(path.join("data", "sources.json"));
let failed = 0;
for (const file of files) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    failed++;
    continue;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    process.stderr.write(`${file}: ${decoded.error}\n`);
    failed++;
    continue;
  }
  const doc = path.basename(file);
  const result = extractText(decoded.text, extractOptions(sources.get(doc)));
  for (const e of result.errors) process.stderr.write(`${file}: ${e}\n`);
  const out = result.figures.map((f) =>
    JSON.stringify({
      doc,
      start: f.start,
      end: f.end,
      text: f.text,
      value: f.value,
      value_max: f.valueMax,
      unit: f.unit,
      qualifier: f.qualifier,
      kind: f.kind,
      label: f.label,
      metric: f.metric,
      indicator: f.indicator,
      case_type: f.caseType,
      statistic: f.statistic,
      institution: f.institution,
      province: f.province,
      city: f.city,
      county: f.county,
      region_code: f.regionCode,
      period: f.period,
      period_start: f.periodStart,
      period_end: f.periodEnd,
      sentence_start: f.sentenceStart,
      sentence_end: f.sentenceEnd,
      prefix: f.prefix,
      suffix: f.suffix,
    }),
  );
  if (out.length) process.stdout.write(out.join("\n") + "\n");
}
process.exitCode = failed ? 1 : 0;
