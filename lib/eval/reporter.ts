// Who reports, where and when, read from a text alone, scored document by
// document against what a person read in it (test/fixtures/reporter/). The
// corpus's figure gold measures this too, but on few documents; this set has
// many short real texts of every body and level, so the reporter is tried on
// openings no figure rule was written for. `expected.jsonl` is the part rules
// may be written while reading; `expected-heldout.jsonl` is only measured.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeBytes } from "../extract/decode";
import { readText } from "../extract";
import { resolveRegion, NO_REGION } from "../extract/gazetteer";

const expectedSchema = z.object({
  file: z.string(),
  url: z.string().url(),
  title: z.string().nullable(),
  institution: z.enum(["court", "procuratorate", "police", "justice", "plac"]),
  level: z.enum(["national", "provincial", "prefecture", "county"]),
  province: z.string().nullable(),
  city: z.string().nullable(),
  county: z.string().nullable(),
  date: z.string().nullable(),
  dateBasis: z.string().nullable().optional(),
  evidence: z.string(),
  named: z.boolean(),
});
export type ExpectedReporter = z.infer<typeof expectedSchema>;

export interface ReporterResult {
  file: string;
  expected: ExpectedReporter;
  got: { institution: string; province: string | null; city: string | null; county: string | null; national: boolean; date: string | null; evidence: string };
  institution: boolean;
  region: boolean;
  /** the year read is the year a person reads */
  date: boolean;
  exactDate: boolean;
}

export interface ReporterReport {
  part: "tuned" | "heldout";
  documents: number;
  institution: number;
  region: number;
  /** institution and region both right */
  both: number;
  /** among the documents whose place the text itself names */
  regionNamed: number;
  named: number;
  date: number;
  exactDate: number;
  dated: number;
  results: ReporterResult[];
}

/** Read one part of the set; a line that fails the schema is an error naming its file. */
export function readExpected(file: string): ExpectedReporter[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = expectedSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return parsed.data;
    });
}

// The expected place, as the gazetteer writes it (so 凉山州 and 凉山彝族自治州 compare equal).
function expectedRegion(e: ExpectedReporter) {
  if (e.level === "national") return NO_REGION;
  const named = [e.province, e.city, e.county].filter(Boolean).join("");
  return (named && resolveRegion(named, e.province ? (resolveRegion(e.province) ?? NO_REGION) : NO_REGION, true)) || { province: e.province, city: e.city, county: e.county, code: null };
}

export function scoreReporter(dir: string, part: "tuned" | "heldout"): ReporterReport {
  const expected = readExpected(path.join(dir, part === "tuned" ? "expected.jsonl" : "expected-heldout.jsonl"));
  const results = expected.map((e): ReporterResult => {
    const decoded = decodeBytes(readFileSync(path.join(dir, "texts", e.file)));
    if (!decoded.ok) throw new Error(`${e.file}: ${decoded.error}`);
    // Read as the extraction reads a file with no sources.json entry.
    const reading = readText(decoded.text);
    const r = reading.reporter;
    const date = reading.docDate;
    const want = expectedRegion(e);
    const got = { institution: r?.institution ?? "unknown", province: r?.region.province ?? null, city: r?.region.city ?? null, county: r?.region.county ?? null, national: !!r?.national, date, evidence: r?.evidence ?? "" };
    const region = e.level === "national" ? got.national : !got.national && got.province === want.province && got.city === want.city && got.county === want.county;
    // The year is what a text can give (its page's day is often only in the address); the day is counted apart.
    return { file: e.file, expected: e, got, institution: got.institution === e.institution, region, date: e.date !== null && !!date && date.slice(0, 4) === e.date.slice(0, 4), exactDate: e.date !== null && date === e.date };
  });
  const count = (f: (r: ReporterResult) => boolean) => results.filter(f).length;
  return {
    part,
    documents: results.length,
    institution: count((r) => r.institution),
    region: count((r) => r.region),
    both: count((r) => r.institution && r.region),
    named: count((r) => r.expected.named),
    regionNamed: count((r) => r.expected.named && r.region),
    dated: count((r) => r.expected.date !== null),
    date: count((r) => r.date),
    exactDate: count((r) => r.exactDate),
    results,
  };
}

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : "–");

/** The report as markdown: a summary row per part, and the tuned part's misses (the held-out part's are not listed). */
export function reporterToMarkdown(reports: ReporterReport[]): string {
  let md =
    "| part | documents | institution | region | both | region, where the text names it | year of the date (where a reader knows it) | exact date |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n" +
    reports.map((r) => `| ${r.part} | ${r.documents} | ${pct(r.institution, r.documents)} | ${pct(r.region, r.documents)} | ${pct(r.both, r.documents)} | ${pct(r.regionNamed, r.named)} (${r.named}) | ${pct(r.date, r.dated)} (${r.dated}) | ${pct(r.exactDate, r.dated)} |`).join("\n") +
    "\n";
  const tuned = reports.find((r) => r.part === "tuned");
  const misses = tuned?.results.filter((r) => !r.institution || !r.region || (r.expected.date !== null && !r.date)) ?? [];
  if (misses.length) {
    md += "\nTuned part, documents with a field wrong (expected → read):\n\n";
    for (const m of misses) {
      const place = (x: { province: string | null; city: string | null; county: string | null }) => [x.province, x.city, x.county].filter(Boolean).join("") || "–";
      md += `- ${m.file}: ${m.expected.institution} ${m.expected.level === "national" ? "national" : place(m.expected)} ${m.expected.date ?? ""} → ${m.got.institution} ${m.got.national ? "national" : place(m.got)} ${m.got.date ?? ""} (${m.got.evidence || "nothing found"})\n`;
    }
  }
  return md;
}
