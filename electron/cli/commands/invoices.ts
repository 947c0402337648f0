// `wingdesk invoices validate|upload|jobs|resume` — the bulk invoice upload from the command line,
// with the same reader, rules, journal and runner as the app. SQLite lives in WINGDESK_DATA_DIR.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { stdin } from 'node:process';
import { createInterface } from 'node:readline/promises';
import type { PreviewOptions } from '../../../shared/ipc/invoices';
import { openDatabase, type Db } from '../../store/db';
import { defaultDataDir } from '../../services/connection-source';
import { createInvoicesService, InvoicesError, type InvoicesService } from '../../services/invoices/service';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.options[name];
  return v === undefined ? undefined : String(v);
}

function previewOptions(ctx: CommandContext): PreviewOptions {
  const enc = str(ctx, 'encoding')?.toLowerCase().replace('euc-kr', 'cp949').replace('euckr', 'cp949').replace('utf8', 'utf-8');
  if (enc && !['auto', 'utf-8', 'cp949', 'utf-16le'].includes(enc)) throw new UsageError(`--encoding은 auto, utf-8, cp949, utf-16le 중 하나입니다: ${enc}`);
  return {
    ...(enc && { encoding: enc as PreviewOptions['encoding'] }),
    ...(str(ctx, 'sheet') && { sheet: str(ctx, 'sheet') }),
    ...(str(ctx, 'carrier') && { defaultCarrier: str(ctx, 'carrier') }),
    ...(ctx.options.correct === true && { correct: true }),
  };
}

