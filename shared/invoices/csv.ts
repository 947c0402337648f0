// A small, fast delimited-text reader (RFC 4180 quoting, CRLF/LF/CR line ends, "" escapes).
// The delimiter is guessed from the first line: comma, tab, semicolon or pipe.
export type Delimiter = ',' | '\t' | ';' | '|';

export function detectDelimiter(text: string): Delimiter {
  const end = text.search(/\r|\n/);
  const line = end < 0 ? text : text.slice(0, end);
  const counts: Record<Delimiter, number> = { ',': 0, '\t': 0, ';': 0, '|': 0 };
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c as Delimiter]++;
  }
  let best: Delimiter = ',';
  for (const d of ['\t', ';', '|'] as Delimiter[]) if (counts[d] > counts[best]) best = d;
  return best;
}

/** Every line as an array of cells; a trailing empty line is dropped. */
export function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  const dc = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Quoted cell.
      let value = '';
      let start = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          value += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(start, q + 1);
          i = start = q + 2;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept (lenient, like Excel).
      let j = i;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj === dc || cj === 10 || cj === 13) break;
        j++;
      }
      if (j > i) value += text.slice(i, j);
      row.push(value);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj === dc || cj === 10 || cj === 13) break;
        j++;
      }
      row.push(text.slice(i, j));
      i = j;
    }
    if (i >= n) break;
    c = text.charCodeAt(i);
    if (c === dc) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    // Line end.
    rows.push(row);
    row = [];
    if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else i++;
  }
  if (row.length) rows.push(row);
  return rows;
}
