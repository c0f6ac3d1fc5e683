import ExcelJS from 'exceljs';
import type { FileAnswer } from '../http/route';
import type { buildReport } from './report';
import { exportName, reportTables, type Cell, type ExportLanguage } from './sheets';

const formats = { count: '0', share: '0.0%', seconds: '[m]:ss' } as const;

/**
 * A real workbook, one sheet per table: counts and shares are numbers (shares formatted as %),
 * times are day fractions formatted m:ss, so a spreadsheet sums and sorts them.
 */
export async function reportXlsx(report: Awaited<ReturnType<typeof buildReport>>, lang: ExportLanguage): Promise<FileAnswer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '12356';
  for (const table of reportTables(report, lang)) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addRow(table.header).font = { bold: true };
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map(valueOf));
      cells.forEach((cell, index) => {
        if (typeof cell !== 'string') row.getCell(index + 1).numFmt = formats[cell.format];
      });
    }
    sheet.columns.forEach((column, index) => (column.width = index === 0 ? 28 : 16));
  }
  const body = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: exportName(report, 'xlsx') };
}

function valueOf(cell: Cell): string | number | null {
  if (typeof cell === 'string') return cell;
  if (cell.value === null) return null;
  return cell.format === 'seconds' ? cell.value / 86400 : cell.value;
}
