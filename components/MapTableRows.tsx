"use client";

// The overview's table beside the map, drawn from one compact row of strings
// per province (see FiguresTableRows: as server components each row's three
// links went to the browser a second time in the page's payload).

import Link from "next/link";
import { ValueLink } from "./ValueLink";

export interface MapRowCells {
  code: string;
  province: string;
  id: string;
  value: string;
  year: number;
  /** the explore page of the measure in this province */
  othersHref: string;
  others: number;
}

export function MapTableRows({ rows }: { rows: MapRowCells[] }) {
  return (
    <>
      {rows.map((v) => (
        <tr key={v.code} className="border-t border-stone-100">
          <td className="py-1 pr-2">
            <Link className="text-blue-700 hover:underline" href={`/regions/${v.code}`} data-testid="map-table-province">
              {v.province}
            </Link>
          </td>
          <td className="py-1 pr-2 text-right">
            <ValueLink id={v.id}>{v.value}</ValueLink>
          </td>
          <td className="py-1 pr-2">{v.year}</td>
          <td className="py-1 text-right text-stone-500">
            <Link className="hover:underline" href={v.othersHref}>
              {v.others}
            </Link>
          </td>
        </tr>
      ))}
    </>
  );
}
