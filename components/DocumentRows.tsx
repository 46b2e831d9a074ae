"use client";

// The documents index's rows, drawn from one compact row of strings each
// (see FiguresTableRows: as server components each row's cells and classes
// went to the browser a second time in the page's payload).

export interface DocumentRowCells {
  id: string;
  title: string;
  outlet: string | null;
  /** the page's date, or — */
  date: string;
  /** (inferred), when the date was inferred, with the reason as its title */
  inferred: { label: string; title?: string } | null;
  institution: string | null;
  place: string | null;
  figures: number;
  /** the original's address, when it is a web address */
  url: string | null;
}

const Dated = ({ d }: { d: DocumentRowCells }) => (
  <>
    {d.date}
    {d.inferred && <span className="ml-1 text-xs text-stone-400" title={d.inferred.title}>{d.inferred.label}</span>}
  </>
);

const Reporter = ({ d }: { d: DocumentRowCells }) => (
  <>
    {d.institution}
    {d.place && <span className="text-stone-500"> · {d.place}</span>}
  </>
);

export function DocumentRows({ rows, link }: { rows: DocumentRowCells[]; link: string }) {
  return (
    <tbody>
      {rows.map((d) => (
        <tr key={d.id}>
          <td className="min-w-[10rem]">
            <a className="text-blue-700 hover:underline" href={`/documents/${encodeURIComponent(d.id)}`} data-testid="document-link">
              {d.title}
            </a>
            <div className="text-xs text-stone-500 sm:hidden" data-testid="document-under-title">
              <Dated d={d} /> · <Reporter d={d} />
            </div>
          </td>
          <td className="hidden text-stone-600 sm:table-cell">{d.outlet}</td>
          <td className="hidden whitespace-nowrap sm:table-cell"><Dated d={d} /></td>
          <td className="hidden sm:table-cell"><Reporter d={d} /></td>
          <td className="text-right tabular-nums">{d.figures}</td>
          <td className="whitespace-nowrap !pr-0">
            {d.url ? (
              <a className="text-blue-700 hover:underline" href={d.url} rel="noopener noreferrer nofollow">
                {link}
              </a>
            ) : (
              "—"
            )}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
