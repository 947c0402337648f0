// Reads a dropped file into rows of text cells, in the main process (never on the UI thread).
// Text files go through the pure decoder in shared/invoices; .xlsx/.xls through SheetJS. Excel
// keeps 15 significant digits: a number cell beyond that has lost digits and is shown the way
// Excel shows it (6.6E+17) so validation names it SCIENTIFIC_NOTATION; shorter whole numbers
// (invoice numbers typed as numbers) come back as their exact digits.
// SheetJS is loaded on the first Excel file, not at start: most sellers never drop one, and
// loading it costs ~100 ms of every app start.
import type * as XLSX from 'xlsx';
import { EXCEL_EXTENSIONS, extensionOf, readTextTable, TEXT_EXTENSIONS, type DetectedEncoding, type TextEncodingName } from '../../../shared/invoices';

export type FileKind = 'csv' | 'xlsx' | 'xls';

export interface ReadSheet {
  kind: FileKind;
  /** For text files: the encoding used and the one detected. Excel files are Unicode inside. */
  encoding: DetectedEncoding | null;
  detected: DetectedEncoding | null;
  sheets: string[];
  sheet: string | null;
  rows: string[][];
}

export class UnsupportedFileError extends Error {
  readonly code = 'UNSUPPORTED_FILE';
}

const pad = (n: number) => String(n).padStart(2, '0');

export function cellText(c: XLSX.CellObject | undefined): string {
  if (!c || c.v === undefined || c.v === null) return '';
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      if (!Number.isFinite(v)) return String(c.w ?? v);
      if (Number.isInteger(v)) {
        if (Math.abs(v) < 1e15) return BigInt(v).toString();
        // Beyond 15 significant digits Excel has already dropped the tail.
        return v.toExponential(5).toUpperCase().replace(/E\+?/, 'E+').replace('E+-', 'E-');
      }
      return String(v);
    }
    case 'd': {
      const d = c.v as Date;
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    }
    case 'b':
      return c.v ? 'TRUE' : 'FALSE';
    case 'e':
      return String(c.w ?? '');
    default:
      return String(c.v);
  }
}

let sheetJs: Promise<typeof XLSX> | null = null;
const loadSheetJs = () => (sheetJs ??= import('xlsx').then((m) => ((m as { default?: typeof XLSX }).default?.read ? (m as { default: typeof XLSX }).default : m)));

function sheetRows(XLSX: typeof import('xlsx'), ws: XLSX.WorkSheet): string[][] {
  const ref = ws['!ref'];
  if (!ref) return [];
  const range = XLSX.utils.decode_range(ref);
  const rows: string[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = 0; c <= range.e.c; c++) row.push(r < range.s.r || c < range.s.c ? '' : cellText(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined));
    while (row.length && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  return rows;
}

/** A .csv/.tsv/.txt file, synchronously (no SheetJS involved). */
export function readTextSheet(bytes: Uint8Array, fileName: string, encoding: 'auto' | TextEncodingName = 'auto'): ReadSheet {
  const t = readTextTable(bytes, fileName, encoding);
  return { kind: 'csv', encoding: t.encoding, detected: t.detected, sheets: [], sheet: null, rows: t.rows };
}

export async function readSheetFile(bytes: Uint8Array, fileName: string, opts: { encoding?: 'auto' | TextEncodingName; sheet?: string | null } = {}): Promise<ReadSheet> {
  const ext = extensionOf(fileName);
  if ((TEXT_EXTENSIONS as readonly string[]).includes(ext)) return readTextSheet(bytes, fileName, opts.encoding ?? 'auto');
  if ((EXCEL_EXTENSIONS as readonly string[]).includes(ext)) {
    const XLSX = await loadSheetJs();
    let wb: XLSX.WorkBook;
    try {
      wb = XLSX.read(bytes, { type: 'array', cellDates: true, cellFormula: false, cellHTML: false, cellStyles: false });
    } catch (err) {
      throw new UnsupportedFileError(`'${fileName}' 엑셀 파일을 읽을 수 없습니다: ${err instanceof Error ? err.message : String(err)}. 파일이 손상되었거나 암호가 걸려 있지 않은지 확인하세요.`);
    }
    const sheets = wb.SheetNames;
    const name = opts.sheet && sheets.includes(opts.sheet) ? opts.sheet : sheets[0];
    if (!name) throw new UnsupportedFileError(`'${fileName}'에 시트가 없습니다.`);
    return { kind: ext === 'xls' ? 'xls' : 'xlsx', encoding: null, detected: null, sheets, sheet: name, rows: sheetRows(XLSX, wb.Sheets[name]) };
  }
  throw new UnsupportedFileError(`'${fileName}'은(는) 읽을 수 없는 형식입니다. .csv, .tsv, .txt, .xlsx, .xls 파일을 올리세요.`);
}
