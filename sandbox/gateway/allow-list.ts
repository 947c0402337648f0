// Coupang ties a key to the IPs registered under "자체개발" (transport.md §7, up to 10) and answers
// 403 `[FORBIDDEN] Not allowed IP` to anyone else. Off by default so local tools just work.
import { gatewayError } from './envelopes';
import { isValidIp, normalizeIp } from './ip';
import type { Reply } from './reply';

/** transport.md §7 / rules-general #46: self-development keys take at most 10 IP addresses. */
export const MAX_ALLOWED_IPS = 10;

export class AllowList {
  private readonly lists = new Map<string, Set<string>>();

  /** `null` switches the check off for the vendor. */
  set(vendorId: string, ips: readonly string[] | null): void {
    if (ips === null) {
      this.lists.delete(vendorId);
      return;
    }
    if (ips.length > MAX_ALLOWED_IPS) throw new RangeError(`at most ${MAX_ALLOWED_IPS} IP addresses per key`);
    const bad = ips.filter((ip) => !isValidIp(normalizeIp(ip)));
    if (bad.length) throw new RangeError(`not IP addresses: ${bad.join(', ')}`);
    this.lists.set(vendorId, new Set(ips.map(normalizeIp)));
  }

  allows(vendorId: string, remoteAddress: string | undefined): boolean {
    const list = this.lists.get(vendorId);
    return !list || list.has(normalizeIp(remoteAddress));
  }

  get(vendorId: string): string[] | null {
    const list = this.lists.get(vendorId);
    return list ? [...list] : null;
  }

  clear(): void {
    this.lists.clear();
  }
}

/** Text from the FAQ title "API 호출 시 403 [FORBIDDEN] Not allowed IP 에러가 발생합니다." (auth.md §4). */
export function notAllowedIp(): Reply {
  return gatewayError(403, '[FORBIDDEN] Not allowed IP');
}
