import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'ok' | 'warn' | 'danger' | 'info' | 'sandbox' | 'live';

/** A compact label whose colour carries meaning; the text always says it too, for colour-blind users. */
export function StatusBadge({ tone, children, testId, title }: { tone: BadgeTone; children: ReactNode; testId?: string; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} data-testid={testId} data-tone={tone} title={title}>
      {children}
    </span>
  );
}
