// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStatus } from '../../shared/ipc/contract';
import { createFakeBridge, demoStatus } from '../test/fakeBridge';
import { renderWithProviders } from '../test/render';
import { StatusBar } from './StatusBar';

afterEach(() => cleanup());

const live: AppStatus = {
  mode: 'LIVE',
  demo: false,
  profileName: '본점 실서버',
  vendorId: 'A00012345',
  requestsLastSecond: 6,
  rateLimit: 8,
  paused: false,
  pausedReasonKo: null,
  lastSyncAt: '2025-03-01T04:05:06Z',
  keyDaysLeft: 90,
};

async function renderStatus(status: AppStatus) {
  const fake = createFakeBridge({ status });
  renderWithProviders(<StatusBar />, fake);
  await waitFor(() => expect(screen.getByTestId('mode-badge')).toBeTruthy());
  return fake;
}

describe('status bar', () => {
  it('shows a SANDBOX badge, the demo mark and "동기화 전" for the built-in demo', async () => {
    await renderStatus(demoStatus);
    const badge = screen.getByTestId('mode-badge');
    expect(badge.textContent).toBe('SANDBOX');
    expect(badge.getAttribute('data-tone')).toBe('sandbox');
    expect(screen.getByTestId('demo-badge').textContent).toBe('데모');
    expect(screen.getByTestId('last-sync').textContent).toContain('동기화 전');
    expect(screen.queryByTestId('key-expiry-warning')).toBeNull();
  });

  it('shows a LIVE badge with the profile, the rate meter and the last sync in KST', async () => {
    await renderStatus(live);
    const badge = screen.getByTestId('mode-badge');
    expect(badge.textContent).toBe('LIVE');
    expect(badge.getAttribute('data-tone')).toBe('live');
    expect(screen.queryByTestId('demo-badge')).toBeNull();
    expect(screen.getByTestId('status-profile').textContent).toContain('본점 실서버');
    expect(screen.getByTestId('status-profile').textContent).toContain('A00012345');
    expect(screen.getByTestId('rate-meter').textContent).toContain('6 / 8 req/s');
    // 04:05:06 UTC is 13:05:06 in Seoul, whatever the test machine's zone.
    expect(screen.getByTestId('last-sync').textContent).toContain('2025-03-01 13:05:06 KST');
  });

  it('warns with the Korean reason when requests are paused', async () => {
    await renderStatus({ ...live, paused: true, pausedReasonKo: '쿠팡이 429를 보내 30초 동안 멈춥니다.' });
    expect(screen.getByTestId('rate-meter').getAttribute('data-paused')).toBe('true');
    expect(screen.getByTestId('rate-paused').textContent).toContain('쿠팡이 429를 보내 30초 동안 멈춥니다.');
  });

  it('warns about the key from 14 days before expiry, and once it has expired', async () => {
    await renderStatus({ ...live, keyDaysLeft: 14 });
    expect(screen.getByTestId('key-expiry-warning').textContent).toContain('14일');
    cleanup();
    await renderStatus({ ...live, keyDaysLeft: 15 });
    expect(screen.queryByTestId('key-expiry-warning')).toBeNull();
    cleanup();
    await renderStatus({ ...live, keyDaysLeft: 0 });
    expect(screen.getByTestId('key-expiry-warning').textContent).toContain('만료되었습니다');
  });

  it('polls app.status every second', async () => {
    const fake = await renderStatus(demoStatus);
    const first = fake.callsTo('appStatus').length;
    fake.state.status = live;
    await waitFor(() => expect(screen.getByTestId('mode-badge').textContent).toBe('LIVE'), { timeout: 2500 });
    expect(fake.callsTo('appStatus').length).toBeGreaterThan(first);
  });
});
