// A job the main process repeats on its own (keeping a list fresh without the seller pressing
// 동기화): first run after a short delay, then every interval after the previous run ends, never
// two at once. Timers do not keep the process alive; a failed run is logged and the loop goes on.

export interface RepeatOptions {
  /** For the log. */
  name: string;
  firstDelayMs: number;
  intervalMs: number;
  run: () => Promise<unknown>;
  log?: (e: Record<string, unknown>) => void;
}

export interface Repeating {
  /** No further runs; resolves when a run in progress has ended. */
  stop(): Promise<void>;
}

export function repeat(opts: RepeatOptions): Repeating {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let current: Promise<void> | null = null;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      if (stopped) return;
      current = opts
        .run()
        .then(
          () => undefined,
          (err: unknown) => opts.log?.({ level: 'warn', event: `${opts.name}.error`, error: err instanceof Error ? err.message : String(err) }),
        )
        .finally(() => {
          current = null;
          schedule(opts.intervalMs);
        });
    }, ms);
    timer.unref?.();
  };
  schedule(opts.firstDelayMs);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
  };
}

export interface RefreshTiming {
  firstDelayMs: number;
  intervalMs: number;
}

/**
 * A list the main process keeps fresh: `sync` on the timing's loop while the store is open and a
 * connection can be had (no profile yet: the round is skipped quietly). Started once; stop ends it.
 */
export function backgroundRefresh(o: { name: string; timing: RefreshTiming; db: { readonly open: boolean }; connection: () => Promise<unknown>; sync: () => Promise<unknown>; log?: RepeatOptions['log'] }) {
  let loop: Repeating | null = null;
  return {
    start(timing: Partial<RefreshTiming> = {}) {
      loop ??= repeat({
        name: o.name,
        ...o.timing,
        ...timing,
        log: o.log,
        run: async () => {
          if (!o.db.open) return;
          try {
            await o.connection();
          } catch {
            return;
          }
          await o.sync();
        },
      });
    },
    async stop() {
      await loop?.stop();
      loop = null;
    },
  };
}

/**
 * Whether the main process may refresh lists on its own: `WINGDESK_BACKGROUND=0` turns every
 * background loop off (benchmarks, scripted runs); `WINGDESK_ORDERS_BACKGROUND=0` only the orders'.
 */
export function backgroundAllowed(which: 'orders' | 'inquiries' | 'returns', env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.WINGDESK_BACKGROUND === '0') return false;
  return !(which === 'orders' && env.WINGDESK_ORDERS_BACKGROUND === '0');
}
