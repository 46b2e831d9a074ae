// What every download shares: the filters checked the same way (a 400 that
// names the parameter), one record per figure with the codebook's columns,
// and the figure's permalink.

import { FIELDS } from "../codebook";
import { parseFilters, type FigureFilters } from "../filters";
import type { ExportRow } from "../queries/export";

export const COLUMNS = FIELDS.map((f) => f.name);

export type ExportRecord = Record<(typeof COLUMNS)[number], string | number | boolean | null>;

export function toRecord(row: ExportRow, origin: string): ExportRecord {
  return { ...row, permalink: `${origin}/figures/${encodeURIComponent(row.id)}` } as ExportRecord;
}

/** Filters from a download request, or the 400 response that explains them. */
export function filtersOrError(request: Request, defaults: { pageSize?: number } = {}): { filters: FigureFilters } | { response: Response } {
  const url = new URL(request.url);
  const { filters, errors } = parseFilters(url.searchParams, defaults);
  if (errors.length) {
    return {
      response: Response.json(
        { error: `Bad request: ${errors.map((e) => e.message).join("; ")}`, errors },
        { status: 400, headers: { "cache-control": "no-store" } },
      ),
    };
  }
  return { filters };
}

/**
 * The origin permalinks are built from: SITE_ORIGIN when it is set (the
 * address the site is published at), else the request's own Host. Never
 * X-Forwarded-*, which any client can send (a download would then carry
 * links to someone else's site).
 */
export function originOf(request: Request): string {
  const url = new URL(request.url);
  return originFrom(request.headers.get("host") ?? url.host, url.protocol.replace(":", ""));
}

const HOST = /^[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$/;

export function originFrom(host: string | null, proto: string): string {
  const configured = process.env.SITE_ORIGIN;
  if (configured && /^https?:\/\/[^/\s]+$/.test(configured)) return configured.replace(/\/$/, "");
  return `${proto === "https" ? "https" : "http"}://${host && HOST.test(host) ? host : "localhost"}`;
}

/** A spreadsheet would run a cell starting with = + - @ (or tab, CR) as a formula: prefix it with '. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

const BATCH = 500; // rows per chunk: memory stays flat however many match

/**
 * A text download streamed a batch of rows at a time: `head` first, then
 * each record as `line` writes it. Cancelling (the client went away) closes
 * the query's iterator.
 */
export function streamRecords(rows: AsyncGenerator<ExportRow>, origin: string, line: (r: ExportRecord) => string, head = ""): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let chunk = head;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (let i = 0; i < BATCH; i++) {
        const next = await rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += line(toRecord(next.value, origin));
      }
      controller.enqueue(encoder.encode(chunk));
      chunk = "";
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}
