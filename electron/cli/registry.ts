// The command registry: each command is a small module under commands/ that registers itself in
// commands/index.ts. Adding `wingdesk orders …` is one new file and one line there.
import type { Writable } from 'node:stream';
import type { OptionSpecs, OptionValue } from './args';

export type OutputFormat = 'text' | 'json';

export interface CommandContext {
  /** Options of this command plus the global ones (--format). */
  options: Record<string, OptionValue | undefined>;
  positionals: string[];
  format: OutputFormat;
  env: NodeJS.ProcessEnv;
  stdout: Writable;
  stderr: Writable;
  /** Aborted on SIGINT/SIGTERM. */
  signal: AbortSignal;
}

export interface Command {
  name: string;
  /** One Korean line for `wingdesk help`. */
  summaryKo: string;
  /** Usage line(s) after `wingdesk`, e.g. `api <endpointId> [name=value …] [--body FILE]`. */
  usage: string;
  options?: OptionSpecs;
  /** Longer Korean help shown by `wingdesk help <command>`. */
  detailsKo?: string;
  /** Exit code: 0 ok, 1 failure (2 is for usage errors, thrown as UsageError). */
  run(ctx: CommandContext): Promise<number>;
}

const commands = new Map<string, Command>();

export function registerCommand(command: Command): void {
  if (commands.has(command.name)) throw new Error(`command ${command.name} registered twice`);
  commands.set(command.name, command);
}

export function getCommand(name: string): Command | undefined {
  return commands.get(name);
}

export function listCommands(): Command[] {
  return [...commands.values()];
}
