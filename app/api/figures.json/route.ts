// /api/figures.json?<explore filters>&page=&pageSize=: one page of figures
// with the total, so a client can walk them all.

import { fetchExportPage, fetchFigures } from "@/lib/queries";
import { COLUMNS, filtersOrError, originOf, toRecord } from "@/lib/export/common";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request): Response {
  const parsed = filtersOrError(request, { pageSize: 100 });
  if ("response" in parsed) return parsed.response;
  const f = parsed.filters;
  const { total } = fetchFigures({ ...f, pageSize: 1, page: 1 });
  const origin = originOf(request);
  return Response.json(
    {
      total,
      page: f.page,
      pageSize: f.pageSize,
      pages: Math.max(1, Math.ceil(total / f.pageSize)),
      fields: COLUMNS,
      rows: fetchExportPage(f).map((r) => toRecord(r, origin)),
    },
    { headers: { "cache-control": "no-store" } },
  );
}
