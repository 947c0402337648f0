// Text encodings of the files sellers drop: courier programs and old Excel save CP949 (EUC-KR),
// newer tools UTF-8 with or without a BOM, Excel's "유니코드 텍스트" UTF-16LE. Detection is
// automatic; the preview shows what was detected and the seller can switch.
export const ENCODINGS = ['utf-8', 'cp949', 'utf-16le'] as const;
export type TextEncodingName = (typeof ENCODINGS)[number];
export type DetectedEncoding = 'utf-8-bom' | 'utf-8' | 'cp949' | 'utf-16le';

export const ENCODING_LABEL_KO: Record<DetectedEncoding | TextEncodingName, string> = {
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-8': 'UTF-8',
  cp949: 'CP949 (EUC-KR)',
  'utf-16le': 'UTF-16LE',
};

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function hasUtf16LeBom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
}

/** True when the bytes are well-formed UTF-8 (pure ASCII included). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** BOM first; otherwise valid UTF-8 is UTF-8 and anything else is taken as CP949. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (hasUtf8Bom(bytes)) return 'utf-8-bom';
  if (hasUtf16LeBom(bytes)) return 'utf-16le';
  // UTF-16 without BOM: many NUL bytes at odd positions.
  let nulOdd = 0;
  const probe = Math.min(bytes.length, 400);
  for (let i = 1; i < probe; i += 2) if (bytes[i] === 0) nulOdd++;
  if (probe > 8 && nulOdd > probe / 4) return 'utf-16le';
  return isValidUtf8(bytes) ? 'utf-8' : 'cp949';
}

export function baseEncoding(e: DetectedEncoding | TextEncodingName): TextEncodingName {
  return e === 'utf-8-bom' ? 'utf-8' : e;
}

/** Decodes with the WHATWG decoders (the 'euc-kr' label is Windows-949, the superset sellers' files use). */
export function decodeText(bytes: Uint8Array, encoding: DetectedEncoding | TextEncodingName): string {
  const enc = baseEncoding(encoding);
  const label = enc === 'cp949' ? 'euc-kr' : enc;
  const text = new TextDecoder(label).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
