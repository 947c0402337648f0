// `wingdesk sandbox`: runs the local Coupang sandbox until Ctrl+C. The first stdout line is one
// JSON object with the address and demo keys, so scripts and tests can read it and connect.
import { UsageError } from '../args';
import { printJson, writeLine } from '../output';
import type { Command } from '../registry';

function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);
  return items;
}

export const sandboxCommand: Command = {
  name: 'sandbox',
  summaryKo: '로컬 쿠팡 샌드박스를 실행합니다 (Ctrl+C로 종료).',
  usage: 'sandbox [--port N] [--seed N] [--rate N] [--allow-ip LIST] [--time-scale X] [--orders N] [--start-at TIME]',
  options: {
    port: { type: 'number', descriptionKo: '포트 (기본 0 = 빈 포트)' },
    host: { type: 'string', descriptionKo: '주소 (기본 127.0.0.1)' },
    seed: { type: 'number', descriptionKo: '데이터 시드' },
    rate: { type: 'number', descriptionKo: '판매자별 초당 허용 요청 수 (기본 10)' },
    'block-seconds': { type: 'number', descriptionKo: '속도 제한 초과 시 차단 시간(초)' },
    'allow-ip': { type: 'string', valueName: 'LIST', multiple: true, descriptionKo: '허용 IP 목록(쉼표로 구분)' },
    'time-scale': { type: 'number', valueName: 'X', descriptionKo: '가상 시계 배속' },
    orders: { type: 'number', descriptionKo: '미리 만들 주문 수' },
    'start-at': { type: 'string', valueName: 'TIME', descriptionKo: '가상 시계 시작 시각 (예: 2026-11-23T10:30:00+09:00, 기본: 지금). 같은 시드와 시각이면 같은 데이터' },
  },
  async run(ctx) {
    if (ctx.positionals.length) throw new UsageError(`sandbox에는 이름 없는 값을 줄 수 없습니다: ${ctx.positionals.join(' ')}`);
    const o = ctx.options;
    const port = o.port as number | undefined;
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError('--port는 0~65535 정수입니다.');
    const startAt = o['start-at'] as string | undefined;
    if (startAt !== undefined && !(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(startAt) && Number.isFinite(Date.parse(startAt)))) {
      throw new UsageError(`--start-at은 시각이어야 합니다 (예: 2026-11-23T10:30:00+09:00): ${startAt}`);
    }
    const { startSandbox } = await import('../../../sandbox');
    const sb = await startSandbox({
      port: port ?? 0,
      host: o.host as string | undefined,
      seed: o.seed as number | undefined,
      rate: o.rate as number | undefined,
      blockSeconds: o['block-seconds'] as number | undefined,
      allowIps: list(o['allow-ip']),
      timeScale: o['time-scale'] as number | undefined,
      orders: o.orders as number | undefined,
      startAt,
    });
    printJson(ctx, { baseUrl: sb.baseUrl, vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey });
    if (ctx.format !== 'json') {
      writeLine(
        ctx.stderr,
        `샌드박스가 ${sb.baseUrl} 에서 실행 중입니다 (판매자 ${sb.vendorId}). 연결하려면 WINGDESK_BASE_URL, WINGDESK_VENDOR_ID, WINGDESK_ACCESS_KEY, WINGDESK_SECRET_KEY를 위 값으로 지정하세요. 종료: Ctrl+C`,
      );
    }
    if (!ctx.signal.aborted) await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
    await sb.close();
    return 0;
  },
};
