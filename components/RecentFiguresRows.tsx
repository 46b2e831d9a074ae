"use client";

// An indicator page's latest figures, drawn from one compact row of strings
// each (see FiguresTableRows: as server components each row's links and
// classes went to the browser a second time in the page's payload).

import Link from "next/link";

export interface RecentFigureCells {
  id: string;
  value: string;
  verified: boolean;
  place: string;
  period: string;
  documentId: string;
  documentTitle: string;
  documentDate: string | null;
}

export function RecentFiguresRows({ rows, unverified }: { rows: RecentFigureCells[]; unverified: string }) {
  return (
    <tbody>
      {rows.map((v) => (
        <tr key={v.id} className="border-t border-stone-100 align-top">
          <td className="py-1 pr-2 text-right whitespace-nowrap tabular-nums">
            <Link className="text-blue-700 hover:underline" href={`/figures/${encodeURIComponent(v.id)}`} data-figure-id={v.id}>
              {v.value}
            </Link>
            {!v.verified && <span className="ml-1 text-xs text-amber-800" title={unverified}>*</span>}
          </td>
          <td className="py-1 pr-2">{v.place}</td>
          <td className="py-1 pr-2">{v.period}</td>
          <td className="py-1 text-stone-600">
            <Link className="hover:underline" href={`/documents/${encodeURIComponent(v.documentId)}`}>
              {v.documentTitle}
            </Link>
            {v.documentDate && <span className="text-stone-400"> · {v.documentDate}</span>}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
