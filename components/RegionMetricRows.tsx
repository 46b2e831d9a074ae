"use client";

// A region page's table of measures with their latest value, drawn from one
// compact row of strings each (see FiguresTableRows: as server components
// each row's three links went to the browser a second time in the payload).

import Link from "next/link";

export interface RegionMetricCells {
  metric: string;
  metricName: string;
  figures: number;
  /** the explore page of this measure here */
  figuresHref: string;
  id: string;
  value: string;
  verified: boolean;
  /** a place below the region's own, which has a page of its own */
  placeCode: string | null;
  place: string;
  period: string;
}

export function RegionMetricRows({ rows, unverified }: { rows: RegionMetricCells[]; unverified: string }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.metric} className="border-t border-stone-100 align-top">
          <td className="py-1 pr-3">
            <Link className="text-blue-700 hover:underline" href={`/metrics/${encodeURIComponent(r.metric)}`}>
              {r.metricName}
            </Link>
          </td>
          <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">
            <Link className="text-blue-700 hover:underline" href={`/figures/${encodeURIComponent(r.id)}`} data-testid="figure-link">
              {r.value}
            </Link>
            {!r.verified && <span className="ml-1 text-xs text-amber-800" title={unverified}>*</span>}
          </td>
          <td className="py-1 pr-3">
            {r.placeCode ? (
              <Link className="text-blue-700 hover:underline" href={`/regions/${r.placeCode}`}>
                {r.place}
              </Link>
            ) : (
              r.place
            )}
          </td>
          <td className="py-1 pr-3">{r.period}</td>
          <td className="py-1 text-right tabular-nums">
            <Link className="text-stone-600 hover:underline" href={r.figuresHref}>
              {r.figures}
            </Link>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
