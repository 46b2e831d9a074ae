// Shared by the tests: paths of the real data and a database built from it.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestCorpus, type IngestReport } from "@/lib/ingest/ingest";

export const ROOT = path.resolve(__dirname, "..");
export const CORPUS = path.join(ROOT, "data", "corpus");
export const SOURCES = path.join(ROOT, "data", "sources.json");
export const GOLD = path.join(ROOT, "data", "gold");

export function tempDir(prefix = "zf-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Ingest the real corpus into a fresh temporary database. */
export async function buildTestDatabase(corpusDir = CORPUS): Promise<{ dbFile: string; report: IngestReport; logs: string[] }> {
  const dbFile = path.join(tempDir(), "figures.db");
  const logs: string[] = [];
  const report = await ingestCorpus({ corpusDir, dbFile, sourcesFile: SOURCES, goldDir: GOLD, log: (l) => logs.push(l) });
  return { dbFile, report, logs };
}

const codePoints = new Map<string, string[]>();

/** Code points [start, end) of a corpus file as the ingest reads it (BOM removed): an oracle for any span the database stores. */
export function sourceSlice(fileName: string, start: number, end: number, corpusDir = CORPUS): string {
  const key = path.join(corpusDir, fileName);
  if (!codePoints.has(key)) codePoints.set(key, Array.from(readFileSync(key, "utf8").replace(/^\uFEFF/, "")));
  return codePoints.get(key)!.slice(start, end).join("");
}
