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

export function originOf(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}

/** A spreadsheet would run a cell starting with = + - @ (or tab, CR) as a formula: prefix it with '. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}
