// /api/datapackage.json: a Frictionless Data Package
// (https://specs.frictionlessdata.io/data-package/) describing the whole
// dataset: the CSV of every figure with its table schema (the codebook), the
// same figures as XLSX, and the SQLite database. It describes the dataset,
// not a view of it: filter parameters change nothing.

import { existsSync, statSync } from "node:fs";
import sources from "@/data/sources.json";
import { FIELDS, LICENCE } from "@/lib/codebook";
import { dbFile } from "@/lib/db/client";
import { usesPostgres } from "@/lib/db/file";
import { originOf } from "@/lib/export/common";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

interface SourceDocument {
  title?: string | null;
  url?: string | null;
}

/** When the data were built: the database file's time, else now. */
function createdAt(): string {
  const file = dbFile();
  const when = !usesPostgres() && existsSync(file) ? statSync(file).mtime : new Date();
  return when.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function GET(request: Request): Response {
  const origin = originOf(request);
  const documents = Object.entries(sources.documents as Record<string, SourceDocument>).sort(([a], [b]) => a.localeCompare(b));
  const pkg = {
    profile: "data-package",
    name: "zhengfa-figures",
    title: "政法数字 Zhengfa Figures",
    description:
      "从中国法院、检察院、公安、司法行政机关公开文本中抽取的统计数字，每个数字附原句与出处。 / " +
      "Statistics reported in public texts of Chinese courts, procuratorates, police and justice bureaus, each figure with its sentence and source. " +
      "Text cells starting with = + - @, tab or carriage return are prefixed with ' in the CSV and XLSX downloads so that spreadsheets do not run them as formulas.",
    homepage: `${origin}/data`,
    created: createdAt(),
    keywords: ["China", "courts", "procuratorates", "judicial statistics", "政法", "法院", "检察院"],
    contributors: [{ title: "Zhengfa Figures contributors", role: "author" }],
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 International",
        description: `${LICENCE.zh} / ${LICENCE.en}`,
      },
    ],
    sources: documents.map(([file, d]) => ({
      title: d.title ?? file,
      // The original page where known; otherwise the text as the site keeps it.
      path: d.url ?? `${origin}/documents/${encodeURIComponent(file.replace(/\.txt$/, ""))}`,
    })),
    resources: [
      {
        name: "figures",
        profile: "tabular-data-resource",
        title: "政法数字 / Figures",
        description: "每个数字一行 / One row per figure",
        path: `${origin}/api/figures.csv`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8-sig",
        dialect: { delimiter: ",", doubleQuote: true, quoteChar: '"', lineTerminator: "\r\n", header: true },
        schema: {
          fields: FIELDS.map((f) => ({
            name: f.name,
            type: f.type,
            description: `${f.zh} / ${f.en}`,
            ...(f.type === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
            ...(f.unit ? { unit: f.unit } : {}),
          })),
          primaryKey: "id",
          missingValues: [""],
        },
      },
      {
        name: "figures-xlsx",
        title: "政法数字（Excel）/ Figures (Excel)",
        description: "工作表 figures 与 CSV 同列；工作表 codebook 为代码表、许可与引用方式 / Sheet figures has the CSV's columns; sheet codebook the codebook, licence and how to cite",
        path: `${origin}/api/figures.xlsx`,
        format: "xlsx",
        mediatype: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
      // The SQLite file, when the site reads one (on PostgreSQL there is none to download).
      ...(usesPostgres()
        ? []
        : [
          {
            name: "database",
            title: "SQLite 数据库 / SQLite database",
            description: "入库程序生成的完整数据库：文档、章节、句子、数字 / The whole database as the ingest builds it: documents, sections, sentences, figures",
            path: `${origin}/api/figures.db`,
            format: "sqlite",
            mediatype: "application/vnd.sqlite3",
          },
          ]),
    ],
  };
  return Response.json(pkg, { headers: { "cache-control": "no-store" } });
}
