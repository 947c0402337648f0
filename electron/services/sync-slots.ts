// One sync per vendor at a time, shared by the seller's button and the background refresh. A
// request the running sync covers joins it (same report); any other waits for it to end and then
// runs its own, so a longer period asked for during a short background pass is still fetched.

export function syncSlots<Scope, Report>(covers: (running: Scope, asked: Scope) => boolean) {
  const running = new Map<string, { scope: Scope; report: Promise<Report> }>();
  return {
    async run(vendorId: string, scope: Scope, start: () => Promise<Report>): Promise<Report> {
      for (let current = running.get(vendorId); current; current = running.get(vendorId)) {
        if (covers(current.scope, scope)) return current.report;
        await current.report.catch(() => undefined);
      }
      const report = start().finally(() => running.delete(vendorId));
      running.set(vendorId, { scope, report });
      return report;
    },
    isRunning(vendorId: string): boolean {
      return running.has(vendorId);
    },
  };
}
