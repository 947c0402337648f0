// The CLI runner: finds the command, parses its options, runs it and turns every outcome into an
// exit code (0 ok, 1 failure, 2 usage) with failures as one stderr line.
import type { Writable } from 'node:stream';
import { parseArgs, UsageError } from './args';
import { registerBuiltinCommands } from './commands';
import { commandHelp, generalHelp, GLOBAL_OPTIONS } from './help';
import { errorLine, writeLine } from './output';
import { getCommand, type CommandContext, type OutputFormat } from './registry';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

/** Index of the command word: the first argument that is neither an option nor a global option's value. */
function findCommand(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return -1;
    if (a === '--format') {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return i;
  }
  return -1;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  registerBuiltinCommands();
  let format: OutputFormat = 'text';
  try {
    const at = findCommand(argv);
    const name = at < 0 ? undefined : argv[at];
    const rest = at < 0 ? [...argv] : [...argv.slice(0, at), ...argv.slice(at + 1)];

    if (name === undefined || name === 'help') {
      const parsed = parseArgs(rest, GLOBAL_OPTIONS);
      const topic = parsed.positionals[0];
      if (topic) {
        const cmd = getCommand(topic);
        if (!cmd) throw new UsageError(`알 수 없는 명령입니다: ${topic}`);
        writeLine(io.stdout, commandHelp(cmd));
        return 0;
      }
      if (name === undefined && !parsed.options.help) {
        writeLine(io.stderr, generalHelp());
        return 2;
      }
      writeLine(io.stdout, generalHelp());
      return 0;
    }

    const cmd = getCommand(name);
    if (!cmd) throw new UsageError(`알 수 없는 명령입니다: ${name}`);
    const parsed = parseArgs(rest, { ...GLOBAL_OPTIONS, ...cmd.options });
    const f = parsed.options.format ?? 'text';
    if (f !== 'text' && f !== 'json') throw new UsageError('--format은 text 또는 json입니다.');
    format = f;
    if (parsed.options.help) {
      writeLine(io.stdout, commandHelp(cmd));
      return 0;
    }
    const ctx: CommandContext = { ...io, options: parsed.options, positionals: parsed.positionals, format };
    return await cmd.run(ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      writeLine(io.stderr, `사용법 오류: ${err.message} (도움말: wingdesk help)`);
      return 2;
    }
    if (io.signal.aborted) {
      writeLine(io.stderr, '중단되었습니다.');
      return 1;
    }
    if (format === 'json') writeLine(io.stdout, JSON.stringify({ ok: false, error: { kind: 'other', explanationKo: errorLine(err) } }));
    writeLine(io.stderr, errorLine(err));
    return 1;
  }
}
