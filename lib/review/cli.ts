// npm run review -- FILE [--gold DIR]
// A terminal walk through the unverified figures of one document: accept a
// figure into the gold, correct its fields first, or reject it as not a
// figure (it then goes to excluded.jsonl). Every decision is written at
// once, so quitting loses nothing.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { decodeBytes } from "../extract/decode";
import { extractText, type Figure } from "../extract";
import { readExcluded, readGold, isVerified, type Excluded, type GoldFigure } from "../gold/read";
import { extractOptions, readSources } from "../ingest/sources";
import { isMetricKey, parseMetric } from "../indicators";

const KINDS = ["cases", "persons", "person_times", "money", "percent", "duration", "rank", "ratio", "count"];
const QUALIFIERS = ["exact", "approx", "more_than", "less_than", "range"];
const INSTITUTIONS = ["court", "procuratorate", "police", "justice", "plac", "government", "unknown"];
const REASONS = ["date", "ordinal", "slogan", "title", "hotline", "case_name", "anniversary", "participants", "prescription", "threshold", "idiom", "period", "structure"];

function usage(msg?: string): never {
  process.stderr.write(`${msg ? msg + "\n" : ""}usage: npm run review -- FILE [--gold DIR] [--sources FILE]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let goldDir = path.join("data", "gold");
let sourcesFile = path.join("data", "sources.json");
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--gold") goldDir = args[++i] ?? usage("--gold needs a directory");
  else if (args[i] === "--sources") sourcesFile = args[++i] ?? usage("--sources needs a file");
  else if (!file) file = args[i];
  else usage(`unexpected argument ${args[i]}`);
}
if (!file) usage();
if (!existsSync(file) && existsSync(path.join("data", "corpus", file))) file = path.join("data", "corpus", file);
if (!existsSync(file)) usage(`no such file: ${file}`);

const doc = path.basename(file);
const decoded = decodeBytes(readFileSync(file));
if (!decoded.ok) {
  process.stderr.write(`${doc}: ${decoded.error}\n`);
  process.exit(1);
}
const source = readSources(sourcesFile).sources.get(doc);
const extracted = extractText(decoded.text, extractOptions(source));
const chars = Array.from(extracted.text);
const goldFile = path.join(goldDir, doc.replace(/\.[^.]+$/, "") + ".jsonl");
const excludedFile = path.join(goldDir, "excluded.jsonl");
let gold: GoldFigure[] = readGold(goldDir).get(doc) ?? [];
let excluded: Excluded[] = readExcluded(goldDir);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const todo = extracted.figures.filter((f) => !isVerified(f, gold) && !excluded.some((x) => x.doc === doc && x.start === f.start && x.end === f.end));

function save() {
  gold.sort((a, b) => a.start - b.start);
  writeFileSync(goldFile, gold.map((g) => JSON.stringify(g)).join("\n") + (gold.length ? "\n" : ""));
  excluded.sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
  writeFileSync(excludedFile, excluded.map((x) => JSON.stringify(x)).join("\n") + (excluded.length ? "\n" : ""));
}

function toGold(f: Figure): GoldFigure {
  return {
    doc, start: f.start, end: f.end, text: f.text, value: f.value, value_max: f.valueMax, unit: f.unit, qualifier: f.qualifier,
    kind: f.kind, label: f.label, metric: f.metric, indicator: f.indicator, caseType: f.caseType, statistic: f.statistic, institution: f.institution,
    province: f.province, city: f.city, county: f.county, period: f.period, periodStart: f.periodStart, periodEnd: f.periodEnd, note: "reviewed with npm run review",
  };
}

function show(f: Figure, i: number) {
  const sentence = chars.slice(f.sentenceStart, f.start).join("") + `【${f.text}】` + chars.slice(f.end, f.sentenceEnd).join("");
  const out = [
    ``,
    `[${i + 1}/${todo.length}] ${doc} @${f.start}–${f.end}  rule ${f.ruleId}`,
    `  ${sentence}`,
    `  value ${f.value}${f.valueMax !== null ? `–${f.valueMax}` : ""}  unit ${f.unit ?? "—"}  qualifier ${f.qualifier}  kind ${f.kind}`,
    `  label ${f.label}  metric ${f.metric}  institution ${f.institution}`,
    `  region ${[f.province, f.city, f.county].filter(Boolean).join(" ") || "—"}  period ${f.period ?? "—"}`,
  ];
  for (const g of gold.filter((g) => overlaps(g, f))) out.push(`  gold has: ${g.text} = ${g.value} ${g.unit ?? ""} ${g.metric} (accepting replaces it)`);
  process.stdout.write(out.join("\n") + "\n");
}

const rl = readline.createInterface({ input: process.stdin, terminal: false });
const lines = rl[Symbol.asyncIterator]();
async function ask(prompt: string): Promise<string | null> {
  process.stdout.write(prompt);
  const next = await lines.next();
  return next.done ? null : next.value.trim();
}

type Editable = keyof Pick<GoldFigure, "value" | "value_max" | "unit" | "qualifier" | "kind" | "label" | "metric" | "institution" | "province" | "city" | "county" | "period" | "periodStart" | "periodEnd">;
const EDITABLE: Editable[] = ["value", "value_max", "unit", "qualifier", "kind", "label", "metric", "institution", "province", "city", "county", "period", "periodStart", "periodEnd"];

function parseField(field: Editable, raw: string): { ok: true; value: unknown } | { ok: false; error: string } {
  if (raw === "-") return field === "value" || field === "qualifier" || field === "kind" || field === "metric" || field === "institution" ? { ok: false, error: `${field} cannot be empty` } : { ok: true, value: null };
  if (field === "value" || field === "value_max") {
    const n = Number(raw);
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: `${field} must be a number` };
  }
  const allowed = field === "qualifier" ? QUALIFIERS : field === "kind" ? KINDS : field === "institution" ? INSTITUTIONS : null;
  if (allowed && !allowed.includes(raw)) return { ok: false, error: `${field} must be one of ${allowed.join(", ")}` };
  if (field === "metric" && !isMetricKey(raw)) return { ok: false, error: `metric must be a key of data/metrics.json, indicator[.caseType][@statistic] (add the indicator there first)` };
  if ((field === "periodStart" || field === "periodEnd") && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { ok: false, error: `${field} must be a date YYYY-MM-DD` };
  return { ok: true, value: raw };
}

async function main() {
  if (!todo.length) {
    process.stdout.write(`${doc}: every figure is verified or excluded; nothing to review.\n`);
    return;
  }
  process.stdout.write(`${doc}: ${todo.length} unverified figure(s). Answer a (accept), c (correct), r (reject: not a figure), s (skip), q (quit).\n`);
  const tally = { accepted: 0, corrected: 0, rejected: 0, skipped: 0 };
  for (const [i, f] of todo.entries()) {
    show(f, i);
    let answer: string | null;
    do answer = await ask("  a/c/r/s/q > ");
    while (answer !== null && !["a", "c", "r", "s", "q"].includes(answer));
    if (answer === null || answer === "q") break;
    if (answer === "s") {
      tally.skipped++;
      continue;
    }
    if (answer === "r") {
      let reason: string | null;
      do reason = await ask(`  reason (${REASONS.join(", ")}) > `);
      while (reason !== null && !REASONS.includes(reason));
      if (reason === null) break;
      const note = (await ask("  note (optional) > ")) || null;
      gold = gold.filter((g) => !overlaps(g, f));
      excluded.push({ doc, start: f.start, end: f.end, text: f.text, reason, note });
      save();
      tally.rejected++;
      continue;
    }
    const entry = toGold(f);
    if (answer === "c") {
      for (const field of EDITABLE) {
        for (;;) {
          const raw = await ask(`  ${field} [${entry[field] ?? "—"}] (enter keeps, - empties) > `);
          if (raw === null) return finish(tally);
          if (raw === "") break;
          const parsed = parseField(field, raw);
          if (parsed.ok) {
            (entry as unknown as Record<string, unknown>)[field] = parsed.value;
            // The dimensions follow the full key.
            if (field === "metric") Object.assign(entry, parseMetric(String(parsed.value)));
            break;
          }
          process.stdout.write(`  ${parsed.error}\n`);
        }
      }
      tally.corrected++;
    } else tally.accepted++;
    gold = gold.filter((g) => !overlaps(g, f));
    excluded = excluded.filter((x) => !(x.doc === doc && overlaps(x, f)));
    gold.push(entry);
    save();
  }
  finish(tally);
}

function finish(t: Record<string, number>) {
  process.stdout.write(`\n${Object.entries(t).map(([k, v]) => `${v} ${k}`).join(", ")}. Gold: ${goldFile}; excluded: ${excludedFile}.\n`);
  rl.close();
}

main().then(() => rl.close());
