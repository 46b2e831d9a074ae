// /api/figures.json?<explore filters>&page=&pageSize=: one page of figures
// with the total and links to the next and previous pages, so a client can
// walk them all (/api/figures.ndjson has them all in one response).

import { fetchExportPage, fetchFigures } from "@/lib/queries";
import { COLUMNS, filtersOrError, originOf, toRecord } from "@/lib/export/common";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function pageLink(request: Request, origin: string, page: number): string {
  const url = new URL(request.url);
  url.searchParams.set("page", String(page));
  return `${origin}${url.pathname}?${url.searchParams}`;
}

export async function GET(request: Request): Promise<Response> {
  const parsed = filtersOrError(request, { pageSize: 100 });
  if ("response" in parsed) return parsed.response;
  const f = parsed.filters;
  const { total } = await fetchFigures({ ...f, pageSize: 1, page: 1 }, { exact: true });
  const origin = originOf(request);
  return Response.json(
    {
      total,
      page: f.page,
      pageSize: f.pageSize,
      pages: Math.max(1, Math.ceil(total / f.pageSize)),
      next: f.page * f.pageSize < total ? pageLink(request, origin, f.page + 1) : null,
      previous: f.page > 1 ? pageLink(request, origin, f.page - 1) : null,
      fields: COLUMNS,
      rows: (await fetchExportPage(f)).map((r) => toRecord(r, origin)),
    },
    { headers: { "cache-control": "no-store" } },
  );
}
