"use client";

// The value of a figure in the explore table, opening its citation dialog
// (a client navigation to /figures/[id], intercepted by @modal). A component
// of its own so that each of a page's 50 rows sends its id and text only,
// not the link's props and classes (about 130 bytes a row of the page).

import Link from "next/link";

export function FigureLink({ id, children }: { id: string; children: string }) {
  return (
    <Link href={`/figures/${id}`} className="font-medium text-blue-700 hover:underline" data-figure-id={id} scroll={false} prefetch={false}>
      {children}
    </Link>
  );
}
