// A dropped text file → decoded text → rows of cells, with the encoding that was used.
import { parseDelimited } from './csv';
import { decodeText, detectEncoding, type DetectedEncoding, type TextEncodingName } from './encoding';

export const TEXT_EXTENSIONS = ['csv', 'tsv', 'txt'] as const;
export const EXCEL_EXTENSIONS = ['xlsx', 'xls'] as const;
export const ACCEPTED_EXTENSIONS = [...TEXT_EXTENSIONS, ...EXCEL_EXTENSIONS] as const;

export function extensionOf(fileName: string): string {
  const m = /\.([^.]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

export interface TextTable {
  encoding: DetectedEncoding;
  detected: DetectedEncoding;
  rows: string[][];
}

/** `encoding` 'auto' (default) detects; anything else is the seller's choice. */
export function readTextTable(bytes: Uint8Array, fileName: string, encoding: 'auto' | TextEncodingName = 'auto'): TextTable {
  const detected = detectEncoding(bytes);
  const used: DetectedEncoding = encoding === 'auto' ? detected : encoding === 'utf-8' && detected === 'utf-8-bom' ? 'utf-8-bom' : encoding;
  const text = decodeText(bytes, used);
  const rows = extensionOf(fileName) === 'tsv' ? parseDelimited(text, '\t') : parseDelimited(text);
  return { encoding: used, detected, rows };
}
