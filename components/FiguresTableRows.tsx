"use client";

// The explore table's rows, drawn from one compact row of strings each. As
// server components the 50 rows went to the browser twice, as HTML and as
// the React Server Components payload that spells out every cell's element
// and class (about 1 kB a row); from here the payload holds the strings only
// and the server renders less.

import { FigureLink } from "./FigureLink";

export interface FigureRowCells {
  id: string;
  value: string;
  label: string | null;
  metric: string;
  institution: string;
  /** the region page's code, when the place has one */
  regionCode: string | null;
  place: string;
  period: string;
  /** the text's own words for the period, shown under the dates in English */
  periodWords: string | null;
  verified: boolean;
  documentId: string;
  documentTitle: string;
  documentDate: string | null;
}

export function FiguresTableRows({ rows, verified, unverified }: { rows: FigureRowCells[]; verified: string; unverified: string }) {
  return (
    <tbody>
      {/* Plain links for the places and documents of 50 rows: Next's <Link> would hydrate each and
          prefetch every one in view. The figure opens the citation dialog, a client navigation. */}
      {rows.map((r) => (
        <tr key={r.id}>
          <td className="whitespace-nowrap">
            <FigureLink id={r.id}>{r.value}</FigureLink>
          </td>
          <td>{r.label}</td>
          <td>{r.metric}</td>
          <td>{r.institution}</td>
          <td>
            {r.regionCode ? (
              <a href={`/regions/${r.regionCode}`} className="hover:underline">
                {r.place}
              </a>
            ) : (
              r.place
            )}
          </td>
          <td>
            {r.period}
            {r.periodWords && <span className="block text-xs text-stone-400">{r.periodWords}</span>}
          </td>
          <td className="text-center">
            {r.verified ? (
              <span className="font-semibold text-green-800" title={verified} aria-label={verified}>✓</span>
            ) : (
              <span className="text-stone-400" title={unverified} aria-label={unverified}>–</span>
            )}
          </td>
          <td className="text-xs">
            <a href={`/documents/${encodeURIComponent(r.documentId)}`} className="hover:underline">
              {r.documentTitle}
            </a>
            {r.documentDate && <span className="block text-stone-400">{r.documentDate}</span>}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
