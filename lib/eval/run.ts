// Extract the corpus and score it against the gold: the one place the eval
// CLI and the accuracy test get their numbers from.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { decodeBytes } from "../extract/decode";
import { extractText } from "../extract";
import { readExcluded, readGold } from "../gold/read";
import { extractOptions, readSources, type SourceEntry } from "../ingest/sources";
import { namesOfDivision } from "../extract/gazetteer";
import { isTraditional, toSimplified } from "../extract/simplify";
import { scoreDocument, summarise, type Predicted, type Report } from "./compare";

export interface EvalPaths {
  corpusDir: string;
  goldDir: string;
  sourcesFile: string;
  /** only the documents of this part (sources.json `part`); all when absent */
  part?: SourceEntry["part"];
  /** extract as if data/sources.json had no entry for the files (who, where and when from the text alone) */
  withoutSources?: boolean;
  /** only these corpus files (by name) */
  files?: string[];
}

export function evaluateCorpus(paths: EvalPaths): Report {
  const gold = readGold(paths.goldDir);
  const excluded = readExcluded(paths.goldDir);
  const { sources } = readSources(paths.sourcesFile);
  const files = readdirSync(paths.corpusDir)
    .filter((f) => f.endsWith(".txt"))
    .filter((f) => !paths.part || (sources.get(f)?.part ?? "tuned") === paths.part)
    .filter((f) => !paths.files || paths.files.includes(f))
    .sort();
  const docs = files.map((file) => {
    const decoded = decodeBytes(readFileSync(path.join(paths.corpusDir, file)));
    if (!decoded.ok) throw new Error(`${file}: ${decoded.error}`);
    const source = paths.withoutSources ? undefined : sources.get(file);
    const ex = extractText(decoded.text, extractOptions(source));
    const cps = Array.from(ex.text);
    // A Figure carries every field the comparison reads; add where it stands.
    const predicted: Predicted[] = ex.figures.map((f) => ({ ...f, doc: file, sentence: cps.slice(f.sentenceStart, f.sentenceEnd).join("") }));
    const sentenceOf = (start: number, end: number) => {
      const s = ex.sentences.find((x) => x.start <= start && end <= x.end);
      return s ? cps.slice(s.start, s.end).join("") : cps.slice(start, end).join("");
    };
    return scoreDocument(file, gold.get(file) ?? [], predicted, excluded.filter((x) => x.doc === file), sentenceOf, (g) => regionNamedIn(ex.text, g));
  });
  return summarise(docs);
}

/**
 * Whether a text names the place of a figure's reporter (its deepest division,
 * by full or short name: 河东区 or 河东). A figure with no place (national, or
 * unknown) counts as named. Texts that never name their place (我院, 全省法院
 * and no 浙江 anywhere) cannot be placed from the text alone.
 */
export function regionNamedIn(text: string, g: { province: string | null; city: string | null; county: string | null }): boolean {
  const deepest = g.county ?? g.city ?? g.province;
  if (!deepest) return true;
  // (A text in traditional characters names its places in them: 劍河縣 is 剑河县.)
  const plain = isTraditional(text) ? toSimplified(text) : text;
  return namesOfDivision(deepest).some((n) => plain.includes(n));
}

