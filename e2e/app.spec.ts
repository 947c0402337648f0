import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, saveSandboxProfile, screenshot, test } from './fixtures';

const screens = ['orders', 'invoices', 'products', 'coupons', 'returns', 'inquiries', 'settlement', 'settings'] as const;

test('opens in demo mode on the sandbox and shows every screen', async ({ app }) => {
  await expect(app.getByTestId('mode-badge')).toHaveText(/SANDBOX/);
  await expect(app.getByTestId('status-bar')).toContainText('데모');
  await expect(app.getByTestId('rate-meter')).toBeVisible();
  await expect(app.getByTestId('last-sync')).toBeVisible();
  for (const screen of screens) {
    await app.getByTestId(`nav-${screen}`).click();
    await expect(app.getByTestId(`screen-${screen}`)).toBeVisible();
    await screenshot(app, `screen-${screen}`);
  }
});

test('switches to English and remembers the choice', async ({ app }) => {
  await expect(app.getByTestId('nav-orders')).toContainText('주문');
  await app.getByTestId('locale-switch').selectOption('en');
  await expect(app.getByTestId('nav-orders')).toContainText('Orders');
  await app.reload();
  await expect(app.getByTestId('nav-orders')).toContainText('Orders');
  await expect(app.getByTestId('nav-settings')).toContainText('Settings');
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test('a sandbox profile passes the connection test and its secret never leaves the keychain', async ({ app, sandbox, host, rpcBodies }) => {
  await saveSandboxProfile(app, sandbox, '샌드박스 본점');
  const row = app.locator('[data-testid^="profile-row-"]').filter({ hasText: '샌드박스 본점' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Secret Key 저장됨');
  await expect(app.getByTestId('profile-secretKey')).toHaveValue('');
  await row.getByTestId('profile-test').click();
  const result = app.getByTestId('connection-result');
  await expect(result).toContainText('연결 성공');
  await expect(result).toContainText(sandbox.vendorId);
  await screenshot(app, 'settings-connection-ok');

  // The secret is in no IPC response, no renderer storage, no log and no SQLite file.
  const secret = sandbox.secretKey;
  expect(rpcBodies.length).toBeGreaterThan(3);
  expect(rpcBodies.filter((b) => b.includes(secret))).toEqual([]);
  const storage = await app.evaluate(async () => {
    const dump: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie];
    const dbs = (await indexedDB.databases?.()) ?? [];
    dump.push(JSON.stringify(dbs));
    return dump.join('\n');
  });
  expect(storage).not.toContain(secret);
  const files = filesUnder(host.dataDir);
  expect(files.some((f) => f.endsWith('wingdesk.sqlite'))).toBe(true);
  expect(files.some((f) => f.endsWith('wingdesk.log'))).toBe(true);
  for (const f of files) expect(readFileSync(f).includes(Buffer.from(secret)), f).toBe(false);
});

test('a wrong secret gets the 401 explanation', async ({ app, sandbox }) => {
  await saveSandboxProfile(app, { ...sandbox, secretKey: 'wrong-secret-0000000000000000000000000000' }, '틀린 키');
  const row = app.locator('[data-testid^="profile-row-"]').filter({ hasText: '틀린 키' });
  await row.getByTestId('profile-test').click();
  const result = app.getByTestId('connection-result');
  await expect(result).toContainText('인증 실패');
  await expect(result).toContainText('401');
  await expect(result).toContainText('Invalid signature.');
  await screenshot(app, 'settings-connection-401');
});

test('the browser host refuses calls without the token, with a foreign Origin or a foreign Host', async ({ app, host, playwright }) => {
  const api = await playwright.request.newContext();
  const token = await app.evaluate(() => sessionStorage.getItem('wingdesk.hostToken'));
  expect(token).toBeTruthy();
  const noToken = await api.post(`${host.origin}/rpc/settings.get`, { data: {} });
  expect(noToken.status()).toBe(401);
  const foreign = await api.post(`${host.origin}/rpc/settings.get`, { data: {}, headers: { 'X-Wingdesk-Token': token!, Origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);
  const rebinding = await api.post(`${host.origin}/rpc/settings.get`, { data: {}, headers: { 'X-Wingdesk-Token': token!, Host: 'evil.example' } });
  expect(rebinding.status()).toBe(421);
  const good = await api.post(`${host.origin}/rpc/settings.get`, { data: {}, headers: { 'X-Wingdesk-Token': token!, Origin: host.origin } });
  expect(await good.json()).toEqual({ ok: true, data: { locale: 'ko' } });
  const malformed = await api.post(`${host.origin}/rpc/settings.setLocale`, { data: { locale: 'xx' }, headers: { 'X-Wingdesk-Token': token! } });
  expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  await api.dispose();
});
