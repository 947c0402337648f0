// What an answer to a customer inquiry may be (cs.json, rules-orders.md 89-93), shared by the
// screen (live counter, warnings), the service (last check before sending) and the CLI.

/** Newest glossary: answers are 2 to 1,000 characters. */
export const ANSWER_MIN_CHARS = 2;
export const ANSWER_MAX_CHARS = 1000;
/** Rules 92-93: an unanswered transfer is answered by Coupang, an unconfirmed one closed, 24 h after the transfer. */
export const AUTO_CLOSE_HOURS = 24;
/** Inquiry lists: at most 7 days per call. */
export const INQUIRY_WINDOW_DAYS = 7;
/** The app fetches the last INQUIRY_WINDOW_DAYS on its own: shortly after start, then this often. */
export const INQUIRIES_REFRESH = { firstDelayMs: 20_000, intervalMs: 5 * 60_000 };
/** Call-center list: 30 per page (2019 doc max); product list: max 50. */
export const CALL_CENTER_PAGE_SIZE = 30;
export const PRODUCT_PAGE_SIZE = 50;

/** Characters as a person counts them: code points, so an emoji is one. */
export function charCount(text: string): number {
  return [...text].length;
}

/**
 * Makes typed or pasted text safe to send: CRLF and CR become LF (the only line break Coupang
 * supports, rule 89), tabs become spaces, other control characters and trailing spaces at line
 * ends are dropped, and leading/trailing blanks go. JSON.stringify escapes the LFs.
 */
export function normalizeAnswer(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/g, '')
    .replace(/[ \u00A0]+$/gm, '')
    .trim();
}

export type AnswerIssue = 'empty' | 'tooShort' | 'tooLong';

export interface AnswerCheck {
  text: string;
  chars: number;
  lines: number;
  issue: AnswerIssue | null;
}

export function checkAnswer(raw: string): AnswerCheck {
  const text = normalizeAnswer(raw);
  const chars = charCount(text);
  const issue: AnswerIssue | null = chars === 0 ? 'empty' : chars < ANSWER_MIN_CHARS ? 'tooShort' : chars > ANSWER_MAX_CHARS ? 'tooLong' : null;
  return { text, chars, lines: text === '' ? 0 : text.split('\n').length, issue };
}

export const ANSWER_ISSUE_KO: Record<AnswerIssue, string> = {
  empty: '답변 내용을 입력하세요.',
  tooShort: `답변은 ${ANSWER_MIN_CHARS}자 이상이어야 합니다.`,
  tooLong: `답변은 ${ANSWER_MAX_CHARS}자까지 보낼 수 있습니다.`,
};

export interface TemplateValues {
  productName?: string | null;
  optionName?: string | null;
  orderId?: string | null;
}

/** Fills `{상품명}`, `{옵션}`, `{주문번호}` in a saved answer template; unknown values become ''. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template
    .replace(/\{상품명\}/g, values.productName ?? '')
    .replace(/\{옵션\}/g, values.optionName ?? '')
    .replace(/\{주문번호\}/g, values.orderId ?? '');
}

/** Milliseconds left before `deadlineIso` (negative once passed), or null without a deadline. */
export function msLeft(deadlineIso: string | null, now: Date = new Date()): number | null {
  if (!deadlineIso) return null;
  const t = Date.parse(deadlineIso);
  return Number.isNaN(t) ? null : t - now.getTime();
}

/** '3시간 12분', '45분', '마감' — how long an open transfer has before Coupang closes it. */
export function formatLeftKo(ms: number | null): string {
  if (ms === null) return '';
  if (ms <= 0) return '마감';
  const minutes = Math.floor(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${Math.max(1, m)}분`;
  return m === 0 ? `${h}시간` : `${h}시간 ${m}분`;
}
