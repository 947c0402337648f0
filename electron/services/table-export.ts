// One writer for every table a seller exports (orders, settlement): .xlsx with IDs kept as text
// cells, or CSV in UTF-8 with BOM (Excel opens it as Korean) or CP949 (older courier / ERP
// programs), with RFC 4180 quoting and the formula-injection guard on text cells.
import iconv from 'iconv-lite';
import { buildXlsx, type Cell } from './orders/xlsx';

export type TableExportFormat = 'xlsx' | 'csv-utf8' | 'csv-cp949';

export interface ExportColumn {
  header: string;
  width: number;
  kind: 'text' | 'id' | 'number';
}

/** A text cell starting like a formula is prefixed with ' (OWASP CSV injection); numbers stay numbers. */
function csvCell(v: Cell, kind: ExportColumn['kind']): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (kind === 'text' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsv(columns: readonly ExportColumn[], rows: Cell[][]): string {
  const lines = [columns.map((c) => csvCell(c.header, 'text')).join(',')];
  for (const r of rows) lines.push(r.map((v, i) => csvCell(v, columns[i]?.kind ?? 'text')).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function encodeTable(sheetName: string, columns: readonly ExportColumn[], rows: Cell[][], format: TableExportFormat): { data: Buffer; mimeType: string; extension: string } {
  if (format === 'xlsx') {
    return {
      data: buildXlsx(sheetName, columns.map((c) => c.header), rows, columns.map((c) => c.width)),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    };
  }
  const csv = tableToCsv(columns, rows);
  if (format === 'csv-cp949') return { data: iconv.encode(csv, 'cp949'), mimeType: 'text/csv; charset=cp949', extension: 'csv' };
  return { data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]), mimeType: 'text/csv; charset=utf-8', extension: 'csv' };
}
