import { evaluateCorpus } from "./lib/eval/run";
const field = process.argv[2] ?? "indicator";
const noSrc = process.argv[3] === "nosrc";
const r = evaluateCorpus({ corpusDir: "data/corpus", goldDir: "data/gold", sourcesFile: "data/sources.json", part: "tuned", withoutSources: noSrc });
let n = 0;
for (const d of r.documents) for (const e of d.fieldErrors) for (const m of e.mismatches) if (m.field === field) {
  n++;
  const s = e.predicted.sentence; const i = s.indexOf(e.predicted.text);
  console.log(`${d.doc.slice(0,14)} | gold=${m.gold} | pred=${m.predicted} | lbl=${e.predicted.label} | ${s.slice(Math.max(0,i-40), i+e.predicted.text.length+15).replace(/\n/g," ")}`);
}
console.log(n);
