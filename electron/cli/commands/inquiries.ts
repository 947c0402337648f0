// `wingdesk inquiries list|sync|answer|confirm` — the customer-inquiry inbox from the command line,
// with the same service and SQLite store as the app. `list` syncs the last days first unless
// --offline (then it reads the store only, which needs --vendor or WINGDESK_VENDOR_ID).
import { readFile } from 'node:fs/promises';
import type { InquiryRow, InquiryView } from '../../../shared/ipc/inquiries';
import { formatLeftKo, INQUIRY_KIND_KO, INQUIRY_STATE_KO, msLeft } from '../../../shared/inquiries';
import { defaultDataDir } from '../../services/connection-source';
import { createInquiriesService, type InquiriesService } from '../../services/inquiries/service';
import { openDatabase } from '../../store/db';
import { createSettingsRepo } from '../../store/settings-repo';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.options[name];
  return v === undefined ? undefined : String(v);
}

function days(ctx: CommandContext): number {
  const v = ctx.options.days;
  if (v === undefined) return 7;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 90) throw new UsageError(`--days는 1~90 정수입니다: ${v}`);
  return n;
}

async function withService<T>(ctx: CommandContext, offline: boolean, fn: (service: InquiriesService) => Promise<T>): Promise<T> {
  if (offline) {
    const vendorId = str(ctx, 'vendor') ?? ctx.env.WINGDESK_VENDOR_ID;
    if (!vendorId) throw new UsageError('판매자ID가 필요합니다: --vendor A00012345 또는 WINGDESK_VENDOR_ID');
    const db = openDatabase(ctx.env.WINGDESK_DATA_DIR || defaultDataDir(ctx.env));
    try {
      return await fn(createInquiriesService({ db, settings: createSettingsRepo(db), connection: async () => ({ vendorId, client: undefined as never }) }));
    } finally {
      db.close();
    }
  }
  const { connection, client } = await openConnection(ctx.env);
  const db = openDatabase(ctx.env.WINGDESK_DATA_DIR || connection.dataDir);
  try {
    const service = createInquiriesService({
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

function view(ctx: CommandContext): InquiryView {
  const unanswered = ctx.options.unanswered === true;
  const transfer = ctx.options.transfer === true;
  if (unanswered && transfer) return 'ACTION';
  if (unanswered) return 'NO_ANSWER';
  if (transfer) return 'TRANSFER';
  return 'ALL';
}

function kind(ctx: CommandContext): 'ALL' | 'product' | 'callcenter' {
  const k = str(ctx, 'kind');
  if (k === undefined) return 'ALL';
  if (k === 'product' || k === 'callcenter') return k;
  throw new UsageError(`--kind는 product 또는 callcenter입니다: ${k}`);
}

function line(r: InquiryRow): string {
  const left = r.deadlineAt ? `  [${r.overdue ? '마감 지남' : `자동 종료까지 ${formatLeftKo(msLeft(r.deadlineAt))}`}]` : '';
  const question = r.question.replace(/\s+/g, ' ').slice(0, 60);
  return `${r.inquiryAt.slice(0, 16).replace('T', ' ')}  ${INQUIRY_KIND_KO[r.kind].padEnd(7)} ${r.inquiryId}  ${INQUIRY_STATE_KO[r.state].padEnd(4)} ${r.productName ? `${r.productName.slice(0, 30)} — ` : ''}${question}${left}`;
}

async function list(ctx: CommandContext): Promise<number> {
  const offline = ctx.options.offline === true;
  const filter = { view: view(ctx), kind: kind(ctx), search: str(ctx, 'search') };
  const limit = ctx.options.limit === undefined ? 2000 : Number(ctx.options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit는 1 이상의 정수입니다: ${ctx.options.limit}`);
  const d = days(ctx);
  try {
    const out = await withService(ctx, offline, async (service) => {
      const report = offline ? null : await service.sync({ days: d, signal: ctx.signal });
      return { report, listed: await service.list(filter, limit) };
    });
    if (ctx.format === 'json') printJson(ctx, out.listed.rows);
    else {
      for (const r of out.listed.rows) writeLine(ctx.stdout, line(r));
      const synced = out.report ? ` — 동기화: 상품문의 ${out.report.product}건, 고객센터 문의 ${out.report.callCenter}건, 요청 ${out.report.requests}회` : ' (저장된 문의 기준)';
      writeLine(ctx.stderr, `${out.listed.rows.length}건 / 전체 ${out.listed.total}건${synced}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return fail(ctx, err, '고객문의 조회 실패: ');
  }
}

async function sync(ctx: CommandContext): Promise<number> {
  const d = days(ctx);
  try {
    const report = await withService(ctx, false, (s) => s.sync({ days: d, signal: ctx.signal }));
    if (ctx.format === 'json') printJson(ctx, report);
    else writeLine(ctx.stdout, `상품문의 ${report.product}건, 고객센터 문의 ${report.callCenter}건 (${report.windows}개 구간, 요청 ${report.requests}회, ${report.seconds}초)`);
    return 0;
  } catch (err) {
    return fail(ctx, err, '고객문의 동기화 실패: ');
  }
}

async function answer(ctx: CommandContext): Promise<number> {
  const [, k, inquiryId] = ctx.positionals;
  if (k !== 'product' && k !== 'callcenter') throw new UsageError('inquiries answer <product|callcenter> <inquiryId> --content TEXT|--file FILE --reply-by WINGID');
  if (!inquiryId || !/^\d+$/.test(inquiryId)) throw new UsageError(`문의 번호는 숫자입니다: ${inquiryId ?? ''}`);
  const file = str(ctx, 'file');
  const content = file ? await readFile(file, 'utf8') : str(ctx, 'content');
  if (!content) throw new UsageError('답변 내용을 주세요: --content "..." 또는 --file 답변.txt');
  const replyBy = str(ctx, 'reply-by');
  if (!replyBy) throw new UsageError('--reply-by에 WING 로그인 ID를 주세요.');
  try {
    const outcome = await withService(ctx, false, (s) => s.answer({ kind: k, inquiryId, content, replyBy }));
    if (ctx.format === 'json') printJson(ctx, outcome);
    else writeLine(ctx.stdout, `${inquiryId}  ${outcome.state}  ${outcome.messageKo}`);
    return outcome.state === 'done' ? 0 : 1;
  } catch (err) {
    return fail(ctx, err, '답변 실패: ');
  }
}

async function confirm(ctx: CommandContext): Promise<number> {
  const inquiryId = ctx.positionals[1];
  if (!inquiryId || !/^\d+$/.test(inquiryId)) throw new UsageError('inquiries confirm <inquiryId> --confirm-by WINGID');
  const confirmBy = str(ctx, 'confirm-by') ?? str(ctx, 'reply-by');
  if (!confirmBy) throw new UsageError('--confirm-by에 WING 로그인 ID를 주세요.');
  try {
    const outcome = await withService(ctx, false, (s) => s.confirm({ inquiryId, confirmBy }));
    if (ctx.format === 'json') printJson(ctx, outcome);
    else writeLine(ctx.stdout, `${inquiryId}  ${outcome.state}  ${outcome.messageKo}`);
    return outcome.state === 'done' ? 0 : 1;
  } catch (err) {
    return fail(ctx, err, '문의 확인 실패: ');
  }
}

export const inquiriesCommand: Command = {
  name: 'inquiries',
  summaryKo: '상품문의·고객센터 문의를 받아 보고(list, sync), 답변(answer)·확인(confirm)합니다.',
  usage: 'inquiries list [--unanswered] [--transfer] [--kind product|callcenter] [--days N] [--offline] | inquiries sync [--days N] | inquiries answer <product|callcenter> <inquiryId> --content TEXT --reply-by ID | inquiries confirm <inquiryId> --confirm-by ID',
  detailsKo: [
    'list: 최근 --days일(기본 7)의 문의를 먼저 받아 저장한 뒤 보여 줍니다(7일 단위로 나눠 조회). --offline이면 저장된 문의만 읽습니다.',
    '      --unanswered는 미답변, --transfer는 미확인(확인 필요), 둘 다 주면 처리가 필요한 문의 전부. 처리할 문의가 먼저, 마감이 가까운 순서입니다.',
    '      --format json이면 문의 배열을 출력합니다.',
    'answer: 답변은 2~1,000자, 줄바꿈은 \\n으로 보냅니다. 한 번 등록한 답변은 수정·삭제할 수 없습니다.',
    '        고객센터 문의는 미답변 상태에서 24시간 안에만 답변할 수 있습니다.',
    'confirm: 미확인(TRANSFER) 고객센터 문의를 24시간 안에 확인 처리합니다.',
    '종료 코드: 0 성공, 1 실패(쿠팡 거절 포함), 2 사용법 오류.',
  ].join('\n'),
  options: {
    unanswered: { type: 'boolean', descriptionKo: 'list: 미답변 문의만' },
    transfer: { type: 'boolean', descriptionKo: 'list: 미확인(TRANSFER) 문의만' },
    kind: { type: 'string', valueName: 'product|callcenter', descriptionKo: 'list: 문의 종류' },
    search: { type: 'string', valueName: 'TEXT', descriptionKo: 'list: 내용·상품명·주문번호 검색' },
    days: { type: 'number', valueName: 'N', descriptionKo: '받아 올 기간(일, 기본 7, 최대 90)' },
    offline: { type: 'boolean', descriptionKo: 'list: 쿠팡에 묻지 않고 저장된 문의만' },
    limit: { type: 'number', valueName: 'N', descriptionKo: 'list: 최대 건수' },
    vendor: { type: 'string', valueName: 'A00012345', descriptionKo: '--offline일 때 판매자ID (기본 WINGDESK_VENDOR_ID)' },
    content: { type: 'string', valueName: 'TEXT', descriptionKo: 'answer: 답변 내용' },
    file: { type: 'string', valueName: 'FILE', descriptionKo: 'answer: 답변 내용 파일(UTF-8)' },
    'reply-by': { type: 'string', valueName: 'WINGID', descriptionKo: 'answer: 답변자 WING 로그인 ID' },
    'confirm-by': { type: 'string', valueName: 'WINGID', descriptionKo: 'confirm: 확인자 WING 로그인 ID' },
  },
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (sub === 'list') return list(ctx);
    if (sub === 'sync') return sync(ctx);
    if (sub === 'answer') return answer(ctx);
    if (sub === 'confirm') return confirm(ctx);
    throw new UsageError(sub ? `알 수 없는 inquiries 명령입니다: ${sub} (list, sync, answer, confirm)` : 'inquiries 다음에 list, sync, answer, confirm 중 하나를 주세요.');
  },
};
