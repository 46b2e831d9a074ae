// /api/figures.csv?<explore filters>: every matching figure, streamed.
// RFC 4180 (CRLF, quotes doubled) in UTF-8 with a BOM so Excel reads Chinese.

import { stringify } from "csv-stringify/sync";
import { iterateExportRows } from "@/lib/queries";
import { COLUMNS, attachment, filtersOrError, neutralise, originOf, toRecord } from "@/lib/export/common";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const BATCH = 500; // rows per chunk: memory stays flat however many match

function line(values: unknown[]): string {
  // A line feed or carriage return inside a field (a prefix ending a paragraph) is quoted:
  // without it Python's csv, pandas and Excel read one record as two.
  return stringify([values], { record_delimiter: "\r\n", quoted_match: /[\r\n]/, cast: { boolean: (b) => (b ? "true" : "false") } });
}

export function GET(request: Request): Response {
  const parsed = filtersOrError(request);
  if ("response" in parsed) return parsed.response;
  const origin = originOf(request);
  const rows = iterateExportRows(parsed.filters);
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = "";
      if (!started) {
        chunk += "\uFEFF" + line(COLUMNS);
        started = true;
      }
      for (let i = 0; i < BATCH; i++) {
        const next = rows.next();
        if (next.done) {
          controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        const r = toRecord(next.value, origin);
        chunk += line(COLUMNS.map((c) => (typeof r[c] === "string" ? neutralise(r[c] as string) : r[c])));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      rows.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": attachment("figures.csv"),
      "cache-control": "no-store",
    },
  });
}
