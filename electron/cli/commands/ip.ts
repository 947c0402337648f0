// `wingdesk ip`: which public address Coupang sees, asked through the same proxy the calls use,
// so the seller knows what to register under WING's 자체개발 IP list.
import { describeProxy } from '../../coupang/proxy';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command } from '../registry';

export const ipCommand: Command = {
  name: 'ip',
  summaryKo: '쿠팡에 보이는 공인 IP(직접 또는 프록시 경유)를 확인합니다.',
  usage: 'ip [--format json]',
  async run(ctx) {
    const { connection, client } = await openConnection(ctx.env);
    try {
      const res = await client.egressIp();
      if (!res.ip) return fail(ctx, new Error(res.errorKo ?? '공인 IP를 확인하지 못했습니다.'));
      if (ctx.format === 'json') {
        printJson(ctx, { ok: true, ip: res.ip, via: res.via, proxy: connection.proxyUrl ? describeProxy(connection.proxyUrl) : null });
      } else {
        const how = res.via === 'proxy' ? `프록시 경유: ${describeProxy(connection.proxyUrl)}` : '직접 연결';
        writeLine(ctx.stdout, `${res.ip} (${how})`);
      }
      return 0;
    } finally {
      await client.close();
    }
  },
};
