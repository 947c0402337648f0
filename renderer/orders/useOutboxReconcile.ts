// Actions accepted offline come back as 'queued'. When the outbox shrinks (or the connection
// returns) the screen re-reads each queued order and takes the outcome from the main process's
// action journal (OrderDetail.actions). Should a journal entry be missing, it falls back to what
// the order now shows (the status moved, the invoice is there, the stop request is gone) and says
// 'unknown' when the effect is not visible — never a guess.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { BridgeError } from '../bridge';
import { useBridgeApi } from '../components/api-context';
import { invalidateOrders, ordersKeys, useOrdersUi, type OrderDetailData, type SyncState } from './api';
import type { RecordedResult } from './model';

/** Did the queued action visibly take effect on the re-read order? */
export function effectSeen(result: RecordedResult, detail: OrderDetailData): boolean {
  switch (result.action) {
    case 'acknowledge':
      return detail.status !== 'ACCEPT';
    case 'uploadInvoice':
    case 'updateInvoice':
      return detail.invoiceNumber !== null && (result.sentInvoice === undefined || detail.invoiceNumber === result.sentInvoice) && detail.status !== 'INSTRUCT';
    case 'markAlreadyShipped':
    case 'stopShipment':
      return !detail.claimPending;
    case 'cancel':
      return detail.items.every((i) => i.quantityToShip === 0);
    case 'completeLongTermUndelivery':
      return detail.status === 'FINAL_DELIVERY';
  }
}

/** Allowance between the journal entry's creation and the moment the queued answer arrived. */
const JOURNAL_SLACK_MS = 5 * 60_000;
const IN_FLIGHT = new Set(['queued', 'pending', 'sent']);

/** The journal entry the queued call created: same action, newest, not older than the call. */
export function journalEntry(result: RecordedResult, detail: OrderDetailData) {
  const since = Date.parse(result.at) - JOURNAL_SLACK_MS;
  return detail.actions.find((a) => a.action === result.action && Date.parse(a.createdAt) >= since);
}

/** The newest history entry an action wrote after `since`, to say what the main process recorded. */
function actionNote(detail: OrderDetailData, since: string): string {
  const after = detail.history.filter((h) => h.source === 'action' && Date.parse(h.at) >= Date.parse(since) - 1000);
  return after.length ? after[after.length - 1].labelKo : '';
}

/** The settled result for a queued one, or null while it is still on its way. */
export function settleFromDetail(result: RecordedResult, detail: OrderDetailData): RecordedResult | null {
  const at = new Date().toISOString();
  const entry = journalEntry(result, detail);
  if (entry) {
    if (IN_FLIGHT.has(entry.state)) return null;
    const state = entry.state as 'done' | 'failed' | 'unknown';
    return { ...result, state, messageKo: entry.messageKo, retryRequired: false, at: entry.finishedAt ?? at, reconciled: 'journal' };
  }
  if (detail.outboxPending) return null;
  const seen = effectSeen(result, detail);
  return { ...result, state: seen ? 'done' : 'unknown', messageKo: actionNote(detail, result.at), retryRequired: false, at, reconciled: seen ? 'effectSeen' : 'effectMissing' };
}

/** `updatedAt` is the sync state's dataUpdatedAt: the check runs once per poll, not per render. */
export function useOutboxReconcile(sync: SyncState | undefined, updatedAt: number) {
  const api = useBridgeApi();
  const qc = useQueryClient();
  const { ui, settle } = useOrdersUi();
  const previous = useRef<SyncState | undefined>(undefined);
  const busy = useRef(false);

  const queued = Object.entries(ui.results).filter(([, list]) => list[0]?.state === 'queued');

  useEffect(() => {
    const prev = previous.current;
    previous.current = sync;
    if (!sync) return;
    const drained = prev !== undefined && sync.outboxPending < prev.outboxPending;
    const backOnline = prev !== undefined && !prev.online && sync.online;
    if (drained || backOnline) void invalidateOrders(qc);
    if (busy.current || queued.length === 0) return;
    if (!(drained || backOnline || (sync.outboxPending === 0 && sync.online))) return;
    busy.current = true;
    void (async () => {
      try {
        for (const [id, list] of queued) {
          const result = list[0];
          let detail: OrderDetailData;
          try {
            detail = await qc.fetchQuery({ queryKey: ordersKeys.detail(id), queryFn: () => api.ordersDetail({ shipmentBoxId: id }), staleTime: 0 });
          } catch (err) {
            // A cancelled order can disappear from Coupang's order sheets: that is the cancel's effect.
            if (result.action === 'cancel' && err instanceof BridgeError && err.code === 'NOT_FOUND') {
              settle(id, { ...result, state: 'done', messageKo: err.messageKo, at: new Date().toISOString(), reconciled: 'effectSeen' });
            }
            continue;
          }
          const settled = settleFromDetail(result, detail);
          if (settled) settle(id, settled); // else still on its way: look again on the next change
        }
      } finally {
        busy.current = false;
      }
    })();
  }, [updatedAt, queued.length]);
}
