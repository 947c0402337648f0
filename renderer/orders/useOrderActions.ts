// Sends one action for many orders and turns whatever comes back into exactly one result per
// order. A ref guards the whole run, so a double-click (or Enter pressed twice) cannot send twice
// even before React has re-rendered the disabled button.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ActionResult } from '../../shared/ipc/orders';
import { BridgeError } from '../bridge';
import { useBridgeApi } from '../components/api-context';
import { invalidateOrders, useOrdersUi } from './api';
import { ACTION_CHUNK, completeResults, UNCERTAIN_CODES, type ActionKind } from './model';

export interface InvoiceEntryInput {
  shipmentBoxId: string;
  deliveryCompanyCode: string;
  invoiceNumber: string;
}

export type ActionPayload =
  | { kind: 'acknowledge' | 'stopShipment' | 'completeLongTermUndelivery'; ids: string[] }
  | { kind: 'uploadInvoice' | 'updateInvoice' | 'markAlreadyShipped'; entries: InvoiceEntryInput[] }
  | { kind: 'cancel'; orders: { shipmentBoxId: string; vendorItemIds: string[] }[]; middleCancelCode: string; userId: string };

function idsOf(p: ActionPayload): string[] {
  if ('ids' in p) return p.ids;
  if ('entries' in p) return p.entries.map((e) => e.shipmentBoxId);
  return p.orders.map((o) => o.shipmentBoxId);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const MISSING_KO = '주 프로세스가 이 주문의 결과를 돌려주지 않았습니다. 주문을 다시 조회해 상태를 확인하세요.';

/** What every ID of a failed call gets: 'unknown' when the call may have gone through, else 'failed'. */
function failedCall(ids: readonly string[], err: unknown): ActionResult[] {
  const code = err instanceof BridgeError ? err.code : 'INTERNAL';
  const messageKo = err instanceof BridgeError ? err.messageKo : String(err);
  const state = UNCERTAIN_CODES.has(code) ? 'unknown' : 'failed';
  return ids.map((id) => ({ shipmentBoxId: id, state, messageKo, retryRequired: state === 'unknown' }));
}

export function useOrderActions() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  const { record } = useOrdersUi();
  const running = useRef(false);
  const [pending, setPending] = useState<ActionKind | null>(null);

  const run = useCallback(
    async (payload: ActionPayload): Promise<ActionResult[] | null> => {
      if (running.current) return null;
      running.current = true;
      setPending(payload.kind);
      const all: ActionResult[] = [];
      const errors: unknown[] = [];
      const collect = async (ids: string[], call: () => Promise<{ results: ActionResult[] }>) => {
        try {
          const answer = await call();
          all.push(...completeResults(ids, answer.results, MISSING_KO));
        } catch (err) {
          errors.push(err);
          all.push(...failedCall(ids, err));
        }
      };
      try {
        const size = ACTION_CHUNK[payload.kind];
        switch (payload.kind) {
          case 'acknowledge':
            for (const ids of chunks(payload.ids, size)) await collect(ids, () => api.ordersAcknowledge({ shipmentBoxIds: ids }));
            break;
          case 'stopShipment':
            for (const ids of chunks(payload.ids, size)) await collect(ids, () => api.ordersStopShipment({ shipmentBoxIds: ids }));
            break;
          case 'completeLongTermUndelivery':
            for (const ids of chunks(payload.ids, size)) await collect(ids, () => api.ordersCompleteLongTermUndelivery({ shipmentBoxIds: ids }));
            break;
          case 'uploadInvoice':
          case 'updateInvoice':
          case 'markAlreadyShipped': {
            const call =
              payload.kind === 'uploadInvoice' ? api.ordersUploadInvoice : payload.kind === 'updateInvoice' ? api.ordersUpdateInvoice : api.ordersMarkAlreadyShipped;
            for (const entries of chunks(payload.entries, size)) {
              await collect(
                entries.map((e) => e.shipmentBoxId),
                () => call({ entries }),
              );
            }
            break;
          }
          case 'cancel':
            // One shipment per call (the contract's shape): a bundle's items go together.
            for (const order of payload.orders) {
              await collect([order.shipmentBoxId], () =>
                api.ordersCancel({ shipmentBoxId: order.shipmentBoxId, vendorItemIds: order.vendorItemIds, middleCancelCode: payload.middleCancelCode, userId: payload.userId }),
              );
            }
            break;
        }
        const sent = 'entries' in payload ? new Map(payload.entries.map((e) => [e.shipmentBoxId, e.invoiceNumber])) : undefined;
        record(payload.kind, all, errors, sent);
        return all;
      } finally {
        running.current = false;
        setPending(null);
        void invalidateOrders(qc, idsOf(payload));
      }
    },
    [api, qc, record],
  );

  return { run, pending };
}
