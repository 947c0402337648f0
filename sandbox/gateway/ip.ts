// Node reports IPv4 peers on dual-stack sockets as `::ffff:a.b.c.d`; Coupang's allow-list and the
// app's egress check both speak plain dotted IPv4, so every comparison goes through here.
import { isIP } from 'node:net';

export function normalizeIp(address: string | undefined): string {
  if (!address) return '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

export function isLoopback(address: string | undefined): boolean {
  const ip = normalizeIp(address);
  return ip === '::1' || /^127\.\d+\.\d+\.\d+$/.test(ip);
}

export function isValidIp(text: string): boolean {
  return isIP(text) !== 0;
}
