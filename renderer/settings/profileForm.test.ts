import { describe, expect, it } from 'vitest';
import { emptyProfileForm, issuesFromDetails, profileFormFrom, validateProfileForm, type ProfileFormValues } from './profileForm';
import { profile } from '../test/fakeBridge';

const valid: ProfileFormValues = {
  ...emptyProfileForm('2025-02-01'),
  name: '본점',
  vendorId: 'C0012345',
  accessKey: 'access-key-1',
  secretKey: 'secret-key-1',
};

describe('validateProfileForm', () => {
  it('defaults to LIVE and today', () => {
    expect(emptyProfileForm('2025-02-01')).toMatchObject({ baseUrlKind: 'live', keyIssuedAt: '2025-02-01', secretKey: '' });
  });

  it('builds a strict request: no baseUrl for LIVE, blank proxy is null', () => {
    const r = validateProfileForm({ ...valid, baseUrl: 'http://ignored' }, null);
    expect(r).toEqual({
      ok: true,
      input: { name: '본점', vendorId: 'C0012345', accessKey: 'access-key-1', secretKey: 'secret-key-1', keyIssuedAt: '2025-02-01', baseUrlKind: 'live', proxyUrl: null },
    });
  });

  it('requires the secret on create but not on edit', () => {
    const create = validateProfileForm({ ...valid, secretKey: '' }, null);
    expect(create.ok).toBe(false);
    if (!create.ok) expect(create.issues).toEqual([{ field: 'secretKey', code: 'too_small', message: 'Secret Key를 입력하세요.' }]);
    const edit = validateProfileForm({ ...valid, secretKey: '   ' }, 'p1');
    expect(edit.ok && edit.input).toMatchObject({ id: 'p1' });
    expect(edit.ok && 'secretKey' in edit.input).toBe(false);
  });

  it('keeps the sandbox address and accepts socks5 proxies', () => {
    const r = validateProfileForm({ ...valid, baseUrlKind: 'sandbox', baseUrl: ' http://127.0.0.1:4010 ', proxyUrl: 'socks5h://p:1080' }, null);
    expect(r.ok && r.input).toMatchObject({ baseUrl: 'http://127.0.0.1:4010', proxyUrl: 'socks5h://p:1080' });
  });

  it('edits start from the stored profile with a blank secret', () => {
    expect(profileFormFrom(profile({ proxyUrl: 'http://p:3128' }))).toMatchObject({ secretKey: '', proxyUrl: 'http://p:3128', baseUrl: '' });
  });
});

describe('issuesFromDetails', () => {
  it('reads zod-style issues sent back by main', () => {
    expect(issuesFromDetails([{ path: ['vendorId'], code: 'invalid_format', message: '업체코드 오류' }, { path: [], message: 'x' }, 'junk'])).toEqual([
      { field: 'vendorId', code: 'invalid_format', message: '업체코드 오류' },
    ]);
    expect(issuesFromDetails({ issues: [{ path: ['name'], message: 'n' }] })).toHaveLength(1);
    expect(issuesFromDetails(undefined)).toEqual([]);
  });
});