async function fileBytes(ctx: CommandContext): Promise<{ path: string; bytes: Uint8Array }> {
  const path = ctx.positionals[1];
  if (!path) throw new UsageError(`파일을 주세요: wingdesk invoices ${ctx.positionals[0]} 송장.xlsx`);
  try {
    return { path, bytes: new Uint8Array(await readFile(path)) };
  } catch (err) {
    throw new UsageError(`파일을 읽을 수 없습니다: ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

const dataDir = (ctx: CommandContext) => ctx.env.WINGDESK_DATA_DIR || defaultDataDir(ctx.env);

function offline(ctx: CommandContext): { db: Db; service: InvoicesService } {
  const db = openDatabase(dataDir(ctx));
  const vendorId = str(ctx, 'vendor') ?? ctx.env.WINGDESK_VENDOR_ID ?? null;
  const service = createInvoicesService({
    db,
    vendorId: async () => vendorId,
    connection: async () => {
      throw new Error('이 명령은 쿠팡에 연결하지 않습니다.');
    },
  });
  return { db, service };
}

async function online<T>(ctx: CommandContext, fn: (service: InvoicesService, vendorId: string) => Promise<T>): Promise<T> {
  const { connection, client } = await openConnection(ctx.env);
  const db = openDatabase(ctx.env.WINGDESK_DATA_DIR || connection.dataDir);
  const vendorId = connection.credentials.vendorId;
  const service = createInvoicesService({
    db,
    connection: async () => ({ vendorId, client }),
    log: ctx.env.WINGDESK_DEBUG === '1' ? (e) => ctx.stderr.write(`${JSON.stringify(e)}\n`) : undefined,
    runner: ctx.env.WINGDESK_INVOICES_BATCH ? { batchSize: Number(ctx.env.WINGDESK_INVOICES_BATCH) } : undefined,
  });
  const stop = () => void service.close();
  ctx.signal.addEventListener('abort', stop);
  try {
    return await fn(service, vendorId);
  } finally {
    ctx.signal.removeEventListener('abort', stop);
    await service.close();
    db.close();
    await client.close();
  }
}

async function validate(ctx: CommandContext): Promise<number> {
  const { path, bytes } = await fileBytes(ctx);
  const { db, service } = offline(ctx);
  try {
    const opts = previewOptions(ctx);
    let read;
    try {
      read = await service.readFile(bytes, basename(path), { encoding: opts.encoding ?? 'auto', sheet: opts.sheet ?? null });
    } catch (err) {
      return fail(ctx, err);
    }
    const c = service.check(read, opts, await service.vendor());
    const v = c.validation;
    for (const n of v.notices) writeLine(ctx.stderr, n.message);
    const problems = v.problems.map((p) => ({ row: p.row, column: p.column, code: p.code, message: p.message }));
    if (ctx.format === 'json') {
      printJson(ctx, { file: path, encoding: read.encoding, rows: v.total, valid: v.valid, problems });
    } else {
      writeLine(ctx.stdout, `${path} — ${read.encoding ?? read.kind}, ${v.total}행 중 보낼 수 있는 행 ${v.valid}, 문제 ${problems.length}건${v.held ? `, 함께 보류 ${v.held}행` : ''}`);
      for (const p of problems) writeLine(ctx.stdout, `  ${p.code} — ${p.message}`);
    }
    return problems.length === 0 && v.held === 0 && v.valid === v.total ? 0 : 1;
  } finally {
    db.close();
  }
}

function progressLine(ctx: CommandContext, service: InvoicesService, jobId: string): () => void {
  if (ctx.format === 'json') return () => {};
  const timer = setInterval(() => {
    const j = service.job(jobId);
    ctx.stderr.write(`\r${j.done}/${j.total}행 — 등록 ${j.counts.accepted}, 실패 ${j.counts.rejected}, 확인 중 ${j.counts.unknown}, ${j.rowsPerSecond}행/초${j.etaSeconds ? `, 남은 시간 약 ${j.etaSeconds}초` : ''}   `);
  }, 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    ctx.stderr.write('\n');
  };
}

async function finish(ctx: CommandContext, service: InvoicesService, jobId: string): Promise<number> {
  const stopProgress = progressLine(ctx, service, jobId);
  const outcome = await service.run(jobId);
  stopProgress();
  const j = service.job(jobId);
  if (ctx.format === 'json') printJson(ctx, { jobId, outcome, state: j.state, total: j.total, counts: j.counts, message: j.messageKo });
  else {
    writeLine(ctx.stdout, `작업 ${jobId}: ${j.messageKo ?? j.state}`);
    for (const r of service.jobRows(jobId, 'rejected', 0, 50).rows) writeLine(ctx.stdout, `  ${r.row}행 ${r.shipmentBoxId} 실패 — ${r.messageKo}`);
    for (const r of service.jobRows(jobId, 'unknown', 0, 50).rows) writeLine(ctx.stdout, `  ${r.row}행 ${r.shipmentBoxId} 확인 필요 — ${r.messageKo}`);
  }
  if (outcome === 'busy') writeLine(ctx.stderr, '다른 wingdesk가 이 작업을 보내고 있습니다.');
  return j.state === 'done' && j.counts.rejected === 0 && j.counts.unknown === 0 ? 0 : 1;
}

async function confirm(ctx: CommandContext, question: string): Promise<boolean> {
  if (ctx.options.yes === true) return true;
  if (!stdin.isTTY) throw new UsageError('확인 없이 보내려면 --yes를 붙이세요.');
  const rl = createInterface({ input: stdin, output: ctx.stderr as NodeJS.WritableStream });
  try {
    return /^(y|yes|예|네)$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

async function upload(ctx: CommandContext): Promise<number> {
  const { path, bytes } = await fileBytes(ctx);
  const opts = previewOptions(ctx);
  try {
    return await online(ctx, async (service, vendorId) => {
      const read = await service.readFile(bytes, basename(path), { encoding: opts.encoding ?? 'auto', sheet: opts.sheet ?? null });
      const c = service.check(read, opts, vendorId);
      const v = c.validation;
      for (const n of v.notices) writeLine(ctx.stderr, n.message);
      writeLine(ctx.stderr, `${v.total}행 중 보낼 행 ${v.valid}${v.problems.length ? `, 문제가 있어 건너뛸 행 ${v.total - v.valid}` : ''}`);
      for (const p of v.problems.slice(0, 20)) writeLine(ctx.stderr, `  ${p.message}`);
      if (!(await confirm(ctx, `${vendorId}에 송장 ${v.valid}행을 보낼까요?`))) {
        writeLine(ctx.stderr, '보내지 않았습니다.');
        return 1;
      }
      const job = service.createJob(basename(path), read.encoding ?? read.kind, c, vendorId);
      if (ctx.format === 'json') printJson(ctx, { jobId: job.id, rows: v.total, sendable: v.valid });
      else writeLine(ctx.stdout, `작업 ${job.id} 시작 — ${v.valid}행`);
      return finish(ctx, service, job.id);
    });
  } catch (err) {
    if (err instanceof InvoicesError) return fail(ctx, err);
    return fail(ctx, err, '송장 일괄등록 실패: ');
  }
}

async function resume(ctx: CommandContext): Promise<number> {
  const jobId = ctx.positionals[1];
  if (!jobId) throw new UsageError('이어서 보낼 작업 ID를 주세요: wingdesk invoices resume <jobId> (목록: wingdesk invoices jobs)');
  try {
    return await online(ctx, async (service) => {
      const job = service.repo.job(jobId);
      if (!job) throw new InvoicesError('NOT_FOUND', `작업 ${jobId}을(를) 찾을 수 없습니다.`);
      if (job.state === 'paused') service.repo.setState(jobId, 'running', null, new Date().toISOString());
      return finish(ctx, service, jobId);
    });
  } catch (err) {
    return fail(ctx, err, '작업을 이어서 보내지 못했습니다: ');
  }
}

async function jobs(ctx: CommandContext): Promise<number> {
  const { db, service } = offline(ctx);
  try {
    const list = service.jobs(str(ctx, 'vendor') ?? null);
    if (ctx.format === 'json') printJson(ctx, list.map((j) => ({ id: j.id, vendorId: j.vendorId, fileName: j.fileName, state: j.state, createdAt: j.createdAt, finishedAt: j.finishedAt, total: j.total, counts: j.counts, message: j.messageKo })));
    else {
      for (const j of list) writeLine(ctx.stdout, `${j.id}  ${j.createdAt.slice(0, 16).replace('T', ' ')}  ${j.state.padEnd(9)} ${j.fileName}  등록 ${j.counts.accepted}/${j.total}, 실패 ${j.counts.rejected}, 확인 필요 ${j.counts.unknown}`);
      if (!list.length) writeLine(ctx.stderr, '작업이 없습니다.');
    }
    return 0;
  } finally {
    db.close();
  }
}

export const invoicesCommand: Command = {
  name: 'invoices',
  summaryKo: '택배사 송장 파일(CSV/엑셀)을 검사(validate)하고 쿠팡에 일괄 등록(upload)하며, 작업을 보고(jobs) 이어서 보냅니다(resume).',
  usage: 'invoices validate <file> [--format json] | invoices upload <file> [--yes] [--correct] | invoices jobs | invoices resume <jobId>',
  detailsKo: [
    'validate: .csv/.tsv/.txt(UTF-8·CP949 자동 인식)와 .xlsx/.xls를 읽어 행마다 문제를 찾습니다. 모든 행이 정상이면 0, 아니면 1로 끝납니다.',
    '          --format json이면 {"file","encoding","rows","valid","problems":[{"row","column","code","message"}]}를 출력합니다.',
    '          WINGDESK_VENDOR_ID(또는 --vendor)의 주문이 이 PC에 저장되어 있으면 주문 상태까지 확인합니다.',
    'upload:   검사 후 문제 없는 행을 작업으로 기록하고 보냅니다. 중간에 끊겨도 resume으로 이어서 보내며 같은 송장을 두 번 보내지 않습니다.',
    '          --correct: 이미 송장이 등록된 주문은 송장 수정(updateInvoice)으로 보냅니다.',
    'jobs:     이 PC의 작업 목록.  resume <jobId>: 멈춘 작업을 이어서 보냅니다.',
  ].join('\n'),
  options: {
    yes: { type: 'boolean', short: 'y', descriptionKo: 'upload: 확인 없이 보냅니다' },
    correct: { type: 'boolean', descriptionKo: 'upload/validate: 이미 송장이 등록된 주문은 송장 수정으로 보냅니다' },
    encoding: { type: 'string', valueName: 'auto|utf-8|cp949', descriptionKo: '텍스트 파일 인코딩 (기본 자동)' },
    sheet: { type: 'string', valueName: 'NAME', descriptionKo: '엑셀 시트 이름 (기본 첫 시트)' },
    carrier: { type: 'string', valueName: 'CODE', descriptionKo: '택배사 열이 없을 때 모든 행의 택배사 (예: CJGLS)' },
    vendor: { type: 'string', valueName: 'A00012345', descriptionKo: 'validate/jobs: 판매자ID (기본 WINGDESK_VENDOR_ID)' },
  },
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (sub === 'validate') return validate(ctx);
    if (sub === 'upload') return upload(ctx);
    if (sub === 'jobs') return jobs(ctx);
    if (sub === 'resume') return resume(ctx);
    throw new UsageError(sub ? `알 수 없는 invoices 명령입니다: ${sub} (validate, upload, jobs, resume)` : 'invoices 다음에 validate, upload, jobs, resume 중 하나를 주세요.');
  },
};
