import type ExcelJS from 'exceljs';

/**
 * A new XLSX workbook. exceljs is loaded on the first export, not at start: it is the heaviest
 * module of the API (≈ 0.3 s to load) and most processes never write a workbook (issue #11 item 4).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  return new Excel.Workbook();
}
