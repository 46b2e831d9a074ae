// How large a download of each format may be.

/**
 * Rows of an Excel download: 100,000 unless ZF_XLSX_MAX_ROWS says otherwise.
 * Excel's own sheet limit is 1,048,576 rows, but building a workbook that
 * size takes minutes and most spreadsheet programs slow to a crawl long
 * before; a download past this is refused and points to the CSV, which
 * streams any size.
 */
export function xlsxMaxRows(): number {
  const n = Number(process.env.ZF_XLSX_MAX_ROWS);
  return Number.isInteger(n) && n > 0 ? n : 100_000;
}
