// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, functionName, type WingdeskBridge } from '../shared/ipc/contract';
import { BridgeError, captureHostToken, createApi, createHttpBridge, resolveBridge, TOKEN_STORAGE_KEY } from './bridge';
import { createFakeBridge, demoStatus, profile } from './test/fakeBridge';

interface Sent {
  url: string;
  init: RequestInit;
}

function fakeFetch(reply: (url: string) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return reply(url);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  sessionStorage.clear();
  delete window.wingdesk;
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('host token', () => {
  it('moves the token from the address bar into sessionStorage, keeping the rest of the URL', () => {
    window.history.replaceState(null, '', '/?token=t0k3n&lang=ko#/settings');
    expect(captureHostToken()).toBe('t0k3n');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('t0k3n');
    expect(window.location.search).toBe('?lang=ko');
    expect(window.location.hash).toBe('#/settings');
    expect(window.location.href).not.toContain('t0k3n');
  });

  it('finds it again in sessionStorage after a reload without it in the URL', () => {
    window.history.replaceState(null, '', '/?token=abc');
    captureHostToken();
    window.history.replaceState(null, '', '/#/orders');
    expect(captureHostToken()).toBe('abc');
  });

  it('prefers a new token in the URL (a restarted host) over the stored one', () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, 'old');
    window.history.replaceState(null, '', '/?token=new');
    expect(captureHostToken()).toBe('new');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('uses the preload bridge when there is one and leaves the URL alone', () => {
    const { bridge } = createFakeBridge();
    window.wingdesk = bridge;
    window.history.replaceState(null, '', '/?token=zzz');
    expect(resolveBridge()).toBe(bridge);
    expect(window.location.search).toBe('?token=zzz');
  });
});

describe('HTTP bridge', () => {
  it('has one function per channel, named like the preload', () => {
    const bridge = createHttpBridge({ token: 't' });
    expect(Object.keys(bridge).sort()).toEqual(channels.map((c) => functionName(c)).sort());
  });

  it('posts JSON to /rpc/<channel> with the token header and returns the envelope as is', async () => {
    const { fetch, sent } = fakeFetch(() => json({ ok: true, data: { ok: true } }));
    const bridge = createHttpBridge({ token: 'secret-host-token', fetch });
    const envelope = await bridge.profilesActivate({ id: 'p1' });
    expect(envelope).toEqual({ ok: true, data: { ok: true } });
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/rpc/profiles.activate');
    expect(sent[0].init.method).toBe('POST');
    expect(sent[0].init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Wingdesk-Token': 'secret-host-token' });
    expect(JSON.parse(sent[0].init.body as string)).toEqual({ id: 'p1' });
  });

  it('passes error envelopes through even with a non-2xx status', async () => {
    const error = { code: 'INVALID_PAYLOAD', messageKo: '요청 형식이 잘못되었습니다.', details: [{ path: ['vendorId'] }] };
    const { fetch } = fakeFetch(() => json({ ok: false, error }, 400));
    const envelope = await createHttpBridge({ token: 't', fetch }).profilesSave({} as never);
    expect(envelope).toEqual({ ok: false, error });
  });

  it('turns transport failures into Korean error envelopes', async () => {
    const down = createHttpBridge({ token: 't', fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch });
    expect(await down.appStatus({})).toMatchObject({ ok: false, error: { code: 'HOST_UNREACHABLE' } });

    const forbidden = createHttpBridge({ token: 'wrong', fetch: fakeFetch(() => new Response('no', { status: 403 })).fetch });
    expect(await forbidden.appStatus({})).toMatchObject({ ok: false, error: { code: 'HOST_FORBIDDEN' } });

    const html = createHttpBridge({ token: 't', fetch: fakeFetch(() => new Response('<html>', { status: 200 })).fetch });
    expect(await html.appStatus({})).toMatchObject({ ok: false, error: { code: 'INVALID_RESPONSE' } });
  });

  it('does not call the host at all without a token', async () => {
    const { fetch, sent } = fakeFetch(() => json({ ok: true, data: {} }));
    const envelope = await createHttpBridge({ token: null, fetch }).settingsGet({});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'NO_TOKEN' } });
    expect(sent).toHaveLength(0);
  });
});

describe('api wrapper', () => {
  it('unwraps data and lets empty requests be omitted', async () => {
    const fake = createFakeBridge();
    const api = createApi(fake.bridge);
    await expect(api.appStatus()).resolves.toEqual(demoStatus);
    expect(fake.callsTo('appStatus')).toEqual([{}]);
  });

  it('throws a BridgeError carrying code, messageKo and details', async () => {
    const fake = createFakeBridge({ saveError: { code: 'KEYCHAIN_UNAVAILABLE', messageKo: '키체인을 쓸 수 없습니다.', details: { os: 'linux' } } });
    const err = await createApi(fake.bridge)
      .profilesSave({ name: 'x', vendorId: 'A0000001', accessKey: 'aaaaaaaa', keyIssuedAt: '2025-01-01', baseUrlKind: 'live' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeError);
    expect(err).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', messageKo: '키체인을 쓸 수 없습니다.', details: { os: 'linux' } });
  });

  it('drops fields the contract does not declare, so a stray secret never reaches a screen', async () => {
    const fake = createFakeBridge({ profiles: [{ ...profile(), secretKey: 'leak' } as never] });
    const [p] = await createApi(fake.bridge).profilesList();
    expect(p).not.toHaveProperty('secretKey');
    expect(p.hasSecret).toBe(true);
  });

  it('rejects answers that break the contract, and bridge functions that throw', async () => {
    const fake = createFakeBridge({ status: { ...demoStatus, mode: 'PROD' as never } });
    await expect(createApi(fake.bridge).appStatus()).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });

    const broken = { ...fake.bridge, settingsGet: () => Promise.reject(new Error('ipc closed')) } as WingdeskBridge;
    await expect(createApi(broken).settingsGet()).rejects.toMatchObject({ code: 'BRIDGE_FAILURE' });
  });
});
