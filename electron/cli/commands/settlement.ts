// `wingdesk settlement revenue|payouts|export` — revenue and payout histories from the command
// line. A period longer than the API's 31 days is split into windows automatically; what was
// fetched is stored, so --offline (and export) read it back without Coupang.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatWon } from '../../../shared/money';
import { PAYOUT_STATUS_KO, SETTLEMENT_TYPE_KO } from '../../../shared/settlement/rules';
import { isDay } from '../../../shared/settlement/windows';
import { defaultDataDir } from '../../services/connection-source';
import { createSettlementService, type SettlementService } from '../../services/settlement/service';
import type { SettlementExportFormat } from '../../services/settlement/export';
import { openDatabase } from '../../store/db';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.options[name];
  return v === undefined ? undefined : String(v);
}

function period(ctx: CommandContext): { from: string; to: string } {
  const from = str(ctx, 'from');
  const to = str(ctx, 'to');
  if (!from || !to) throw new UsageError('--from과 --to를 주세요 (예: --from 2026-09-01 --to 2026-10-31).');
  if (!isDay(from)) throw new UsageError(`--from은 YYYY-MM-DD 형식입니다: ${from}`);
  if (!isDay(to)) throw new UsageError(`--to는 YYYY-MM-DD 형식입니다: ${to}`);
  if (from > to) throw new UsageError(`--from(${from})이 --to(${to})보다 늦습니다.`);
  return { from, to };
}

async function withService<T>(ctx: CommandContext, offline: boolean, fn: (s: SettlementService) => Promise<T>): Promise<T> {
  if (offline) {
    const vendorId = str(ctx, 'vendor') ?? ctx.env.WINGDESK_VENDOR_ID;
    if (!vendorId) throw new UsageError('판매자ID가 필요합니다: --vendor A00012345 또는 WINGDESK_VENDOR_ID');
    const db = openDatabase(ctx.env.WINGDESK_DATA_DIR || defaultDataDir(ctx.env));
    try {
      return await fn(createSettlementService({ db, connection: async () => ({ vendorId, client: undefined as never }) }));
    } finally {
      db.close();
    }
  }
  const { connection, client } = await openConnection(ctx.env);
  const db = openDatabase(ctx.env.WINGDESK_DATA_DIR || connection.dataDir);
  try {
    return await fn(
      createSettlementService({
        db,
        connection: async () => ({ vendorId: connection.credentials.vendorId, client }),
        log: ctx.env.WINGDESK_DEBUG === '1' ? (e) => ctx.stderr.write(`${JSON.stringify(e)}\n`) : undefined,
      }),
    );
  } finally {
    db.close();
    await client.close();
  }
}

