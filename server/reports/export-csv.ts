import { stringify } from 'csv-stringify/sync';
import type { FileAnswer } from '../http/route';
import type { buildReport } from './report';
import { exportName, reportTables, type Cell, type ExportLanguage } from './sheets';

function mss(sec: number): string {
  const total = Math.round(sec);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

function text(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (cell.value === null) return '';
  if (cell.format === 'share') return `${(cell.value * 100).toFixed(1)}%`;
  return cell.format === 'seconds' ? mss(cell.value) : String(cell.value);
}

/**
 * The workbook's sheets one after another, each under its name and separated by an empty row,
 * with a UTF-8 BOM so Excel reads the Chinese headings as Chinese.
 */
export async function reportCsv(report: Awaited<ReturnType<typeof buildReport>>, lang: ExportLanguage): Promise<FileAnswer> {
  const rows = reportTables(report, lang).flatMap((table, index) => [
    ...(index === 0 ? [] : [[]]),
    [table.name],
    table.header,
    ...table.rows.map((row) => row.map(text)),
  ]);
  return Promise.resolve({ body: `\uFEFF${stringify(rows)}`, contentType: 'text/csv; charset=utf-8', filename: exportName(report, 'csv') });
}
