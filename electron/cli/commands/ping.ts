// `wingdesk ping`: one signed, cheap read (outbound places, page size 1) to prove keys, clock,
// IP registration and network are all right — or say in Korean which one is not.
import { describeProxy } from '../../coupang/proxy';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command } from '../registry';

export const pingCommand: Command = {
  name: 'ping',
  summaryKo: '서명된 가벼운 호출 한 번으로 연결을 확인합니다.',
  usage: 'ping [--format json]',
  detailsKo: '출고지 목록(pageNum=1, pageSize=1)을 조회해 키, PC 시간, IP 등록, 네트워크가 모두 맞는지 확인합니다.',
  async run(ctx) {
    const { connection, client } = await openConnection(ctx.env);
    const started = performance.now();
    try {
      const res = await client.call('places.listOutbound', { query: { pageNum: 1, pageSize: 1 } }, { priority: 'user', signal: ctx.signal });
      const latencyMs = Math.round(performance.now() - started);
      if (ctx.format === 'json') {
        printJson(ctx, {
          ok: true,
          latencyMs,
          httpStatus: res.httpStatus,
          vendorId: connection.credentials.vendorId,
          baseUrl: connection.baseUrl,
          via: connection.proxyUrl ? 'proxy' : 'direct',
        });
      } else {
        const via = connection.proxyUrl ? `, ${describeProxy(connection.proxyUrl)} 경유` : '';
        writeLine(ctx.stdout, `ok ${latencyMs}ms — 판매자 ${connection.credentials.vendorId}, ${connection.baseUrl}${via}`);
      }
      return 0;
    } catch (err) {
      return fail(ctx, err, '연결 실패: ');
    } finally {
      await client.close();
    }
  },
};
