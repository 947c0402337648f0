import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { productsContract } from '../../../shared/ipc/products';
import { createProductsHandlers } from './handlers';

describe('products IPC handlers', () => {
  it('answer every categories.* and products.* channel of the contract, and only those', () => {
    const handlers = createProductsHandlers({ db: {} as any, connections: { current: async () => ({}) as any }, service: {} as any });
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(productsContract).sort());
    for (const channel of Object.keys(productsContract)) expect(Object.hasOwn(contract, channel)).toBe(true);
  });

  it('validate payloads with the contract before a service runs', () => {
    const ok = contract['products.draftSave'].request.safeParse({ step: 9, data: {} });
    expect(ok.success).toBe(false);
    expect(contract['products.list'].request.safeParse({ search: '가'.repeat(21) }).success).toBe(false);
    expect(contract['products.bulkUpdate'].request.safeParse({ edits: [{ vendorItemId: 'abc' }] }).success).toBe(false);
    expect(contract['categories.meta'].request.safeParse({ code: '72882' }).success).toBe(true);
  });
});
