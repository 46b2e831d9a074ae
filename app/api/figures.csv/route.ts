// /api/figures.csv?<explore filters>: every matching figure, streamed.
// RFC 4180 (CRLF, quotes doubled) in UTF-8 with a BOM so Excel reads Chinese.

import { stringify } from "csv-stringify/sync";
import { iterateExportRows } from "@/lib/queries";
import { COLUMNS, attachment, filtersOrError, neutralise, originOf, streamRecords } from "@/lib/export/common";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function line(values: unknown[]): string {
  // A line feed or carriage return inside a field (a prefix ending a paragraph) is quoted:
  // without it Python's csv, pandas and Excel read one record as two.
  return stringify([values], { record_delimiter: "\r\n", quoted_match: /[\r\n]/, cast: { boolean: (b) => (b ? "true" : "false") } });
}

export function GET(request: Request): Response {
  const parsed = filtersOrError(request);
  if ("response" in parsed) return parsed.response;
  const body = streamRecords(
    iterateExportRows(parsed.filters),
    originOf(request),
    (r) => line(COLUMNS.map((c) => (typeof r[c] === "string" ? neutralise(r[c] as string) : r[c]))),
    "\uFEFF" + line(COLUMNS),
  );
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": attachment("figures.csv"),
      "cache-control": "no-store",
    },
  });
}
