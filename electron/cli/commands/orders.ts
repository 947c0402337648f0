// `wingdesk orders pull|list|ack|export` — the orders store from the command line. `list` and
// `export` read the local SQLite only (they work offline); `pull` and `ack` talk to Coupang with
// the same sync engine and outbox as the app. SQLite lives in WINGDESK_DATA_DIR.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { OrderStatus } from '../../../shared/ipc/orders';
import { openDatabase, type Db } from '../../store/db';
import { createSettingsRepo } from '../../store/settings-repo';
import { defaultDataDir } from '../../services/connection-source';
import { createOrdersService, type OrdersService } from '../../services/orders/service';
import type { ExportFormat } from '../../services/orders/export';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.options[name];
  return v === undefined ? undefined : String(v);
}

function day(ctx: CommandContext, name: string): string | undefined {
  const v = str(ctx, name);
  if (v !== undefined && !DAY.test(v)) throw new UsageError(`--${name}는 YYYY-MM-DD 형식입니다: ${v}`);
  return v;
}

function status(ctx: CommandContext, allowClaim: boolean): string | undefined {
  const v = str(ctx, 'status');
  if (v === undefined) return undefined;
  const s = v.toUpperCase();
  if (OrderStatus.safeParse(s).success || s === 'ALL' || (allowClaim && s === 'CLAIM')) return s;
  throw new UsageError(`--status는 ${OrderStatus.options.join(', ')}${allowClaim ? ', CLAIM' : ''} 중 하나입니다: ${v}`);
}

function dataDir(ctx: CommandContext): string {
  return ctx.env.WINGDESK_DATA_DIR || defaultDataDir(ctx.env);
}

/** Offline commands need only the vendor whose orders to read. */
function offlineService(ctx: CommandContext): { db: Db; service: OrdersService } {
  const vendorId = str(ctx, 'vendor') ?? ctx.env.WINGDESK_VENDOR_ID;
  if (!vendorId) throw new UsageError('판매자ID가 필요합니다: --vendor A00012345 또는 WINGDESK_VENDOR_ID');
  const db = openDatabase(dataDir(ctx));
  const service = createOrdersService({
    db,
    settings: createSettingsRepo(db),
    connection: async () => ({ vendorId, client: undefined as never }),
  });
  return { db, service };
}

async function online<T>(ctx: CommandContext, fn: (service: OrdersService) => Promise<T>): Promise<T> {
  const { connection, client } = await openConnection(ctx.env);
  const db = openDatabase(ctx.env.WINGDESK_DATA_DIR || connection.dataDir);
  try {
    const service = createOrdersService({
      db,
      settings: createSettingsRepo(db),
      connection: async () => ({ vendorId: connection.credentials.vendorId, client }),
      log: ctx.env.WINGDESK_DEBUG === '1' ? (e) => ctx.stderr.write(`${JSON.stringify(e)}\n`) : undefined,
    });
    return await fn(service);
  } finally {
    db.close();
    await client.close();
  }
}

async function pull(ctx: CommandContext): Promise<number> {
  const from = day(ctx, 'from');
  const to = day(ctx, 'to');
  if ((from && !to) || (to && !from)) throw new UsageError('--from과 --to는 함께 주세요 (예: --from 2026-01-01 --to 2026-01-31).');
  const s = status(ctx, false);
  try {
    const report = await online(ctx, (service) =>
      service.sync({
        from,
        to,
        status: s === 'ALL' ? undefined : s,
        refreshOpen: true,
        signal: ctx.signal,
        onPage: ctx.format === 'json' ? undefined : (p) => ctx.stderr.write(`\r${p.task} ${p.pages}쪽 — 받은 주문 ${p.pulled}건, 요청 ${p.requests}회   `),
      }),
    );
    if (ctx.format === 'json') printJson(ctx, { pulled: report.pulled, inserted: report.inserted, updated: report.updated, requests: report.requests, seconds: report.seconds });
    else {
      ctx.stderr.write('\n');
      writeLine(ctx.stdout, `받은 주문 ${report.pulled}건 (새 주문 ${report.inserted}, 바뀐 주문 ${report.updated}) — 요청 ${report.requests}회, ${report.seconds}초`);
    }
    return 0;
  } catch (err) {
    return fail(ctx, err, '주문 동기화 실패: ');
  }
}

