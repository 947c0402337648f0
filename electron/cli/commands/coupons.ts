// `wingdesk coupons …`: contracts and budgets, instant coupon creation from a JSON file (checked
// with the same shared rules as the screen, then tracked; --wait follows it to DONE/FAIL), a
// request's status by requestedId, and the coupon list by status. Requests are journaled in the
// data folder's SQLite like the app's, so a later `coupons status` or the app sees them too.
import { formatWon } from '../../../shared/money';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { INSTANT_COUPON_STATUSES, validateStatusFilter, type CouponFamily } from '../../../shared/coupons';
import { InstantCouponInput } from '../../../shared/ipc/coupons';
import { parseJson } from '../../coupang/json';
import { toTrackedView, createCouponsService, type CouponsService } from '../../services/coupons/service';
import { openDatabase } from '../../store/db';
import type { CouponRequestRow } from '../../store/coupons-requests';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

const SUBCOMMANDS = ['contracts', 'create-instant', 'status', 'list'] as const;

async function withService<T>(ctx: CommandContext, run: (s: CouponsService, vendorId: string) => Promise<T>): Promise<T> {
  const { connection, client } = await openConnection(ctx.env);
  const db = openDatabase(connection.dataDir);
  const vendorId = connection.credentials.vendorId;
  const service = createCouponsService({ db, connect: async () => ({ client, vendorId, profileId: null }), autoStart: false });
  try {
    return await run(service, vendorId);
  } finally {
    await service.stop();
    await client.close();
    db.close();
  }
}

function stateLine(r: CouponRequestRow): string {
  const counts = r.total !== null ? ` (전체 ${r.total}, 성공 ${r.succeeded ?? 0}, 실패 ${r.failed ?? 0})` : '';
  const reason = r.reasonKo ? ` — ${r.reasonKo}` : '';
  return `#${r.id} ${r.state} ${r.summaryKo}${r.requestedId ? ` requestedId=${r.requestedId}` : ''}${r.couponId ? ` couponId=${r.couponId}` : ''}${counts}${reason}`;
}

async function readInstantFile(file: string): Promise<z.output<typeof InstantCouponInput>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`파일을 읽을 수 없습니다: ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let raw: unknown;
  try {
    // Lossless: IDs in the file stay exact; numbers that are IDs become strings.
    raw = parseJson(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`올바른 JSON이 아닙니다: ${file} (${(err as Error).message})`);
  }
  const parsed = InstantCouponInput.strict().safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(`쿠폰 파일의 형식이 맞지 않습니다: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(파일)'} — ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

async function contracts(ctx: CommandContext): Promise<number> {
  return withService(ctx, async (s) => {
    const out = await s.contracts();
    if (ctx.format === 'json') {
      printJson(ctx, { ok: true, ...out });
      return 0;
    }
    for (const c of out.contracts) {
      const budget = (b: typeof c.thisMonth, month: string) =>
        b ? `${month} 예산 ${b.usedBudgetAmount != null ? formatWon(b.usedBudgetAmount) : '?'} / ${b.totalBudgetAmount != null ? formatWon(b.totalBudgetAmount) : '?'}` : `${month} 예산 없음`;
      writeLine(
        ctx.stdout,
        `${c.contractId}\t${c.type ?? '-'}\tvendorContractId=${c.vendorContractId ?? '-'}\t${c.start} ~ ${c.end}\t${c.budgetErrorKo ?? `${budget(c.thisMonth, out.thisMonth)}, ${budget(c.nextMonth, out.nextMonth)}`}`,
      );
    }
    return 0;
  });
}

