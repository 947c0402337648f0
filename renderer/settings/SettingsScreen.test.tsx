// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionOutcome, ProfileView } from '../../shared/ipc/contract';
import { createFakeBridge, profile, type FakeBridge } from '../test/fakeBridge';
import { renderWithProviders } from '../test/render';
import { SettingsScreen } from './SettingsScreen';

afterEach(() => cleanup());

const SECRET = 'sk-TOP-SECRET-0123456789';

async function renderSettings(fake: FakeBridge = createFakeBridge()) {
  const r = renderWithProviders(<SettingsScreen />, fake);
  await waitFor(() => expect(fake.callsTo('profilesList').length).toBeGreaterThan(0));
  await waitFor(() => expect(screen.queryByText('불러오는 중…')).toBeNull());
  return r;
}

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

function fillValid() {
  type('profile-name', '  본점  ');
  type('profile-vendorId', 'A00012345');
  type('profile-accessKey', 'ak-0123456789');
  type('profile-secretKey', SECRET);
  type('profile-keyIssuedAt', '2025-02-01');
}

/** Everything a user or a screenshot could see, plus what sits in form fields. */
function everythingVisible(): string {
  const values = Array.from(document.querySelectorAll('input')).map((i) => i.value);
  return document.body.innerHTML + '\n' + values.join('\n');
}