async function list(ctx: CommandContext): Promise<number> {
  const { db, service } = offlineService(ctx);
  try {
    const filter = { status: status(ctx, true) ?? 'ALL', search: str(ctx, 'search'), from: day(ctx, 'from'), to: day(ctx, 'to') };
    const vendorId = await service.vendor();
    const rows = service.query.all(vendorId, filter, 'orderedAt', true);
    const limit = ctx.options.limit === undefined ? rows.length : Number(ctx.options.limit);
    const out = rows.slice(0, limit).map((r) => ({
      shipmentBoxId: r.shipmentBoxId,
      orderId: r.orderId,
      status: r.status,
      orderedAt: r.orderedAt,
      paidAt: r.paidAt,
      receiverName: r.receiverName,
      receiverPhoneLast4: r.receiverPhoneLast4,
      quantityToShip: r.quantityToShip,
      orderPrice: r.orderPrice,
      deliveryCompanyCode: r.deliveryCompanyCode,
      invoiceNumber: r.invoiceNumber,
      claimPending: r.claimPending,
      receiverChanged: r.receiverChanged,
      items: service.repo.items(vendorId, r.shipmentBoxId).map((i) => ({
        vendorItemId: i.vendorItemId,
        vendorItemName: i.vendorItemName,
        sellerProductId: i.sellerProductId,
        sellerProductName: i.sellerProductName,
        sellerProductItemName: i.sellerProductItemName,
        externalVendorSkuCode: i.externalVendorSkuCode,
        shippingCount: i.shippingCount,
        cancelCount: i.cancelCount,
        holdCountForCancel: i.holdCountForCancel,
        quantityToShip: i.quantityToShip,
        salesPrice: i.salesPrice,
        orderPrice: i.orderPrice,
      })),
    }));
    if (ctx.format === 'json') printJson(ctx, out);
    else {
      for (const o of out) {
        writeLine(ctx.stdout, `${o.orderedAt.slice(0, 16).replace('T', ' ')}  ${o.shipmentBoxId}  ${o.status.padEnd(14)} ${o.receiverName}  ${o.items.map((i) => `${i.vendorItemName} x${i.quantityToShip}`).join(', ')}${o.claimPending ? '  [취소·출고중지 요청]' : ''}`);
      }
      writeLine(ctx.stderr, `${out.length}건 (저장된 주문 기준, 전체 ${rows.length}건)`);
    }
    return 0;
  } finally {
    db.close();
  }
}

async function ack(ctx: CommandContext): Promise<number> {
  const ids = ctx.positionals.slice(1);
  if (!ids.length) throw new UsageError('상품준비중 처리할 배송번호(shipmentBoxId)를 주세요: wingdesk orders ack 660000000000000001 …');
  const bad = ids.find((id) => !/^\d{1,24}$/.test(id));
  if (bad) throw new UsageError(`배송번호는 숫자입니다: ${bad}`);
  try {
    const results = await online(ctx, async (service) => {
      // What a previous run left in the journal goes first, in order (never resent blindly).
      await service.drainOutbox();
      return service.acknowledge(ids);
    });
    if (ctx.format === 'json') printJson(ctx, { results });
    else for (const r of results) writeLine(ctx.stdout, `${r.shipmentBoxId}  ${r.state.padEnd(7)} ${r.messageKo}`);
    return results.every((r) => r.state === 'done' || r.state === 'queued') ? 0 : 1;
  } catch (err) {
    return fail(ctx, err, '상품준비중 처리 실패: ');
  }
}

