// `wingdesk products validate <file.json>` — the wizard's rules on a request body, without sending;
// `wingdesk products create <file.json>` — the same check, then products.create.
// Exit 0 ok, 1 rule breaks or Coupang refused (problems listed), 2 usage.
import { readFile } from 'node:fs/promises';
import { parseJson } from '../../coupang/json';
import { errorsOnly, validateProductRequest, type ProductIssue } from '../../../shared/products';
import { createProductsService } from '../../services/products/service';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

async function readBody(file: string | undefined): Promise<unknown> {
  if (!file) throw new UsageError('요청 본문 JSON 파일을 주세요: wingdesk products validate product.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`파일을 읽을 수 없습니다: ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return parseJson(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`올바른 JSON이 아닙니다: ${file} (${(err as Error).message})`);
  }
}

function printIssues(ctx: CommandContext, issues: ProductIssue[]) {
  for (const i of issues) writeLine(i.severity === 'error' ? ctx.stderr : ctx.stdout, `${i.severity === 'error' ? '✗' : '!'} ${i.messageKo}`);
}

async function validate(ctx: CommandContext): Promise<number> {
  const body = await readBody(ctx.positionals[1]);
  const mode = ctx.options.update ? 'update' : 'create';
  let issues: ProductIssue[];
  let checkedWithMeta = true;
  if (ctx.options.offline) {
    issues = validateProductRequest(body, { mode });
    checkedWithMeta = false;
  } else {
    const { connection, client } = await openConnection(ctx.env);
    try {
      const svc = createProductsService({ connection: async () => ({ vendorId: connection.credentials.vendorId, client }) });
      issues = await svc.validateBody(body, mode);
    } finally {
      await client.close();
    }
  }
  const errors = errorsOnly(issues);
  if (ctx.format === 'json') {
    printJson(ctx, { ok: errors.length === 0, errors: errors.length, warnings: issues.length - errors.length, checkedWithMeta, issues });
  } else {
    printIssues(ctx, issues);
    if (errors.length === 0) writeLine(ctx.stdout, `ok — 규칙 위반 없음${issues.length ? ` (경고 ${issues.length}건)` : ''}${checkedWithMeta ? '' : ' (오프라인: 카테고리 메타·출고지 규칙은 건너뜀)'}`);
  }
  if (errors.length > 0 && ctx.format !== 'json') writeLine(ctx.stderr, `규칙 위반 ${errors.length}건 — 고친 뒤 다시 확인하세요.`);
  return errors.length === 0 ? 0 : 1;
}

async function create(ctx: CommandContext): Promise<number> {
  const body = await readBody(ctx.positionals[1]);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new UsageError('요청 본문은 JSON 객체여야 합니다.');
  const { connection, client } = await openConnection(ctx.env);
  try {
    const svc = createProductsService({ connection: async () => ({ vendorId: connection.credentials.vendorId, client }) });
    const result = await svc.createFromBody(body as Record<string, unknown>);
    if (ctx.format === 'json') printJson(ctx, { ok: result.ok, sellerProductId: result.sellerProductId, statusName: result.statusName, messageKo: result.messageKo, issues: result.issues });
    else {
      printIssues(ctx, result.issues);
      if (result.ok) writeLine(ctx.stdout, `${result.sellerProductId}  ${result.statusName ?? ''} — ${result.messageKo}`);
    }
    if (!result.ok) writeLine(ctx.stderr, result.messageKo);
    return result.ok ? 0 : 1;
  } catch (err) {
    return fail(ctx, err, '상품 등록 실패: ');
  } finally {
    await client.close();
  }
}

export const productsCommand: Command = {
  name: 'products',
  summaryKo: '상품 요청 JSON을 마법사의 규칙으로 검사(validate)하거나 검사 후 등록(create)합니다.',
  usage: 'products validate <file.json> [--update] [--offline]\n  wingdesk products create <file.json>',
  detailsKo:
    'validate: products.create 본문을 rules-products.md 규칙으로 검사합니다. 연결이 있으면 카테고리 메타(필수 구매옵션·고시정보·서류·인증)와 내 출고지/반품지까지 대조합니다 (--offline이면 본문만). ' +
    '--update는 상품 수정 본문으로 보고 조회 결과와 비교합니다. 위반이 있으면 한 줄씩 출력하고 종료 코드 1. ' +
    'create: 같은 검사를 통과하면 상품을 등록하고 등록상품ID를 출력합니다 (requested=true면 승인요청까지).',
  options: {
    update: { type: 'boolean', descriptionKo: '상품 수정(승인필요) 본문으로 검사' },
    offline: { type: 'boolean', descriptionKo: '연결 없이 본문 규칙만 검사' },
  },
  async run(ctx) {
    const sub = ctx.positionals[0];
    try {
      if (sub === 'validate') return await validate(ctx);
      if (sub === 'create') return await create(ctx);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      return fail(ctx, err);
    }
    throw new UsageError(`products 다음에는 validate 또는 create가 옵니다${sub ? ` (받은 값: ${sub})` : ''}.`);
  },
};
