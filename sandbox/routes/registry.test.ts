import { describe, expect, it } from 'vitest';
import { bare } from '../gateway/envelopes';
import { parseQuery } from '../gateway/query';
import { defineDomain, RouteRegistry } from './registry';

const reply = (tag: string) => () => bare({ tag });
const domain = defineDomain<null>({
  name: 'demo',
  seed: () => null,
  routes: [
    { id: 'byId', method: 'GET', path: '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}/returnRequests/{receiptId}', handler: reply('byId') },
    { id: 'batch', method: 'GET', path: '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}/returnRequests/batch', handler: reply('batch') },
    { id: 'plain', method: 'GET', path: '/v2/providers/seller_api/apis/api/v1/marketplace/seller-products', handler: reply('plain') },
    { id: 'byCode', method: 'GET', path: '/v2/providers/seller_api/apis/api/v1/marketplace/seller-products', match: (q) => q.has('externalVendorSkuCode'), handler: reply('byCode') },
    { id: 'write', method: 'PUT', path: '/v2/providers/fms/apis/api/v1/vendors/{vendorId}/coupons/{couponId}', handler: reply('write') },
  ],
});
const registry = new RouteRegistry().addDomain(domain);
const resolve = (method: string, path: string, query = '') => registry.resolve(method, path, parseQuery(query));

describe('RouteRegistry', () => {
  it('extracts and decodes params', () => {
    const r = resolve('GET', '/v2/providers/openapi/apis/api/v4/vendors/A00012345/returnRequests/12%2034');
    expect(r?.route.id).toBe('byId');
    expect(r?.params).toEqual({ vendorId: 'A00012345', receiptId: '12 34' });
    expect(r?.family).toBe('openapi');
    expect(r?.isWrite).toBe(false);
  });

  it('prefers literal segments over params', () => {
    expect(resolve('GET', '/v2/providers/openapi/apis/api/v4/vendors/A1/returnRequests/batch')?.route.id).toBe('batch');
  });

  it('uses match() to tell colliding paths apart, falling back to the plain route', () => {
    const path = '/v2/providers/seller_api/apis/api/v1/marketplace/seller-products';
    expect(resolve('GET', path, 'externalVendorSkuCode=A-1')?.route.id).toBe('byCode');
    expect(resolve('GET', path, 'vendorId=A1')?.route.id).toBe('plain');
    expect(resolve('GET', path)?.family).toBe('seller_api');
  });

  it('needs the method, the exact segment count and a non-empty param', () => {
    expect(resolve('POST', '/v2/providers/seller_api/apis/api/v1/marketplace/seller-products')).toBeUndefined();
    expect(resolve('GET', '/v2/providers/seller_api/apis/api/v1/marketplace/seller-products/')).toBeUndefined();
    expect(resolve('GET', '/v2/providers/openapi/apis/api/v4/vendors//returnRequests/1')).toBeUndefined();
  });

  it('classifies non-GET routes as writes and derives the family from the path', () => {
    const r = resolve('PUT', '/v2/providers/fms/apis/api/v1/vendors/A1/coupons/9');
    expect([r?.isWrite, r?.family]).toEqual([true, 'fms']);
  });

  it('refuses a domain registered twice', () => {
    expect(() => new RouteRegistry().addDomain(domain).addDomain(domain)).toThrow(/twice/);
  });
});
