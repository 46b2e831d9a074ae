// A reported value linking to its figure's page (the overview's headlines and
// map table). No hooks: the server page and the client map rows both draw it.

import Link from "next/link";

export function ValueLink({ id, children }: { id: string; children: string }) {
  return (
    <Link href={`/figures/${encodeURIComponent(id)}`} className="font-semibold text-blue-700 tabular-nums hover:underline" data-testid="value-link">
      {children}
    </Link>
  );
}