describe('profile form', () => {
  it('shows the contract’s Korean errors next to each field and sends nothing', async () => {
    const fake = createFakeBridge();
    await renderSettings(fake);
    type('profile-keyIssuedAt', '');
    fireEvent.click(screen.getByTestId('profile-save'));

    expect(screen.getByTestId('profile-name-error').textContent).toBe('프로필 이름을 입력하세요.');
    expect(screen.getByTestId('profile-vendorId-error').textContent).toBe('vendorId는 A00012345처럼 A 또는 C로 시작하는 업체코드입니다.');
    expect(screen.getByTestId('profile-accessKey-error').textContent).toBe('Access Key를 입력하세요.');
    expect(screen.getByTestId('profile-secretKey-error').textContent).toBe('Secret Key를 입력하세요.');
    expect(screen.getByTestId('profile-keyIssuedAt-error').textContent).toBe('키 발급일은 YYYY-MM-DD 형식입니다.');
    // Errors are tied to their inputs for screen readers.
    expect(screen.getByTestId('profile-name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('profile-name').getAttribute('aria-describedby')).toContain('profile-name-error');
    expect(fake.callsTo('profilesSave')).toEqual([]);
  });

  it('rejects a bad proxy and a sandbox address that is not http(s)', async () => {
    const fake = createFakeBridge();
    await renderSettings(fake);
    fillValid();
    type('profile-vendorId', 'B123');
    type('profile-proxyUrl', 'ftp://proxy.example:21');
    fireEvent.click(screen.getByTestId('profile-baseUrlKind-sandbox'));
    type('profile-baseUrl', 'javascript:alert(1)');
    fireEvent.click(screen.getByTestId('profile-save'));

    expect(screen.getByTestId('profile-vendorId-error').textContent).toContain('A 또는 C로 시작하는 업체코드');
    expect(screen.getByTestId('profile-proxyUrl-error').textContent).toBe('프록시는 http://, https:// 또는 socks5:// 주소입니다.');
    expect(screen.getByTestId('profile-baseUrl-error').textContent).toContain('http:// 또는 https://');
    expect(fake.callsTo('profilesSave')).toEqual([]);
  });

  it('sends exactly the contract request, then forgets the secret', async () => {
    const fake = createFakeBridge();
    await renderSettings(fake);
    fillValid();
    type('profile-proxyUrl', 'socks5://10.0.0.2:1080');
    expect((screen.getByTestId('profile-secretKey') as HTMLInputElement).type).toBe('password');
    fireEvent.click(screen.getByTestId('profile-save'));

    await waitFor(() => expect(fake.callsTo('profilesSave')).toHaveLength(1));
    expect(fake.callsTo('profilesSave')[0]).toEqual({
      name: '본점',
      vendorId: 'A00012345',
      accessKey: 'ak-0123456789',
      secretKey: SECRET,
      keyIssuedAt: '2025-02-01',
      baseUrlKind: 'live',
      proxyUrl: 'socks5://10.0.0.2:1080',
    });
    // Cleared as soon as it was handed over, not only after the answer.
    expect((screen.getByTestId('profile-secretKey') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(screen.getByTestId('profile-saved')).toBeTruthy());

    const row = await screen.findByTestId('profile-row-p100');
    expect(within(row).getByTestId('profile-secret').textContent).toBe('Secret Key 저장됨 (OS 키체인)');
    expect(within(row).getByTestId('profile-server').textContent).toBe('실서버 LIVE');
    expect(everythingVisible()).not.toContain(SECRET);
  });

  it('never renders a secret even if one slipped into a response', async () => {
    const leaky = { ...profile({ id: 'p1', active: true }), secretKey: SECRET } as ProfileView;
    await renderSettings(createFakeBridge({ profiles: [leaky] }));
    await screen.findByTestId('profile-row-p1');
    expect(everythingVisible()).not.toContain(SECRET);
    fireEvent.click(screen.getByTestId('profile-edit'));
    expect(screen.getByTestId('profile-form').getAttribute('data-mode')).toBe('edit');
    expect((screen.getByTestId('profile-secretKey') as HTMLInputElement).value).toBe('');
    expect(everythingVisible()).not.toContain(SECRET);
  });

  it('on edit, a blank secret keeps the stored one (secretKey left out of the request)', async () => {
    const fake = createFakeBridge({ profiles: [profile({ id: 'p1', baseUrlKind: 'sandbox', baseUrl: 'http://127.0.0.1:4010' })] });
    await renderSettings(fake);
    fireEvent.click(await screen.findByTestId('profile-edit'));
    expect((screen.getByTestId('profile-baseUrl') as HTMLInputElement).value).toBe('http://127.0.0.1:4010');
    type('profile-name', '본점 샌드박스');
    fireEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(fake.callsTo('profilesSave')).toHaveLength(1));
    const sent = fake.callsTo('profilesSave')[0] as Record<string, unknown>;
    expect(sent).toMatchObject({ id: 'p1', name: '본점 샌드박스', baseUrlKind: 'sandbox', baseUrl: 'http://127.0.0.1:4010', proxyUrl: null });
    expect('secretKey' in sent).toBe(false);
    await waitFor(() => expect(screen.getByTestId('profile-form').getAttribute('data-mode')).toBe('create'));
  });

  it('shows field errors in English when English is chosen', async () => {
    const { i18n } = await renderSettings();
    await i18n.changeLanguage('en');
    fireEvent.click(await screen.findByTestId('profile-save'));
    expect(screen.getByTestId('profile-vendorId-error').textContent).toContain('starts with A or C');
  });
});

describe('keychain', () => {
  it('shows the main process’s reason, and saving then shows its error', async () => {
    const reasonKo = '이 컴퓨터에서 OS 키체인(libsecret)을 찾을 수 없습니다.';
    const fake = createFakeBridge({
      keychain: { available: false, reasonKo },
      saveError: { code: 'KEYCHAIN_UNAVAILABLE', messageKo: 'OS 키체인을 쓸 수 없어 Secret Key를 저장하지 않았습니다.' },
    });
    await renderSettings(fake);
    const banner = await screen.findByTestId('keychain-banner');
    expect(screen.getByTestId('keychain-reason').textContent).toBe(reasonKo);
    expect(banner.textContent).toContain('평문으로 저장하지 않습니다');

    fillValid();
    fireEvent.click(screen.getByTestId('profile-save'));
    const error = await screen.findByTestId('profile-save-error');
    expect(error.textContent).toContain('OS 키체인을 쓸 수 없어 Secret Key를 저장하지 않았습니다.');
    expect(error.getAttribute('data-code')).toBe('KEYCHAIN_UNAVAILABLE');
    expect(everythingVisible()).not.toContain(SECRET);
  });

  it('stays quiet when the keychain works', async () => {
    const fake = createFakeBridge();
    await renderSettings(fake);
    await waitFor(() => expect(fake.callsTo('keychainStatus').length).toBe(1));
    expect(screen.queryByTestId('keychain-banner')).toBeNull();
  });
});

describe('profiles list', () => {
  it('shows expiry countdowns with a warning from 14 days and "만료됨" at 0', async () => {
    await renderSettings(
      createFakeBridge({
        profiles: [
          profile({ id: 'a', keyDaysLeft: 100, active: true }),
          profile({ id: 'b', keyDaysLeft: 14 }),
          profile({ id: 'c', keyDaysLeft: 0 }),
        ],
      }),
    );
    const expiry = (id: string) => within(screen.getByTestId(`profile-row-${id}`)).getByTestId('profile-expiry');
    await screen.findByTestId('profile-row-a');
    expect(expiry('a').textContent).toContain('만료까지 100일');
    expect(expiry('a').getAttribute('data-tone')).toBe('neutral');
    expect(expiry('b').textContent).toContain('만료까지 14일');
    expect(expiry('b').getAttribute('data-tone')).toBe('warn');
    expect(expiry('c').textContent).toContain('만료됨');
    expect(expiry('c').getAttribute('data-tone')).toBe('danger');
    expect(within(screen.getByTestId('profile-row-a')).getByTestId('profile-active')).toBeTruthy();
    expect(screen.queryByTestId('demo-notice')).toBeNull();
  });

  it('activates, and deletes only after confirmation', async () => {
    const fake = createFakeBridge({ profiles: [profile({ id: 'p1' }), profile({ id: 'p2', name: '2호점' })] });
    await renderSettings(fake);
    const row2 = await screen.findByTestId('profile-row-p2');
    fireEvent.click(within(row2).getByTestId('profile-activate'));
    await waitFor(() => expect(fake.callsTo('profilesActivate')).toEqual([{ id: 'p2' }]));
    await waitFor(() => expect(screen.getByTestId('profile-row-p2').getAttribute('data-active')).toBe('true'));

    fireEvent.click(within(screen.getByTestId('profile-row-p1')).getByTestId('profile-delete'));
    expect(fake.callsTo('profilesDelete')).toEqual([]);
    fireEvent.click(screen.getByTestId('profile-delete-cancel'));
    fireEvent.click(within(screen.getByTestId('profile-row-p1')).getByTestId('profile-delete'));
    fireEvent.click(screen.getByTestId('profile-delete-confirm'));
    await waitFor(() => expect(fake.callsTo('profilesDelete')).toEqual([{ id: 'p1' }]));
    await waitFor(() => expect(screen.queryByTestId('profile-row-p1')).toBeNull());
  });
});

describe('demo mode', () => {
  it('explains the built-in sandbox and leads to the form', async () => {
    await renderSettings(createFakeBridge({ profiles: [] }));
    const notice = await screen.findByTestId('demo-notice');
    expect(notice.textContent).toContain('데모 업체');
    fireEvent.click(screen.getByTestId('demo-create-profile'));
    expect(document.activeElement).toBe(screen.getByTestId('profile-name'));
  });
});

describe('connection test', () => {
  const authFailure: ConnectionOutcome = {
    ok: false,
    kind: 'auth',
    httpStatus: 401,
    coupangMessage: 'Invalid signature.',
    titleKo: '인증에 실패했습니다 (서명 불일치)',
    explanationKo: 'Secret Key가 틀렸거나 이 컴퓨터의 시계가 5분 이상 어긋나 HMAC 서명이 맞지 않습니다.',
    fixKo: 'Wing에서 Secret Key를 다시 복사해 저장하고, 컴퓨터 시계를 인터넷 시간과 맞추세요.',
    egressIp: '198.51.100.23',
    latencyMs: 143.6,
  };

  it('explains an auth failure with Coupang’s message verbatim', async () => {
    const fake = createFakeBridge({ profiles: [profile({ id: 'p1', name: '본점', active: true })], connection: authFailure });
    await renderSettings(fake);
    fireEvent.click(await screen.findByTestId('profile-test'));
    const panel = await screen.findByTestId('connection-result');
    expect(fake.callsTo('profilesTestConnection')).toEqual([{ id: 'p1' }]);
    expect(panel.getAttribute('data-ok')).toBe('false');
    expect(panel.getAttribute('data-kind')).toBe('auth');
    expect(panel.className).toContain('panel--danger');
    expect(screen.getByTestId('connection-title').textContent).toBe(authFailure.titleKo);
    expect(screen.getByTestId('connection-explanation').textContent).toBe(authFailure.explanationKo);
    expect(screen.getByTestId('connection-fix').textContent).toBe(authFailure.fixKo);
    expect(screen.getByTestId('connection-http-status').textContent).toBe('401');
    expect(screen.getByTestId('connection-coupang-message').textContent).toBe('Invalid signature.');
    expect(screen.getByTestId('connection-latency').textContent).toBe('144ms');
    expect(screen.getByTestId('connection-egress-ip').textContent).toBe('198.51.100.23');
    expect(panel.textContent).toContain('본점');
  });

  it('shows success in green, and the Wing hint for a blocked IP', async () => {
    const fake = createFakeBridge({ profiles: [profile({ id: 'p1' })] });
    await renderSettings(fake);
    fireEvent.click(await screen.findByTestId('profile-test'));
    const ok = await screen.findByTestId('connection-result');
    expect(ok.getAttribute('data-ok')).toBe('true');
    expect(ok.className).toContain('panel--ok');

    fake.state.connection = { ...authFailure, kind: 'ip-not-allowed', httpStatus: 403, titleKo: '허용되지 않은 IP입니다', coupangMessage: 'IP not allowed' };
    fireEvent.click(screen.getByTestId('profile-test'));
    await waitFor(() => expect(screen.getByTestId('connection-result').getAttribute('data-kind')).toBe('ip-not-allowed'));
    expect(screen.getByTestId('connection-result').textContent).toContain('최대 10개');
  });

  it('checks the public IP and tells where to register it', async () => {
    const fake = createFakeBridge({ egress: { ip: '203.0.113.9', via: 'proxy', errorKo: null } });
    await renderSettings(fake);
    fireEvent.click(screen.getByTestId('egress-ip-check'));
    const result = await screen.findByTestId('egress-ip-result');
    expect(result.textContent).toContain('203.0.113.9');
    expect(result.textContent).toContain('프록시 경유');
    expect(fake.callsTo('networkEgressIp')).toEqual([{ id: null }]);
    const hint = screen.getByTestId('egress-ip-hint').textContent!;
    expect(hint).toContain('OPEN API 키 연동정보');
    expect(hint).toContain('자체개발');
    expect(hint).toContain('30분');
  });
});
