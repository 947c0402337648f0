import { describe, expect, it } from 'vitest';
import { charCount, checkAnswer, fillTemplate, formatLeftKo, msLeft, normalizeAnswer } from './rules';

describe('answers (rule 89)', () => {
  it('sends only LF line breaks and no control characters', () => {
    expect(normalizeAnswer('안녕하세요\r\n오늘\r출고\t합니다\u0007  \n\n')).toBe('안녕하세요\n오늘\n출고 합니다');
    expect(JSON.stringify({ content: normalizeAnswer('a\r\nb') })).toBe('{"content":"a\\nb"}');
  });

  it('counts characters as people do and checks 2..1000', () => {
    expect(charCount('👍👍')).toBe(2);
    expect(checkAnswer('').issue).toBe('empty');
    expect(checkAnswer(' 네 ').issue).toBe('tooShort');
    expect(checkAnswer('네네').issue).toBeNull();
    expect(checkAnswer('가'.repeat(1000)).issue).toBeNull();
    expect(checkAnswer('가'.repeat(1001)).issue).toBe('tooLong');
    expect(checkAnswer('a\r\nb\r\nc')).toMatchObject({ text: 'a\nb\nc', chars: 5, lines: 3 });
  });

  it('fills templates', () => {
    expect(fillTemplate('{상품명} {옵션} 주문 {주문번호} {상품명}', { productName: '스퀴시', optionName: '딸기향', orderId: '123' })).toBe('스퀴시 딸기향 주문 123 스퀴시');
    expect(fillTemplate('{옵션}', {})).toBe('');
  });
});

describe('time left before the 24-hour mark', () => {
  it('formats hours and minutes, and 마감 once passed', () => {
    const now = new Date('2026-11-20T03:00:00Z');
    expect(msLeft('2026-11-20T12:30:00+09:00', now)).toBe(30 * 60_000);
    expect(formatLeftKo(30 * 60_000)).toBe('30분');
    expect(formatLeftKo(3 * 3_600_000 + 12 * 60_000)).toBe('3시간 12분');
    expect(formatLeftKo(5 * 3_600_000)).toBe('5시간');
    expect(formatLeftKo(-1)).toBe('마감');
    expect(msLeft(null, now)).toBeNull();
  });
});