async function exportCmd(ctx: CommandContext): Promise<number> {
  const out = str(ctx, 'out');
  if (!out) throw new UsageError('저장할 파일을 주세요: --out 주문.xlsx 또는 --out 주문.csv');
  const ext = extname(out).toLowerCase();
  const encoding = (str(ctx, 'encoding') ?? 'utf8').toLowerCase().replace('-', '');
  let format: ExportFormat;
  if (ext === '.xlsx') format = 'xlsx';
  else if (ext === '.csv') {
    if (encoding !== 'utf8' && encoding !== 'cp949' && encoding !== 'euckr') throw new UsageError(`--encoding은 utf8 또는 cp949입니다: ${encoding}`);
    format = encoding === 'utf8' ? 'csv-utf8' : 'csv-cp949';
  } else throw new UsageError(`파일 확장자는 .xlsx 또는 .csv입니다: ${out}`);
  const { db, service } = offlineService(ctx);
  try {
    const filter = { status: status(ctx, true) ?? 'ALL', search: str(ctx, 'search'), from: day(ctx, 'from'), to: day(ctx, 'to') };
    const result = await service.export({ filter, format });
    await writeFile(out, result.data);
    if (ctx.format === 'json') printJson(ctx, { file: out, format, rows: result.rows, bytes: result.data.length });
    else writeLine(ctx.stdout, `${out} — ${result.rows}행 (${format})`);
    return 0;
  } finally {
    db.close();
  }
}

export const ordersCommand: Command = {
  name: 'orders',
  summaryKo: '주문을 받아 저장하고(pull), 저장된 주문을 보고(list), 상품준비중 처리(ack)·내보내기(export)를 합니다.',
  usage: 'orders pull [--from YYYY-MM-DD --to YYYY-MM-DD] [--status S] | orders list [--status S] [--search TEXT] | orders ack <shipmentBoxId…> | orders export --out FILE [--encoding cp949]',
  detailsKo: [
    'pull: 기본은 지난 동기화 이후 바뀐 주문만 받습니다(처음에는 최근 31일). 중간에 멈추면 다음 pull이 멈춘 곳부터 이어 받습니다.',
    '      --format json이면 {"pulled","inserted","updated","requests","seconds"}를 출력합니다.',
    'list: 이 PC에 저장된 주문만 읽습니다(오프라인 가능). --status는 ACCEPT/INSTRUCT/…/CLAIM, --search는 수취인·전화 뒷자리·주문번호·배송번호·상품명.',
    'ack:  결제완료 주문을 상품준비중으로 바꾸고 배송지를 다시 확인합니다. 주문마다 결과를 출력합니다.',
    'export: 확장자로 형식을 정합니다(.xlsx/.csv). CSV는 UTF-8(BOM) 기본, --encoding cp949 가능.',
    'SQLite 위치: WINGDESK_DATA_DIR (없으면 기본 데이터 폴더). list/export는 WINGDESK_VENDOR_ID 또는 --vendor가 필요합니다.',
  ].join('\n'),
  options: {
    from: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKo: '시작일(KST, 포함)' },
    to: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKo: '종료일(KST, 포함)' },
    status: { type: 'string', valueName: 'S', descriptionKo: '주문 상태 (ACCEPT, INSTRUCT, DEPARTURE, DELIVERING, FINAL_DELIVERY, NONE_TRACKING, list/export는 CLAIM도)' },
    search: { type: 'string', valueName: 'TEXT', descriptionKo: '수취인, 전화 뒷자리, 주문번호, 배송번호, 상품명' },
    limit: { type: 'number', valueName: 'N', descriptionKo: 'list: 최대 건수' },
    out: { type: 'string', valueName: 'FILE', descriptionKo: 'export: 저장할 파일 (.xlsx 또는 .csv)' },
    encoding: { type: 'string', valueName: 'utf8|cp949', descriptionKo: 'export: CSV 인코딩 (기본 utf8, BOM 포함)' },
    vendor: { type: 'string', valueName: 'A00012345', descriptionKo: 'list/export: 판매자ID (기본 WINGDESK_VENDOR_ID)' },
  },
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (sub === 'pull') return pull(ctx);
    if (sub === 'list') return list(ctx);
    if (sub === 'ack') return ack(ctx);
    if (sub === 'export') return exportCmd(ctx);
    throw new UsageError(sub ? `알 수 없는 orders 명령입니다: ${sub} (pull, list, ack, export)` : 'orders 다음에 pull, list, ack, export 중 하나를 주세요.');
  },
};