async function createInstant(ctx: CommandContext): Promise<number> {
  const file = ctx.positionals[1];
  if (!file) throw new UsageError('create-instant에는 쿠폰 JSON 파일이 필요합니다: wingdesk coupons create-instant <file.json> [--wait]');
  if (ctx.positionals.length > 2) throw new UsageError(`알 수 없는 값입니다: ${ctx.positionals.slice(2).join(' ')}`);
  const input = await readInstantFile(file);
  return withService(ctx, async (s) => {
    let created;
    try {
      created = await s.instantCreate(input);
    } catch (err) {
      return fail(ctx, err, '쿠폰을 보내지 않았습니다: ');
    }
    for (const w of created.warnings) writeLine(ctx.stderr, `주의: ${w.messageKo}`);
    let rows = s.family(created.request.id);
    if (ctx.options.wait) {
      const seen = new Map<number, string>();
      rows = await s.waitFor(created.request.id, {
        timeoutMs: ((ctx.options.timeout as number | undefined) ?? 300) * 1000,
        signal: ctx.signal,
        onTick: (list) => {
          if (ctx.format === 'json') return;
          for (const r of list) {
            const line = stateLine(r);
            if (seen.get(r.id) !== line) {
              seen.set(r.id, line);
              writeLine(ctx.stdout, line);
            }
          }
        },
      });
    } else if (ctx.format !== 'json') {
      for (const r of rows) writeLine(ctx.stdout, stateLine(r));
    }
    const settled = s.settled(created.request.id);
    const ok = rows.every((r) => r.state === 'DONE' || (!ctx.options.wait && r.state === 'REQUESTED'));
    if (ctx.format === 'json') {
      printJson(ctx, { ok, settled, request: toTrackedView(rows[0]), requests: rows.map(toTrackedView), warnings: created.warnings });
    } else if (ctx.options.wait && !settled) {
      writeLine(ctx.stderr, `아직 끝나지 않았습니다. 나중에 wingdesk coupons status ${rows[0].requestedId ?? `(요청 #${rows[0].id})`}로 확인하세요.`);
    }
    if (!ok) {
      const bad = rows.find((r) => r.state !== 'DONE' && r.state !== 'REQUESTED') ?? rows.find((r) => r.state !== 'DONE');
      if (bad) writeLine(ctx.stderr, `실패: ${stateLine(bad)}`.replace(/\s*\n\s*/g, ' '));
      return 1;
    }
    return 0;
  });
}

async function status(ctx: CommandContext): Promise<number> {
  const id = ctx.positionals[1];
  if (!id) throw new UsageError('status에는 requestedId가 필요합니다: wingdesk coupons status <requestedId>');
  const familyOpt = ctx.options.family as string | undefined;
  if (familyOpt !== undefined && familyOpt !== 'instant' && familyOpt !== 'download') throw new UsageError('--family는 instant 또는 download입니다.');
  // Instant requestedIds are digits (rule 30); download requestTransactionIds look like et5_… (rule 45).
  const family: CouponFamily = (familyOpt as CouponFamily | undefined) ?? (/^\d+$/.test(id) ? 'instant' : 'download');
  return withService(ctx, async (s) => {
    try {
      const out = await s.requestStatus(family, id);
      if (ctx.format === 'json') printJson(ctx, { ok: true, ...out });
      else {
        const counts = out.total !== null ? ` (전체 ${out.total}, 성공 ${out.succeeded ?? 0}, 실패 ${out.failed ?? 0})` : '';
        writeLine(ctx.stdout, `${out.requestedId} ${out.type ?? '-'} ${out.status ?? '-'} → ${out.state}${out.couponId ? ` couponId=${out.couponId}` : ''}${counts}`);
        for (const f of out.failedItems) writeLine(ctx.stdout, `  ${f.vendorItemId} ${f.reason}`);
      }
      return 0;
    } catch (err) {
      return fail(ctx, err, '요청 상태를 확인하지 못했습니다: ');
    }
  });
}

async function list(ctx: CommandContext): Promise<number> {
  const st = ctx.options.status as string | undefined;
  if (!st) throw new UsageError(`list에는 --status가 필요합니다 (${INSTANT_COUPON_STATUSES.join(', ')}).`);
  const issues = validateStatusFilter('coupons', st);
  if (issues.length) throw new UsageError(issues[0].messageKo);
  const page = (ctx.options.page as number | undefined) ?? 1;
  const size = (ctx.options.size as number | undefined) ?? 50;
  if (!Number.isInteger(page) || page < 1) throw new UsageError('--page는 1부터 시작합니다(쿠폰 규칙 28).');
  if (!Number.isInteger(size) || size < 1 || size > 500) throw new UsageError('--size는 1~500입니다.');
  return withService(ctx, async (s) => {
    try {
      const out = await s.instantList({ status: st as (typeof INSTANT_COUPON_STATUSES)[number], page, size, sort: 'desc' });
      if (ctx.format === 'json') printJson(ctx, { ok: true, ...out });
      else {
        for (const c of out.coupons) {
          writeLine(ctx.stdout, `${c.couponId}\t${c.status}\t${c.type} ${c.discount}\tmax ${c.maxDiscountPrice ?? '-'}\t${c.startAt} ~ ${c.endAt}\t${c.promotionName ?? ''}`);
        }
        if (out.pagination) writeLine(ctx.stderr, `${out.pagination.currentPage}/${out.pagination.totalPages}쪽, 전체 ${out.pagination.totalElements}개`);
      }
      return 0;
    } catch (err) {
      return fail(ctx, err, '쿠폰 목록을 읽지 못했습니다: ');
    }
  });
}

export const couponsCommand: Command = {
  name: 'coupons',
  summaryKo: '쿠폰 계약·예산 조회, 즉시할인 쿠폰 생성(--wait), 요청 상태, 상태별 목록.',
  usage: [
    'coupons contracts',
    '  wingdesk coupons create-instant <file.json> [--wait] [--timeout 초]',
    '  wingdesk coupons status <requestedId> [--family instant|download]',
    '  wingdesk coupons list --status STANDBY|APPLIED|PAUSED|EXPIRED|DETACHED [--page N] [--size N]',
  ].join('\n'),
  detailsKo: [
    'create-instant 파일 예: {"contractId":"15","name":"봄맞이 10%","type":"RATE","discount":10,"maxDiscountPrice":5000,',
    '  "startAt":"2025-03-11 00:00:00","endAt":"2025-03-17 23:59:59","wowExclusive":false,"vendorItemIds":["3226138951"]}',
    '보내기 전에 쿠폰 규칙(이름 45자, 할인 범위, 날짜 형식, 계약 기간…)을 검사하고, 어긋나면 규칙 번호와 함께 알려 주고 보내지 않습니다.',
    '쿠팡은 생성을 나중에 처리합니다(REQUESTED → DONE/FAIL). --wait는 옵션 추가까지 끝날 때까지 상태를 확인합니다.',
    '종료 코드: 0 성공(--wait 없이는 접수됨), 1 실패 또는 규칙 위반, 2 사용법 오류.',
  ].join('\n'),
  options: {
    wait: { type: 'boolean', descriptionKo: 'DONE 또는 FAIL이 될 때까지 기다립니다 (create-instant)' },
    timeout: { type: 'number', valueName: '초', descriptionKo: '--wait의 최대 대기 시간 (기본 300초)' },
    status: { type: 'string', valueName: 'S', descriptionKo: '쿠폰 상태 (list)' },
    page: { type: 'number', descriptionKo: '페이지 (list, 1부터)' },
    size: { type: 'number', descriptionKo: '페이지당 개수 (list, 기본 50)' },
    family: { type: 'string', valueName: 'instant|download', descriptionKo: '요청 ID의 쿠폰 종류 (status, 기본: 숫자면 instant)' },
  },
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (!sub || !(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UsageError(`coupons 하위 명령은 ${SUBCOMMANDS.join(', ')} 중 하나입니다${sub ? `: ${sub}` : ''}.`);
    }
    if (sub === 'contracts') return contracts(ctx);
    if (sub === 'create-instant') return createInstant(ctx);
    if (sub === 'status') return status(ctx);
    return list(ctx);
  },
};
