// /api/figures.xlsx?<explore filters>: every matching figure as an Excel
// workbook. Sheet "figures" has the codebook's columns, one row per figure;
// sheet "codebook" describes each column and says how to cite and the licence.
// exceljs' streaming writer compresses rows as they are committed, and rows
// are only read from the database when the reader asks for more bytes, so memory
// stays flat however many figures match.

import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { FIELDS, LICENCE } from "@/lib/codebook";
import { COLUMNS, attachment, filtersOrError, neutralise, originOf, toRecord, type ExportRecord } from "@/lib/export/common";
import { countFigures, iterateExportRows, type ExportRow } from "@/lib/queries";
import { filtersToSearch } from "@/lib/filters";
import { xlsxMaxRows } from "@/lib/export/limits";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PROJECT = "政法数字 Zhengfa Figures";
const BATCH = 200; // rows written between checks for compressed output

type Cell = string | number | boolean | null;

/** A value as a cell: numbers stay numbers, booleans TRUE/FALSE, text is neutralised. */
function cell(value: ExportRecord[string] | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return neutralise(value);
  return value;
}

/** 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const WIDTHS: Record<string, number> = { id: 28, doc: 26, text: 14, label: 28, metric: 30, sentence: 60, prefix: 24, suffix: 24, document_title: 40, outlet: 24, permalink: 50 };

function writeCodebook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, downloadUrl: string, downloaded: string): void {
  const sheet = workbook.addWorksheet("codebook");
  sheet.columns = [{ width: 16 }, { width: 10 }, { width: 50 }, { width: 60 }, { width: 12 }];
  const add = (values: Cell[], bold = false) => {
    const row = sheet.addRow(values.map((v) => (typeof v === "string" ? neutralise(v) : v)));
    if (bold) row.font = { bold: true };
    row.commit();
  };
  add(["field 字段", "type 类型", "中文", "English", "unit 单位"], true);
  for (const f of FIELDS) add([f.name, f.type, f.zh, f.en, f.unit ?? null]);
  add([]);
  add(["licence 许可"], true);
  add(["zh", null, LICENCE.zh]);
  add(["en", null, LICENCE.en]);
  add([]);
  add(["how to cite 引用"], true);
  add(["project 项目", null, PROJECT]);
  add(["URL 网址", null, downloadUrl]);
  add(["downloaded 下载日期", null, downloaded]);
  add(["citation 引文", null, `${PROJECT}. 数据下载 / Data download, ${downloadUrl} (下载于 / downloaded ${downloaded}). CC BY 4.0.`]);
  sheet.commit();
}

export async function GET(request: Request): Promise<Response> {
  const parsed = filtersOrError(request);
  if ("response" in parsed) return parsed.response;
  const origin = originOf(request);
  const url = new URL(request.url);
  const downloadUrl = `${origin}${url.pathname}${url.search}`;
  const downloaded = new Date().toISOString().slice(0, 10);

  // A workbook is for a spreadsheet: past its limit, the CSV (which streams any size).
  const total = await countFigures(parsed.filters);
  const XLSX_MAX_ROWS = xlsxMaxRows();
  if (total > XLSX_MAX_ROWS) {
    const csv = `${origin}/api/figures.csv${filtersToSearch({ ...parsed.filters, page: undefined })}`;
    return Response.json(
      {
        error: `${total} figures match: an Excel download holds at most ${XLSX_MAX_ROWS}. Download them as CSV (${csv}), or narrow the filters. / 共 ${total} 条，Excel 下载最多 ${XLSX_MAX_ROWS} 条：请下载 CSV，或缩小筛选范围。`,
        total,
        limit: XLSX_MAX_ROWS,
        csv,
      },
      { status: 422, headers: { "cache-control": "no-store", link: `<${csv}>; rel="alternate"; type="text/csv"` } },
    );
  }

  const rows = iterateExportRows(parsed.filters);
  // Read the first row now: a missing database fails the request, not the download half-way.
  let first: IteratorResult<ExportRow> | null = await rows.next();

  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = PROJECT;
  const sheet = workbook.addWorksheet("figures", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c, width: WIDTHS[c] ?? 12 }));
  sheet.autoFilter = `A1:${columnLetter(COLUMNS.length)}1`;
  const header = sheet.addRow([...COLUMNS]);
  header.font = { bold: true };
  header.commit();

  // What the zip writer has produced and the reader has not yet taken.
  const chunks: Uint8Array[] = [];
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  out.on("data", (chunk: Buffer) => {
    chunks.push(new Uint8Array(chunk));
    notify();
  });
  out.on("end", () => {
    ended = true;
    notify();
  });
  out.on("error", (e) => {
    failure = e;
    notify();
  });

  let rowsDone = false;
  /** Write up to BATCH figures; after the last, finish the workbook. */
  const writeBatch = async () => {
    for (let i = 0; i < BATCH; i++) {
      const next = first ?? (await rows.next());
      first = null;
      if (next.done) {
        rowsDone = true;
        sheet.commit();
        writeCodebook(workbook, downloadUrl, downloaded);
        workbook.commit().catch((e: unknown) => {
          failure = e;
          notify();
        });
        return;
      }
      const r = toRecord(next.value, origin);
      sheet.addRow(COLUMNS.map((c) => cell(r[c]))).commit();
    }
  };
  /** Until a chunk is out, the zip is finished, or a tick has passed. */
  const settle = () =>
    new Promise<void>((resolve) => {
      if (chunks.length || ended || failure) return resolve();
      wake = resolve;
      if (!rowsDone) setImmediate(notify);
    });

  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (!chunks.length && !ended && !failure) {
          if (!rowsDone) await writeBatch();
          await settle();
        }
        if (failure) throw failure;
        for (const c of chunks.splice(0)) controller.enqueue(c);
        if (ended && !chunks.length) controller.close();
      } catch (e) {
        await rows.return(undefined);
        controller.error(e);
      }
    },
    async cancel() {
      out.destroy();
      await rows.return(undefined);
    },
  });

  return new Response(body, {
    headers: {
      "content-type": XLSX_TYPE,
      "content-disposition": attachment("figures.xlsx"),
      "cache-control": "no-store",
    },
  });
}
