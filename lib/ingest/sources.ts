// data/sources.json: metadata written by hand for each corpus file.

import { readFileSync, existsSync } from "node:fs";

export interface SourceEntry {
  title: string | null;
  outlet: string | null;
  date: string | null;
  dateBasis: string | null;
  url: string | null;
  publisher: string | null; // the body that published the page, where the text has no byline
}

export function readSources(file: string): { sources: Map<string, SourceEntry>; errors: string[] } {
  const sources = new Map<string, SourceEntry>();
  if (!existsSync(file)) return { sources, errors: [`${file}: not found; documents get empty metadata`] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return { sources, errors: [`${file}: not valid JSON (${(e as Error).message}); documents get empty metadata`] };
  }
  const docs = (parsed as { documents?: Record<string, Partial<SourceEntry>> }).documents ?? {};
  const errors: string[] = [];
  for (const [name, d] of Object.entries(docs)) {
    if (d.date != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.date)) {
      errors.push(`${file}: ${name}: date "${d.date}" is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); ignored`);
      d.date = null;
    }
    sources.set(name, {
      title: d.title ?? null,
      outlet: d.outlet ?? null,
      date: d.date ?? null,
      dateBasis: d.dateBasis ?? null,
      url: d.url ?? null,
      publisher: d.publisher ?? null,
    });
  }
  return { sources, errors };
}
