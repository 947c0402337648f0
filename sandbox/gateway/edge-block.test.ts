import { describe, expect, it } from 'vitest';
import { accessDeniedPage, EdgeBlocker } from './edge-block';

describe('EdgeBlocker', () => {
  it('blocks after N errors in a second, for blockSeconds, ignoring successes', () => {
    let t = 0;
    const edge = new EdgeBlocker({ errorsPerSecond: 3, blockSeconds: 2 }, () => t);
    edge.record('A1', 200);
    edge.record('A1', 401);
    edge.record('A1', 404);
    expect(edge.isBlocked('A1')).toBe(false);
    edge.record('A1', 500);
    expect(edge.isBlocked('A1')).toBe(true);
    expect(edge.isBlocked('B2')).toBe(false);
    t = 2000;
    expect(edge.isBlocked('A1')).toBe(false);
  });

  it('does nothing while off, and errors spread over time do not add up', () => {
    let t = 0;
    const off = new EdgeBlocker({ errorsPerSecond: null, blockSeconds: 2 }, () => t);
    for (let i = 0; i < 100; i++) off.record('A1', 500);
    expect(off.isBlocked('A1')).toBe(false);
    const edge = new EdgeBlocker({ errorsPerSecond: 2, blockSeconds: 2 }, () => t);
    edge.record('A1', 500);
    t = 1500;
    edge.record('A1', 500);
    expect(edge.isBlocked('A1')).toBe(false);
  });

  it('renders the FAQ page', () => {
    const page = accessDeniedPage('http://api-gateway.coupang.com/v2/x', Date.UTC(2023, 10, 28));
    expect(page.status).toBe(403);
    expect(page.text).toMatch(/^<HTML><HEAD>\n<TITLE>Access Denied<\/TITLE>\n<\/HEAD><BODY>\n<H1>Access Denied<\/H1>\n \nYou don't have permission to access "http:\/\/api-gateway\.coupang\.com\/v2\/x" on this server\.<P>\nReference #18\.[0-9a-f]{8}\.1701129600\.[0-9a-f]{8}\n<\/BODY>\n<\/HTML>\n$/);
  });
});
