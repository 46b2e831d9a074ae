// Two readers of the same texts. data/gold-second holds second readings of
// some tuned and held-out texts, each written by a reader who saw neither the
// first reading nor the rules' output; the first is data/gold, or, where a
// third reader has since settled the two into data/gold, data/gold-first.
// How often the two agree, field by field, is what a careful reader can be
// expected to reproduce: the ceiling for the rules on text nobody tuned them
// on. The rules are scored against the gold and the second reading beside it.

import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeBytes } from "../extract/decode";
import { readExcluded, readGold, type GoldFigure } from "../gold/read";
import { FIELDS, scoreDocument, summarise, type Predicted, type Report } from "./compare";
import { evaluateCorpus, type EvalPaths } from "./run";
import { readSources, type SourceEntry } from "../ingest/sources";

export interface Agreement {
  /** tuned or heldout (sources.json `part`) */
  part: string;
  /** the texts of that part read twice */
  documents: string[];
  /** the second reading scored against the first, as the rules are */
  readers: Report;
  /** the rules against data/gold (the first reading, or the settled one) */
  rulesFirst: Report;
  /** the rules against the second reading */
  rulesSecond: Report;
}

/** A reading as the comparison's `predicted` side: the same fields under the names a Figure gives them. */
const asPredicted = (g: GoldFigure, sentence: string): Predicted => ({ ...g, valueMax: g.value_max, sentence });

/** The texts of one part (sources.json `part`) that have a second reading, scored. */
export function readersAgreement(paths: EvalPaths & { secondDir: string; firstDir?: string; part: SourceEntry["part"] }): Agreement {
  // The first reading as it was written: a text whose two readings were since settled by a third
  // (data/gold now) keeps its first in firstDir.
  const first = new Map([...readGold(paths.goldDir), ...(paths.firstDir ? readGold(paths.firstDir) : [])]);
  const second = readGold(paths.secondDir);
  const excluded = [...readExcluded(paths.goldDir), ...(paths.firstDir ? readExcluded(paths.firstDir) : [])];
  const { sources } = readSources(paths.sourcesFile);
  const documents = [...second.keys()].filter((d) => (sources.get(d)?.part ?? "tuned") === paths.part).sort();
  const docs = documents.map((doc) => {
    const decoded = decodeBytes(readFileSync(path.join(paths.corpusDir, doc)));
    if (!decoded.ok) throw new Error(`${doc}: ${decoded.error}`);
    const cps = Array.from(decoded.text.replace(/^\uFEFF/, ""));
    const slice = (start: number, end: number) => cps.slice(start, end).join("");
    return scoreDocument(
      doc,
      first.get(doc) ?? [],
      second.get(doc)!.map((g) => asPredicted(g, slice(g.start, g.end))),
      excluded.filter((x) => x.doc === doc),
      slice,
    );
  });
  return {
    part: paths.part,
    documents,
    readers: summarise(docs),
    rulesFirst: evaluateCorpus({ ...paths, files: documents }),
    rulesSecond: evaluateCorpus({ ...paths, goldDir: paths.secondDir, files: documents }),
  };
}

const pct = (x: number) => (x * 100).toFixed(1) + "%";

/** The section of docs/accuracy.md: for each part, one row per comparison, the fields as in the tables above. */
export function agreementToMarkdown(parts: Agreement[]): string {
  const name = (a: Agreement) => (a.part === "heldout" ? "held out" : a.part);
  const row = (a: Agreement, what: string, r: Report) =>
    `| ${name(a)} | ${what} | ${r.overall.gold} / ${r.overall.predicted} | ${pct(r.overall.f1)} | ` + FIELDS.map((f) => pct(r.overall.fields[f].accuracy)).join(" | ") + ` | ${pct(r.otherGold)} / ${pct(r.otherPredicted)} |`;
  return (
    "\n## Two readers\n\n" +
    "Some texts were read a second time (`data/gold-second/`), each by a reader who saw neither the first reading nor the rules' output: " +
    parts.map((a) => `${a.documents.length} ${name(a)} (${a.documents.map((d) => d.replace(/_.*$/, "")).join(", ")})`).join("; ") + ". " +
    "How often the two readings agree is what a careful reader reproduces, the ceiling to hold the rules' accuracy on unseen text against. " +
    "The second reading is scored against the first as the rules are; the rules against the gold and against the second reading (tuned on the gold of the tuned texts, never on the held-out ones). " +
    "Where two readings of a tuned text differed, a third reader settled each figure and the gold is that settled reading (`data/gold-first/` keeps the first as written).\n\n" +
    "| part | compared | figures | F1 | " + FIELDS.join(" | ") + " | `other` |\n| --- | --- | --- | --- | " + FIELDS.map(() => "---").join(" | ") + " | --- |\n" +
    parts.map((a) => [row(a, "second reading against the first", a.readers), row(a, "rules against the gold", a.rulesFirst), row(a, "rules against the second reading", a.rulesSecond)].join("\n")).join("\n") + "\n\n" +
    "*figures*: in the reading scored against, then in the other side. *`other`*: the share of figures each side leaves `other`.\n"
  );
}
