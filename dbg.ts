import { readFileSync } from "node:fs";
import { dominantRegion } from "./lib/extract/gazetteer";
import { textReporter } from "./lib/extract/reporter";
import { textToParagraphs } from "./lib/extract/segment";
for (const f of ["311_yanji_police_2020.txt", "503_zhongxiang_saohei_2019.txt"]) {
  const t = readFileSync("data/corpus/" + f, "utf8");
  console.log(f, JSON.stringify(dominantRegion(t)), JSON.stringify(textReporter(textToParagraphs(t))));
}
