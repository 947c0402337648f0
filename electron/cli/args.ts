// A small argument parser for wingdesk commands: `--name value`, `--name=value`, boolean flags,
// `-h`, and `--` to end options. Anything it does not understand is a usage error (exit 2).

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  type: 'string' | 'number' | 'boolean';
  short?: string;
  /** Shown in help, Korean. */
  descriptionKo: string;
  valueName?: string;
  /** May be given more than once; the values are collected in order. */
  multiple?: boolean;
}

export type OptionSpecs = Record<string, OptionSpec>;
export type OptionValue = string | number | boolean | Array<string | number>;

export interface ParsedArgs {
  options: Record<string, OptionValue | undefined>;
  positionals: string[];
}

function toValue(name: string, spec: OptionSpec, raw: string): string | number {
  if (spec.type === 'number') {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} 값은 숫자여야 합니다: ${raw}`);
    return n;
  }
  return raw;
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).filter(([, s]) => s.short).map(([n, s]) => [s.short!, n]));
  const set = (name: string, spec: OptionSpec, value: string | number | boolean) => {
    if (spec.multiple) {
      const list = (options[name] as Array<string | number> | undefined) ?? [];
      list.push(value as string | number);
      options[name] = list;
    } else {
      options[name] = value;
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else if (/^-[A-Za-z]$/.test(arg)) {
      name = byShort.get(arg.slice(1));
      if (!name) throw new UsageError(`알 수 없는 옵션입니다: ${arg}`);
    } else {
      positionals.push(arg);
      continue;
    }
    const spec = specs[name];
    if (!spec) throw new UsageError(`알 수 없는 옵션입니다: --${name}`);
    if (spec.type === 'boolean') {
      if (inline !== undefined && inline !== 'true' && inline !== 'false') throw new UsageError(`--${name}에는 값을 붙일 수 없습니다.`);
      set(name, spec, inline === undefined ? true : inline === 'true');
      continue;
    }
    let raw = inline;
    if (raw === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`--${name}에 값이 필요합니다.`);
      raw = next;
      i++;
    }
    set(name, spec, toValue(name, spec, raw));
  }
  return { options, positionals };
}

export function formatOptionsHelp(specs: OptionSpecs): string[] {
  return Object.entries(specs).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : ''}--${name}${s.type === 'boolean' ? '' : ` <${s.valueName ?? (s.type === 'number' ? 'N' : '값')}>`}`;
    return `  ${flag.padEnd(28)} ${s.descriptionKo}`;
  });
}
