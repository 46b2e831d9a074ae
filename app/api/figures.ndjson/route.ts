// /api/figures.ndjson?<explore filters>: every matching figure, one JSON
// object per line (JSON Lines), streamed: the whole dataset in one request.

import { iterateExportRows } from "@/lib/queries";
import { attachment, filtersOrError, originOf, toRecord } from "@/lib/export/common";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const BATCH = 500; // rows per chunk: memory stays flat however many match

export function GET(request: Request): Response {
  const parsed = filtersOrError(request);
  if ("response" in parsed) return parsed.response;
  const origin = originOf(request);
  const rows = iterateExportRows(parsed.filters);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = "";
      for (let i = 0; i < BATCH; i++) {
        const next = rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += JSON.stringify(toRecord(next.value, origin)) + "\n";
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      rows.return(undefined);
    },
  });
  return new Response(body, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "content-disposition": attachment("figures.ndjson"), "cache-control": "no-store" },
  });
}
