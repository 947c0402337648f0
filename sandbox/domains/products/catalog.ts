// The vendor's sellable catalogue for other domains (coupons, orders...): approved options with
// their stable 옵션ID. Seeded IDs depend only on the seed, so a domain that reads this at seed or
// request time sees the same vendorItemIds on every run.
import { createRng, deriveSeed } from '../../rng';
import type { SeedArgs } from '../../routes/registry';
import { settle } from './lifecycle';
import { seedProducts } from './seed';
import type { ProductsState, ProductStatus } from './types';

export interface VendorItemRef {
  vendorItemId: string;
  sellerProductId: string;
  sellerProductItemId: string;
  productId: string | null;
  itemId: string | null;
  sellerProductName: string;
  itemName: string;
  displayCategoryCode: number;
  externalVendorSku: string | null;
  salePrice: number;
  originalPrice: number;
  stock: number;
  onSale: boolean;
  productStatus: ProductStatus;
}

/**
 * Every option that has a vendorItemId and belongs to a product that is not deleted, oldest
 * product first. Pass `now` (the virtual clock) to apply approval decisions that are due.
 */
export function listVendorItems(state: ProductsState, opts: { now?: number; onSaleOnly?: boolean } = {}): VendorItemRef[] {
  if (opts.now !== undefined) settle(state, opts.now);
  const out: VendorItemRef[] = [];
  for (const p of state.products) {
    if (p.status === 'DELETED') continue;
    for (const i of p.items) {
      if (!i.vendorItemId || (opts.onSaleOnly && !i.onSale)) continue;
      out.push({
        vendorItemId: i.vendorItemId,
        sellerProductId: p.sellerProductId,
        sellerProductItemId: i.sellerProductItemId,
        productId: p.productId,
        itemId: i.itemId,
        sellerProductName: p.sellerProductName,
        itemName: i.itemName,
        displayCategoryCode: p.displayCategoryCode,
        externalVendorSku: i.externalVendorSku,
        salePrice: i.salePrice,
        originalPrice: i.originalPrice,
        stock: i.maximumBuyCount,
        onSale: i.onSale,
        productStatus: p.status,
      });
    }
  }
  return out;
}

/**
 * The same catalogue from a seeder of another domain, which cannot read this domain's state:
 * rebuilds this vendor's seeded products from the products domain's own random stream, so the
 * vendorItemIds equal the live ones at the start (before any API call changes them).
 */
export function seededVendorItems(args: Omit<SeedArgs, 'rng'>, opts: { onSaleOnly?: boolean } = {}): VendorItemRef[] {
  const rng = createRng(deriveSeed(args.options.seed, `${args.vendor.vendorId}:products`));
  return listVendorItems(seedProducts({ ...args, rng }), opts);
}
