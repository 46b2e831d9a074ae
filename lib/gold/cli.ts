// npm run -s gold:check -- [--corpus DIR] [--gold DIR] [FILE...]: check the
// gold of every corpus document (or of the named ones) against its text.
// Exit 1 when anything is wrong.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { decodeBytes } from "../extract/decode";
import { checkDocumentGold, type GoldProblem } from "./check";
import { readExcluded, readGold } from "./read";


export function checkCorpusGold(
  docs?: string[],
  corpusDir = path.join("data", "corpus"),
  goldDir = path.join("data", "gold"),
): { problems: GoldProblem[]; checked: number; figures: number; excluded: number } {
  const gold = readGold(goldDir);
  const excluded = readExcluded(goldDir);
  const files = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
  const wanted = docs?.length ? docs.map((d) => path.basename(d)) : files;
  const problems: GoldProblem[] = [];
  for (const doc of gold.keys()) if (!files.includes(doc)) problems.push({ doc, at: null, message: "gold for a file that is not in data/corpus" });
  let figures = 0;
  let excl = 0;
  for (const doc of wanted) {
    if (!files.includes(doc)) {
      problems.push({ doc, at: null, message: "not in data/corpus" });
      continue;
    }
    const decoded = decodeBytes(readFileSync(path.join(corpusDir, doc)));
    if (!decoded.ok) {
      problems.push({ doc, at: null, message: decoded.error });
      continue;
    }
    const g = gold.get(doc) ?? [];
    const x = excluded.filter((e) => e.doc === doc);
    if (!g.length) problems.push({ doc, at: null, message: `no gold figures (data/gold/${doc.replace(/\.txt$/, ".jsonl")})` });
    figures += g.length;
    excl += x.length;
    problems.push(...checkDocumentGold(doc, Array.from(decoded.text.replace(/^\uFEFF/, "")), g, x));
  }
  return { problems, checked: wanted.length, figures, excluded: excl };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const corpusDir = option("--corpus", path.join("data", "corpus"));
  const goldDir = option("--gold", path.join("data", "gold"));
  const { problems, checked, figures, excluded } = checkCorpusGold(args, corpusDir, goldDir);
  for (const p of problems) process.stdout.write(`${p.doc}${p.at !== null ? ` @${p.at}` : ""}: ${p.message}\n`);
  process.stdout.write(`${checked} documents, ${figures} gold figures, ${excluded} excluded numbers: ${problems.length ? `${problems.length} problems` : "all accounted for"}\n`);
  process.exitCode = problems.length ? 1 : 0;
}
