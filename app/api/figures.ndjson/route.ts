// /api/figures.ndjson?<explore filters>: every matching figure, one JSON
// object per line (JSON Lines), streamed: the whole dataset in one request.

import { iterateExportRows } from "@/lib/queries";
import { attachment, filtersOrError, originOf, streamRecords } from "@/lib/export/common";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request): Response {
  const parsed = filtersOrError(request);
  if ("response" in parsed) return parsed.response;
  const body = streamRecords(iterateExportRows(parsed.filters), originOf(request), (r) => JSON.stringify(r) + "\n");
  return new Response(body, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "content-disposition": attachment("figures.ndjson"), "cache-control": "no-store" },
  });
}
