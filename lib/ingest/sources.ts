// data/sources.json: metadata written by hand for each corpus file, checked
// against a schema so that a typo is reported by entry instead of becoming
// an empty title or a broken link on the site.

import { readFileSync, existsSync } from "node:fs";
import { z } from "zod";
import type { ExtractOptions } from "../extract";

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
  .refine((d) => {
    const [y, m, day] = d.split("-").map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (day !== undefined && (day < 1 || day > new Date(Date.UTC(y, m, 0)).getUTCDate())) return false;
    return true;
  }, "not a real date");

const httpUrl = z.string().refine((u) => {
  try {
    return ["http:", "https:"].includes(new URL(u).protocol);
  } catch {
    return false;
  }
}, "not an http(s) URL");

export const INSTITUTIONS = ["court", "procuratorate", "police", "justice", "plac", "government"] as const;
export const LEVELS = ["national", "provincial", "prefecture", "county"] as const;
/** tuned: rules may be written while reading it; heldout: never read while writing rules. */
export const PARTS = ["tuned", "heldout"] as const;

const nullableString = z.string().nullable();

export const sourceEntrySchema = z
  .object({
    title: nullableString,
    outlet: nullableString,
    date: isoDate.nullable(),
    dateBasis: nullableString,
    url: httpUrl.nullable(),
    /** the body whose work the page reports, where the text has no byline */
    publisher: nullableString.default(null),
    institution: z.enum(INSTITUTIONS).nullable().default(null),
    level: z.enum(LEVELS).nullable().default(null),
    province: nullableString.default(null),
    city: nullableString.default(null),
    county: nullableString.default(null),
    /** the time the main figures cover, as written */
    periodCovered: nullableString.default(null),
    /** shared by texts of one body reporting the same figures in different periods */
    series: nullableString.default(null),
    part: z.enum(PARTS).default("tuned"),
    // Free text kept for people: articles on a multi-article page, what the
    // excerpt kept or dropped, why a text is in its part.
    headlines: z
      .array(z.object({ headline: nullableString, author: nullableString, authorTitle: nullableString, note: z.string().optional() }))
      .optional(),
    excerpt: z.string().optional(),
    partNote: z.string().optional(),
  })
  .strict();

export type SourceEntry = z.output<typeof sourceEntrySchema>;

const fileSchema = z.object({ about: z.string().optional(), documents: z.record(z.string(), z.unknown()) }).strict();

/**
 * Read and validate sources.json. An entry that fails the schema is reported
 * with its file name and path and left out (its document gets empty
 * metadata); a file that is not JSON or not of the right shape gives no
 * entries and one error.
 */
export function readSources(file: string): { sources: Map<string, SourceEntry>; errors: string[] } {
  const sources = new Map<string, SourceEntry>();
  if (!existsSync(file)) return { sources, errors: [`${file}: not found; documents get empty metadata`] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    return { sources, errors: [`${file}: not valid JSON (${(e as Error).message}); documents get empty metadata`] };
  }
  const top = fileSchema.safeParse(parsed);
  if (!top.success) return { sources, errors: [`${file}: expected {"documents": {file: entry}}: ${top.error.issues.map((i) => i.message).join("; ")}`] };
  const errors: string[] = [];
  for (const [name, raw] of Object.entries(top.data.documents)) {
    const entry = sourceEntrySchema.safeParse(raw);
    if (!entry.success) {
      const why = entry.error.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`).join("; ");
      errors.push(`${file}: ${name}: ${why}`);
      continue;
    }
    sources.set(name, entry.data);
  }
  return { sources, errors };
}

/**
 * What extraction takes from an entry: the date for relative periods, and
 * who reports and where, which win over what the text says (a conflict is
 * reported by the extraction). No entry: all of it is read from the text.
 */
export function extractOptions(s: SourceEntry | undefined): ExtractOptions {
  if (!s) return {};
  const declared = s.institution || s.province ? { institution: s.institution, level: s.level, province: s.province, city: s.city, county: s.county } : null;
  return { docDate: s.date, publisher: s.publisher, declared };
}
