// The one list of domains the gateway serves. A new domain is added here and nowhere else.
import type { DomainModule } from './registry';
import { placesDomain } from './places';

export const DOMAINS: ReadonlyArray<DomainModule<any>> = [placesDomain];