async function revenue(ctx: CommandContext): Promise<number> {
  const p = period(ctx);
  const offline = ctx.options.offline === true;
  const withLines = ctx.options.lines === true;
  try {
    const r = await withService(ctx, offline, (s) =>
      s.revenue({
        ...p,
        refresh: !offline,
        limit: withLines ? 1_000_000 : 0,
        signal: ctx.signal,
        onProgress: ctx.format === 'json' ? undefined : (x) => ctx.stderr.write(`\r구간 ${x.window}/${x.windows} (${x.from} ~ ${x.to}) ${x.page}쪽 — 매출 ${x.lines}건   `),
      }),
    );
    if (ctx.format === 'json') {
      printJson(ctx, { from: r.from, to: r.to, windows: r.windows, complete: r.complete, lastFetchedAt: r.lastFetchedAt, totals: r.totals, daily: r.daily, fetch: r.fetch, ...(withLines ? { lines: r.lines } : {}) });
    } else {
      if (r.fetch) ctx.stderr.write('\n');
      for (const d of r.daily) writeLine(ctx.stdout, `${d.date}  ${String(d.lines).padStart(4)}건  매출 ${formatWon(d.totalSale).padStart(14)}  정산 ${formatWon(d.settlementAmount).padStart(14)}`);
      const t = r.totals;
      writeLine(ctx.stdout, `합계 ${r.from} ~ ${r.to}: ${t.lines}건(주문 ${t.orders}), 매출액 ${formatWon(t.saleAmount)} + 배송비 ${formatWon(t.deliveryAmount)} = ${formatWon(t.totalSale)}, 수수료 ${formatWon(t.serviceFee + t.serviceFeeVat + t.deliveryFee + t.deliveryFeeVat)}, 정산금액 ${formatWon(t.settlementAmount)}`);
      writeLine(ctx.stderr, `${r.windows.length}개 구간(31일 단위)${r.fetch ? `, 요청 ${r.fetch.requests}회, ${r.fetch.seconds}초` : ' — 저장된 내역 기준'}${r.complete ? '' : ' — 아직 받지 않은 날이 있습니다'}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return fail(ctx, err, '매출내역 조회 실패: ');
  }
}

async function payouts(ctx: CommandContext): Promise<number> {
  const p = period(ctx);
  const offline = ctx.options.offline === true;
  try {
    const r = await withService(ctx, offline, (s) => s.payouts({ ...p, refresh: !offline, signal: ctx.signal }));
    if (ctx.format === 'json') printJson(ctx, r);
    else {
      for (const row of r.rows) {
        writeLine(ctx.stdout, `${row.yearMonth}  ${(SETTLEMENT_TYPE_KO[row.settlementType] ?? row.settlementType).padEnd(6)} ${row.dateFrom ?? ''}~${row.dateTo ?? ''}  지급일 ${row.settlementDate ?? '-'}  최종지급액 ${formatWon(row.finalAmount).padStart(14)}  ${PAYOUT_STATUS_KO[row.status] ?? row.status}`);
      }
      writeLine(ctx.stdout, `지급 완료 ${formatWon(r.totals.done)}, 지급 예정 ${formatWon(r.totals.scheduled)}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return fail(ctx, err, '지급내역 조회 실패: ');
  }
}

async function exportCmd(ctx: CommandContext): Promise<number> {
  const p = period(ctx);
  const out = str(ctx, 'out');
  if (!out) throw new UsageError('저장할 파일을 주세요: --out 매출.xlsx 또는 --out 매출.csv');
  const what = (str(ctx, 'what') ?? 'revenue') as 'revenue' | 'payouts';
  if (what !== 'revenue' && what !== 'payouts') throw new UsageError(`--what은 revenue 또는 payouts입니다: ${what}`);
  const ext = extname(out).toLowerCase();
  const encoding = (str(ctx, 'encoding') ?? 'utf8').toLowerCase().replace('-', '');
  let format: SettlementExportFormat;
  if (ext === '.xlsx') format = 'xlsx';
  else if (ext === '.csv') {
    if (encoding !== 'utf8' && encoding !== 'cp949' && encoding !== 'euckr') throw new UsageError(`--encoding은 utf8 또는 cp949입니다: ${encoding}`);
    format = encoding === 'utf8' ? 'csv-utf8' : 'csv-cp949';
  } else throw new UsageError(`파일 확장자는 .xlsx 또는 .csv입니다: ${out}`);
  try {
    const file = await withService(ctx, true, (s) => s.export({ ...p, what, format }));
    await writeFile(out, file.data);
    if (ctx.format === 'json') printJson(ctx, { file: out, format, rows: file.rows, bytes: file.data.length });
    else writeLine(ctx.stdout, `${out} — ${file.rows}행 (${format})`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return fail(ctx, err, '내보내기 실패: ');
  }
}

export const settlementCommand: Command = {
  name: 'settlement',
  summaryKo: '매출내역(revenue)·지급내역(payouts)을 기간별로 조회하고 내보냅니다(export).',
  usage: 'settlement revenue --from YYYY-MM-DD --to YYYY-MM-DD [--lines] [--offline] | settlement payouts --from … --to … | settlement export --from … --to … --out FILE [--what revenue|payouts]',
  detailsKo: [
    'revenue: 매출인식일 기준 매출내역. 31일이 넘는 기간은 31일 단위 구간으로 나눠 받아 저장합니다. --offline이면 저장된 내역만 읽습니다.',
    '         --format json이면 {"from","to","windows","complete","totals","daily","fetch"}(--lines면 "lines"도)를 출력합니다.',
    'payouts: 기간이 걸친 매출인식월마다 지급내역(주 정산·월 정산·최종액 지급)을 받아 보여 줍니다.',
    'export:  저장된 내역을 .xlsx 또는 .csv(UTF-8 BOM, --encoding cp949 가능)로 저장합니다(오프라인).',
    '--offline과 export는 WINGDESK_VENDOR_ID 또는 --vendor가 필요합니다. 종료 코드: 0 성공, 1 실패, 2 사용법 오류.',
  ].join('\n'),
  options: {
    from: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKo: '시작일(매출인식일, KST, 포함)' },
    to: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKo: '종료일(포함)' },
    lines: { type: 'boolean', descriptionKo: 'revenue: 매출 건별 내역도 출력(json)' },
    offline: { type: 'boolean', descriptionKo: '쿠팡에 묻지 않고 저장된 내역만' },
    vendor: { type: 'string', valueName: 'A00012345', descriptionKo: '--offline/export의 판매자ID (기본 WINGDESK_VENDOR_ID)' },
    out: { type: 'string', valueName: 'FILE', descriptionKo: 'export: 저장할 파일 (.xlsx 또는 .csv)' },
    what: { type: 'string', valueName: 'revenue|payouts', descriptionKo: 'export: 내보낼 내역 (기본 revenue)' },
    encoding: { type: 'string', valueName: 'utf8|cp949', descriptionKo: 'export: CSV 인코딩 (기본 utf8, BOM 포함)' },
  },
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (sub === 'revenue') return revenue(ctx);
    if (sub === 'payouts') return payouts(ctx);
    if (sub === 'export') return exportCmd(ctx);
    throw new UsageError(sub ? `알 수 없는 settlement 명령입니다: ${sub} (revenue, payouts, export)` : 'settlement 다음에 revenue, payouts, export 중 하나를 주세요.');
  },
};
