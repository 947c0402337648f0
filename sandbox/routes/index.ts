// The one list of domains the gateway serves. A new domain is added here and nowhere else.
import type { DomainModule } from './registry';
import { ordersDomain } from './orders';
import { couponsDomain } from './coupons';
import { placesDomain } from './places';
import { categoriesDomain } from './categories';
import { productsDomain } from './products';
import { returnsDomain } from './returns';
import { exchangesDomain } from './exchanges';
import { inquiriesDomain } from './inquiries';
import { settlementDomain } from './settlement';

export const DOMAINS: ReadonlyArray<DomainModule<any>> = [placesDomain, categoriesDomain, productsDomain, ordersDomain, returnsDomain, exchangesDomain, couponsDomain, inquiriesDomain, settlementDomain];
