// The figures of each province, institution, kind, metric and verified
// (the table facet_counts): counted per document where it is extracted,
// summed across documents by the writer, written once at the end.

import type { Row } from "./document";

/** The province of a region code, as the explore page's region facet keys it: 110105 → 110000. */
const provinceOf = (regionCode: string | null): string | null => (regionCode === null ? null : `${regionCode.slice(0, 2)}0000`);

export class FacetTally {
  private readonly counts = new Map<string, { row: Row; n: number }>();

  add(regionCode: string | null, institution: string, kind: string, metric: string, verified: boolean | number) {
    this.addRow([provinceOf(regionCode), institution, kind, metric, verified ? 1 : 0], 1);
  }

  /** Add `n` figures to the key [province, institution, kind, metric, verified] (a document's tally row, summed by the writer). */
  addRow(key: Row, n: number) {
    const k = key.join("\u0001"); // \u0001 appears in none of the fields
    const c = this.counts.get(k);
    if (c) c.n += n;
    else this.counts.set(k, { row: key, n });
  }

  /** [province, institution, kind, metric, verified, n], the column order of facet_counts. */
  rows(): Row[] {
    return [...this.counts.values()].map(({ row, n }) => [...row, n]);
  }
}
