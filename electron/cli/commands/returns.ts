// `wingdesk returns pull|list` — returns and exchanges from the command line. `list` reads the
// local SQLite only (works offline); `pull` talks to Coupang with the same service as the app.
// Exit codes: 0 ok, 1 failure (Coupang/network/store), 2 usage.
import { openDatabase } from '../../store/db';
import { defaultDataDir } from '../../services/connection-source';
import { createReturnsService, type ReturnsService } from '../../services/returns/service';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ['returns', 'exchanges', 'withdrawals'] as const;
type Kind = (typeof KINDS)[number];

function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.options[name];
  return v === undefined ? undefined : String(v);
}

function day(ctx: CommandContext, name: string): string | undefined {
  const v = str(ctx, name);
  if (v !== undefined && !DAY.test(v)) throw new UsageError(`--${name}는 YYYY-MM-DD 형식입니다: ${v}`);
  return v;
}

function kind(ctx: CommandContext): Kind {
  const v = (str(ctx, 'kind') ?? 'returns').toLowerCase();
  if (!(KINDS as readonly string[]).includes(v)) throw new UsageError(`--kind는 ${KINDS.join(', ')} 중 하나입니다: ${v}`);
  return v as Kind;
}

function limit(ctx: CommandContext): number {
  const v = ctx.options.limit;
  if (v === undefined) return 5000;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5000) throw new UsageError(`--limit은 1~5000 정수입니다: ${String(v)}`);
  return v;
}

async function pull(ctx: CommandContext): Promise<number> {
  const from = day(ctx, 'from');
  const to = day(ctx, 'to');
  if ((from && !to) || (to && !from)) throw new UsageError('--from과 --to는 함께 주세요 (예: --from 2026-01-01 --to 2026-01-31).');
  let conn: Awaited<ReturnType<typeof openConnection>>;
  try {
    conn = await openConnection(ctx.env);
  } catch (err) {
    return fail(ctx, err, '반품·교환 동기화 실패: ');
  }
  const db = openDatabase(ctx.env.WINGDESK_DATA_DIR || conn.connection.dataDir);
  try {
    const service = createReturnsService({ db, connection: async () => ({ vendorId: conn.connection.credentials.vendorId, client: conn.client }) });
    const report = await service.sync({ from, to });
    if (ctx.format === 'json') printJson(ctx, report);
    else writeLine(ctx.stdout, `반품 ${report.receipts}건, 교환 ${report.exchanges}건, 철회 ${report.withdrawals}건을 받았습니다 — 요청 ${report.requests}회, ${report.seconds}초`);
    return 0;
  } catch (err) {
    return fail(ctx, err, '반품·교환 동기화 실패: ');
  } finally {
    db.close();
    await conn.client.close();
  }
}

