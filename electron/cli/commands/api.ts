// `wingdesk api <endpointId> [name=value …] [--body FILE]`: any catalog endpoint by id. Values
// are given raw (not URL-encoded); the client encodes, signs and fills vendorId itself.
import { readFile } from 'node:fs/promises';
import { getEndpoint, ENDPOINT_IDS, ENDPOINTS, type EndpointMeta } from '../../coupang/endpoints/catalog';
import { parseJsonVerbatim } from '../../coupang/json';
import { UsageError } from '../args';
import { openConnection } from '../connection';
import { fail, printJson, writeLine } from '../output';
import type { Command, CommandContext } from '../registry';

async function readBody(file: string): Promise<unknown> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--body 파일을 읽을 수 없습니다: ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return parseJsonVerbatim(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`--body 파일이 올바른 JSON이 아닙니다: ${file} (${(err as Error).message})`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function paramNames(ep: EndpointMeta): string[] {
  return [...ep.pathParams, ...ep.queryParams.filter((q) => !q.fixed).map((q) => q.name)].filter((n) => n !== 'vendorId');
}

export function parseAssignments(ep: EndpointMeta, args: readonly string[]) {
  const path: Record<string, string> = {};
  const query: Record<string, string | string[]> = {};
  const allowed = new Set(paramNames(ep));
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`값은 name=value 형식으로 주세요: ${arg}`);
    const name = arg.slice(0, eq);
    const value = arg.slice(eq + 1);
    if (name === 'vendorId') throw new UsageError('vendorId는 연결 정보에서 자동으로 채워지므로 지정할 수 없습니다.');
    if (!allowed.has(name)) {
      const list = [...allowed].join(', ') || '(없음)';
      throw new UsageError(`${ep.id}에는 ${name} 값이 없습니다. 쓸 수 있는 이름: ${list}`);
    }
    if (ep.pathParams.includes(name)) {
      if (path[name] !== undefined) throw new UsageError(`경로 값 ${name}은 한 번만 줄 수 있습니다.`);
      path[name] = value;
    } else {
      const prev = query[name];
      query[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
  }
  const missing = [
    ...ep.pathParams.filter((n) => n !== 'vendorId' && path[n] === undefined),
    ...ep.queryParams.filter((q) => q.required && !q.fixed && !q.emptyDefault && q.name !== 'vendorId' && query[q.name] === undefined).map((q) => q.name),
  ];
  if (missing.length) throw new UsageError(`${ep.id}에 필요한 값이 없습니다: ${missing.map((n) => `${n}=…`).join(' ')}`);
  return { path, query };
}

function listEndpoints(ctx: CommandContext): number {
  if (ctx.format === 'json') {
    printJson(ctx, ENDPOINT_IDS.map((id) => ({ id, method: ENDPOINTS[id].method, path: ENDPOINTS[id].path, nameKo: ENDPOINTS[id].nameKo })));
    return 0;
  }
  const width = Math.max(...ENDPOINT_IDS.map((id) => id.length));
  for (const id of ENDPOINT_IDS) writeLine(ctx.stdout, `${id.padEnd(width)}  ${ENDPOINTS[id].method.padEnd(6)} ${ENDPOINTS[id].path}`);
  return 0;
}

export const apiCommand: Command = {
  name: 'api',
  summaryKo: '카탈로그의 아무 API나 id로 호출합니다 (--list로 목록).',
  usage: 'api <endpointId> [name=value …] [--body FILE] [--priority user|bulk]\n  wingdesk api --list',
  detailsKo:
    '경로·쿼리 값은 이름=값으로 줍니다(인코딩하지 않은 원래 값, 같은 이름을 반복하면 여러 값). vendorId는 자동으로 채워집니다. ' +
    '--body는 JSON 파일(- 는 표준입력)이며 숫자는 쓴 그대로 보냅니다. 결과는 정규화된 JSON이며 ID는 문자열입니다.',
  options: {
    list: { type: 'boolean', descriptionKo: '모든 API id를 메서드·경로와 함께 한 줄씩 출력' },
    body: { type: 'string', valueName: 'FILE', descriptionKo: '요청 본문 JSON 파일 (- = 표준입력)' },
    priority: { type: 'string', valueName: 'user|bulk', descriptionKo: '대기열 우선순위 (기본 user)' },
    'extended-timeout': { type: 'number', valueName: 'MS', descriptionKo: 'X-EXTENDED-TIMEOUT 값(ms)' },
  },
  async run(ctx) {
    if (ctx.options.list) {
      if (ctx.positionals.length) throw new UsageError('--list는 다른 값과 함께 쓸 수 없습니다.');
      return listEndpoints(ctx);
    }
    const [id, ...assignments] = ctx.positionals;
    if (!id) throw new UsageError('호출할 API id를 주세요. 목록: wingdesk api --list');
    const ep = getEndpoint(id);
    if (!ep) throw new UsageError(`알 수 없는 API id입니다: ${id} (목록: wingdesk api --list)`);
    const { path, query } = parseAssignments(ep, assignments);
    const priority = ctx.options.priority ?? 'user';
    if (priority !== 'user' && priority !== 'bulk') throw new UsageError('--priority는 user 또는 bulk입니다.');
    const bodyFile = ctx.options.body as string | undefined;
    const body = bodyFile === undefined ? undefined : await readBody(bodyFile);
    const extendedTimeoutMs = ctx.options['extended-timeout'] as number | undefined;

    const { client } = await openConnection(ctx.env);
    try {
      const res = await client.call(ep.id, { path, query, body }, { priority, signal: ctx.signal, extendedTimeoutMs });
      const out: Record<string, unknown> = { ok: true, endpointId: ep.id, httpStatus: res.httpStatus, code: res.code, message: res.message };
      if (res.nextToken !== undefined) out.nextToken = res.nextToken;
      out.data = res.data;
      printJson(ctx, out, ctx.format !== 'json');
      return 0;
    } catch (err) {
      return fail(ctx, err);
    } finally {
      await client.close();
    }
  },
};
