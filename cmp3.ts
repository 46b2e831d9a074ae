import { evaluateCorpus } from "./lib/eval/run";
const r = evaluateCorpus({ corpusDir: "data/corpus", goldDir: "data/gold", sourcesFile: "data/sources.json", part: "tuned", withoutSources: true });
for (const d of r.documents) {
  const i = d.fields.institution, g = d.fields.region;
  if (i.correct === i.total && g.correct === g.total) continue;
  const e = d.fieldErrors.flatMap((x) => x.mismatches.filter((m) => m.field === "institution" || m.field === "region").map((m) => `${m.field}:${m.gold}<-${m.predicted}`));
  const c = new Map<string, number>(); for (const k of e) c.set(k, (c.get(k) ?? 0) + 1);
  console.log(`${d.doc} inst ${i.correct}/${i.total} region ${g.correct}/${g.total} :: ${[...c].map(([k, n]) => `${n}× ${k}`).join("; ")}`);
}
