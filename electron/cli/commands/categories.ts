// `wingdesk categories recommend "<상품명>"` and `wingdesk categories meta <코드>`: the first step of
// registering a product from a terminal — which category, and what its meta makes the form ask for.
import { buildFormModel } from '../../../shared/products/form-model';
import { createProductsService } from '../../services/products/service';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

async function withService<T>(ctx: CommandContext, fn: (svc: ReturnType<typeof createProductsService>) => Promise<T>): Promise<T> {
  const { connection, client } = await openConnection(ctx.env);
  const svc = createProductsService({ connection: async () => ({ vendorId: connection.credentials.vendorId, client }) });
  try {
    return await fn(svc);
  } finally {
    await client.close();
  }
}

async function recommend(ctx: CommandContext): Promise<number> {
  const name = ctx.positionals.slice(1).join(' ').trim();
  if (!name) throw new UsageError('추천받을 상품명을 주세요: wingdesk categories recommend "상품명"');
  try {
    const r = await withService(ctx, (svc) => svc.recommend({ productName: name, brand: ctx.options.brand as string | undefined }));
    if (ctx.format === 'json') printJson(ctx, { ok: r.code !== null, ...r });
    else if (r.code) writeLine(ctx.stdout, `${r.code}  ${r.path ?? r.name ?? ''}  (${r.resultType})`);
    else writeLine(ctx.stdout, `추천 결과 없음 (${r.resultType}). 한 가지 상품만 구체적으로 적은 이름으로 다시 시도하세요.`);
    // Recommendation is the seller's choice (rule 96): no suggestion is not a failure of the command.
    return r.code ? 0 : 1;
  } catch (err) {
    return fail(ctx, err, '카테고리 추천 실패: ');
  }
}

async function meta(ctx: CommandContext): Promise<number> {
  const code = ctx.positionals[1];
  if (!code || !/^\d+$/.test(code)) throw new UsageError('카테고리 코드(숫자)를 주세요: wingdesk categories meta 78877');
  try {
    const r = await withService(ctx, (svc) => svc.meta(code));
    const model = buildFormModel(r.meta);
    if (ctx.format === 'json') {
      printJson(ctx, { ok: true, code, path: r.path, meta: r.meta, form: model });
      return 0;
    }
    writeLine(ctx.stdout, `${code}  ${r.path ?? r.name ?? ''}`);
    writeLine(ctx.stdout, `단일상품 등록: ${model.allowSingleItem ? '가능' : '불가 (옵션 필수)'} · 상품 상태: ${model.offerConditions.join(', ')}`);
    writeLine(ctx.stdout, '구매옵션:');
    for (const f of model.purchaseOptions) {
      const kind = f.mandatory ? '필수' : f.groupNumber ? `그룹${f.groupNumber} 택1` : '선택';
      const how = f.input === 'select' ? `선택: ${f.values.join(', ')}` : f.input === 'number-unit' ? `숫자+단위: ${f.units.join(', ')}` : '문자';
      writeLine(ctx.stdout, `  [${kind}] ${f.name} — ${how}`);
    }
    const required = model.searchOptions.filter((f) => f.requiredMandatory);
    writeLine(ctx.stdout, `검색옵션: ${model.searchOptions.length}개${required.length ? ` (필수: ${required.map((f) => f.name).join(', ')})` : ''}`);
    writeLine(ctx.stdout, '고시정보 (하나를 골라 모든 항목 입력):');
    for (const n of model.notices) writeLine(ctx.stdout, `  ${n.name} (${n.rows.length}개): ${n.rows.map((r) => r.name).join(' / ')}`);
    writeLine(ctx.stdout, `구비서류: ${model.documents.map((d) => `${d.templateName}(${d.required})`).join(', ') || '없음'}`);
    const certs = model.certifications.filter((c) => c.required !== 'OPTIONAL');
    writeLine(ctx.stdout, `인증: ${model.certifications.length}종${certs.length ? ` (필수·추천: ${certs.map((c) => `${c.name}[${c.required}]`).join(', ')})` : ''}`);
    return 0;
  } catch (err) {
    return fail(ctx, err, '카테고리 메타 조회 실패: ');
  }
}

export const categoriesCommand: Command = {
  name: 'categories',
  summaryKo: '카테고리 추천(상품명으로)과 카테고리 메타(구매옵션·고시정보·서류) 조회.',
  usage: 'categories recommend "<상품명>" [--brand 브랜드]\n  wingdesk categories meta <카테고리코드>',
  detailsKo: 'recommend: 쿠팡 카테고리 추천 API로 상품명에 맞는 최하위 카테고리를 찾습니다 (추천이 없으면 종료 코드 1). meta: 그 카테고리의 메타를 마법사와 같은 방식으로 풀어 보여 줍니다 (--format json이면 정규화한 메타와 폼 모델).',
  options: { brand: { type: 'string', valueName: 'BRAND', descriptionKo: '추천에 함께 보낼 브랜드' } },
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (sub === 'recommend') return recommend(ctx);
    if (sub === 'meta') return meta(ctx);
    throw new UsageError(`categories 다음에는 recommend 또는 meta가 옵니다${sub ? ` (받은 값: ${sub})` : ''}.`);
  },
};