async function list(ctx: CommandContext): Promise<number> {
  const k = kind(ctx);
  const from = day(ctx, 'from');
  const to = day(ctx, 'to');
  const n = limit(ctx);
  const vendorId = str(ctx, 'vendor') ?? ctx.env.WINGDESK_VENDOR_ID;
  if (!vendorId) throw new UsageError('판매자ID가 필요합니다: --vendor A00012345 또는 WINGDESK_VENDOR_ID');
  const status = (str(ctx, 'status') ?? 'ALL').toUpperCase();
  let db;
  try {
    db = openDatabase(ctx.env.WINGDESK_DATA_DIR || defaultDataDir(ctx.env));
  } catch (err) {
    return fail(ctx, err, '저장소를 열 수 없습니다: ');
  }
  try {
    const service: ReturnsService = createReturnsService({ db, connection: async () => ({ vendorId, client: undefined as never }) });
    const filter = { status, search: str(ctx, 'search'), from, to };
    if (k === 'returns') {
      const page = await service.list({ filter, limit: n });
      if (ctx.format === 'json') printJson(ctx, { kind: k, total: page.total, counts: page.counts, rows: page.rows });
      else {
        for (const r of page.rows) writeLine(ctx.stdout, `${r.createdAt.slice(0, 16).replace('T', ' ')}  ${r.receiptId}  ${r.receiptStatusKo.padEnd(6)}  ${r.requesterName}  ${r.productSummary} x${r.cancelCountSum}  [${r.reasonKo}]`);
        writeLine(ctx.stderr, `${page.rows.length}건 (저장된 반품 기준, 전체 ${page.total}건)`);
      }
    } else if (k === 'exchanges') {
      const page = await service.exchanges({ filter, limit: n });
      if (ctx.format === 'json') printJson(ctx, { kind: k, total: page.total, counts: page.counts, rows: page.rows });
      else {
        for (const e of page.rows) writeLine(ctx.stdout, `${e.createdAt.slice(0, 16).replace('T', ' ')}  ${e.exchangeId}  ${e.exchangeStatusKo.padEnd(4)}  회수 ${e.collectStatusKo}  ${e.customerName}  ${e.productSummary} x${e.quantity}  [${e.reasonKo}]`);
        writeLine(ctx.stderr, `${page.rows.length}건 (저장된 교환 기준, 전체 ${page.total}건)`);
      }
    } else {
      const page = await service.withdrawals({ from, to, limit: n });
      if (ctx.format === 'json') printJson(ctx, { kind: k, total: page.total, rows: page.rows });
      else {
        for (const w of page.rows) writeLine(ctx.stdout, `${w.withdrawnAt.slice(0, 16).replace('T', ' ')}  ${w.cancelId}  주문 ${w.orderId}  배송비 부담: ${w.refundDeliveryDutyKo}  ${w.productSummary}`);
        writeLine(ctx.stderr, `${page.rows.length}건 (저장된 철회 내역 기준, 전체 ${page.total}건)`);
      }
    }
    return 0;
  } catch (err) {
    return fail(ctx, err, '반품·교환 목록을 읽지 못했습니다: ');
  } finally {
    db.close();
  }
}

export const returnsCommand: Command = {
  name: 'returns',
  summaryKo: '반품·교환 요청을 받아 저장하고(pull), 저장된 목록을 봅니다(list).',
  usage: 'returns pull [--from YYYY-MM-DD --to YYYY-MM-DD] | returns list [--kind returns|exchanges|withdrawals] [--status S] [--from D --to D] [--search TEXT]',
  detailsKo: [
    'pull: 기본은 최근 30일의 반품·출고중지 접수, 교환 요청, 반품 철회 내역을 받아 이 PC에 저장합니다.',
    '      --format json이면 {"receipts","exchanges","withdrawals","requests","seconds"}를 출력합니다.',
    'list: 이 PC에 저장된 목록만 읽습니다(오프라인 가능). --kind returns(기본)/exchanges/withdrawals.',
    '      --status: ALL(기본), OPEN(처리할 일이 남은 건), 또는 상태 코드(RETURNS_UNCHECKED, VENDOR_WAREHOUSE_CONFIRM, RECEIPT, PROGRESS …).',
    '      --format json이면 {"kind","total","counts","rows":[…]}를 출력합니다. 종료 코드: 0 성공, 1 실패, 2 사용법 오류.',
    'SQLite 위치: WINGDESK_DATA_DIR (없으면 기본 데이터 폴더). list는 WINGDESK_VENDOR_ID 또는 --vendor가 필요합니다.',
  ].join('\n'),
  options: {
    kind: { type: 'string', valueName: 'returns|exchanges|withdrawals', descriptionKo: 'list: 볼 목록 (기본 returns)' },
    status: { type: 'string', valueName: 'S', descriptionKo: 'list: ALL, OPEN 또는 상태 코드' },
    from: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKo: '시작일(KST, 포함)' },
    to: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKo: '종료일(KST, 포함)' },
    search: { type: 'string', valueName: 'TEXT', descriptionKo: 'list: 접수번호, 주문번호, 고객명, 상품명' },
    limit: { type: 'number', valueName: 'N', descriptionKo: 'list: 최대 건수 (기본 5000)' },
    vendor: { type: 'string', valueName: 'A00012345', descriptionKo: 'list: 판매자ID (기본 WINGDESK_VENDOR_ID)' },
  },
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (ctx.positionals.length > 1) throw new UsageError(`returns ${sub}에는 이름 없는 값을 더 줄 수 없습니다: ${ctx.positionals.slice(1).join(' ')}`);
    if (sub === 'pull') return pull(ctx);
    if (sub === 'list') return list(ctx);
    throw new UsageError(sub ? `알 수 없는 returns 명령입니다: ${sub} (pull, list)` : 'returns 다음에 pull 또는 list를 주세요.');
  },
};
