// TanStack Query hooks of the returns screen. Query keys start with the channel name; every action
// invalidates the lists and the detail it touched, since main re-reads the target afterwards.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { ExchangeFilter, ReturnFilter } from '../../shared/ipc/returns';
import { useBridgeApi } from '../components/api-context';

export type ReturnsList = ResponseOf<'returns.list'>;
export type ExchangesList = ResponseOf<'returns.exchanges'>;
export type WithdrawalsList = ResponseOf<'returns.withdrawals'>;
export type ReturnDetailData = ResponseOf<'returns.detail'>;
export type ExchangeDetailData = ResponseOf<'returns.exchangeDetail'>;
export type ReturnsSyncState = ResponseOf<'returns.syncState'>;
export type ActionResult = ResponseOf<'returns.approve'>;

export const returnsKeys = {
  all: ['returns'] as const,
  list: (f: ReturnFilter) => ['returns', 'returns.list', f] as const,
  exchanges: (f: ExchangeFilter) => ['returns', 'returns.exchanges', f] as const,
  withdrawals: (from?: string, to?: string) => ['returns', 'returns.withdrawals', from, to] as const,
  detail: (id: string) => ['returns', 'returns.detail', id] as const,
  exchangeDetail: (id: string) => ['returns', 'returns.exchangeDetail', id] as const,
  syncState: ['returns', 'returns.syncState'] as const,
};

export function invalidateReturns(qc: QueryClient) {
  return qc.invalidateQueries({ queryKey: returnsKeys.all });
}

export const LIST_LIMIT = 1000;

export function useReturnsList(filter: ReturnFilter) {
  const api = useBridgeApi();
  return useQuery({ queryKey: returnsKeys.list(filter), queryFn: () => api.returnsList({ filter, limit: LIST_LIMIT }), placeholderData: (prev) => prev });
}

export function useExchangesList(filter: ExchangeFilter, enabled = true) {
  const api = useBridgeApi();
  return useQuery({ queryKey: returnsKeys.exchanges(filter), queryFn: () => api.returnsExchanges({ filter, limit: LIST_LIMIT }), placeholderData: (prev) => prev, enabled });
}

export function useWithdrawals(from: string | undefined, to: string | undefined, enabled = true) {
  const api = useBridgeApi();
  return useQuery({ queryKey: returnsKeys.withdrawals(from, to), queryFn: () => api.returnsWithdrawals({ from, to, limit: LIST_LIMIT }), placeholderData: (prev) => prev, enabled });
}

export function useReturnDetail(receiptId: string | null) {
  const api = useBridgeApi();
  return useQuery({ queryKey: returnsKeys.detail(receiptId ?? ''), queryFn: () => api.returnsDetail({ receiptId: receiptId! }), enabled: receiptId !== null });
}

export function useExchangeDetail(exchangeId: string | null) {
  const api = useBridgeApi();
  return useQuery({ queryKey: returnsKeys.exchangeDetail(exchangeId ?? ''), queryFn: () => api.returnsExchangeDetail({ exchangeId: exchangeId! }), enabled: exchangeId !== null });
}

export function useReturnsSyncState() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  const state = useQuery({ queryKey: returnsKeys.syncState, queryFn: () => api.returnsSyncState(), refetchInterval: 5000 });
  // A sync that ran by itself (the background refresh) brought new rows: the lists follow it.
  const last = state.data?.lastSyncAt;
  const seen = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (last === undefined) return;
    if (seen.current !== undefined && last !== seen.current) void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'returns' && q.queryKey[1] !== 'returns.syncState' });
    seen.current = last;
  }, [last, qc]);
  return state;
}

export function useReturnsSync() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  return useMutation({ mutationFn: (req: RequestOf<'returns.sync'>) => api.returnsSync(req), onSettled: () => invalidateReturns(qc) });
}

/** Every action of the screen, by name: one mutation, so only one runs at a time per panel. */
export type ActionRequest =
  | { kind: 'confirmReceipt'; receiptId: string }
  | { kind: 'approve'; receiptId: string }
  | { kind: 'stopShipment'; receiptId: string }
  | { kind: 'markAlreadyShipped'; receiptId: string; deliveryCompanyCode: string; invoiceNumber: string }
  | { kind: 'registerPickup'; target: 'RETURN' | 'EXCHANGE'; id: string; deliveryCompanyCode: string; invoiceNumber: string; regNumber?: string }
  | { kind: 'exchangeConfirm'; exchangeId: string }
  | { kind: 'exchangeReject'; exchangeId: string; rejectCode: 'SOLDOUT' | 'WITHDRAW' }
  | { kind: 'exchangeInvoice'; exchangeId: string; deliveryCompanyCode: string; invoiceNumber: string };

export function useReturnsAction() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: ActionRequest): Promise<ActionResult> => {
      switch (req.kind) {
        case 'confirmReceipt':
          return api.returnsConfirmReceipt({ receiptId: req.receiptId });
        case 'approve':
          return api.returnsApprove({ receiptId: req.receiptId });
        case 'stopShipment':
          return api.returnsStopShipment({ receiptId: req.receiptId });
        case 'markAlreadyShipped':
          return api.returnsMarkAlreadyShipped({ receiptId: req.receiptId, deliveryCompanyCode: req.deliveryCompanyCode, invoiceNumber: req.invoiceNumber });
        case 'registerPickup':
          return api.returnsRegisterPickup({ kind: req.target, id: req.id, deliveryCompanyCode: req.deliveryCompanyCode, invoiceNumber: req.invoiceNumber, ...(req.regNumber ? { regNumber: req.regNumber } : {}) });
        case 'exchangeConfirm':
          return api.returnsExchangeConfirm({ exchangeId: req.exchangeId });
        case 'exchangeReject':
          return api.returnsExchangeReject({ exchangeId: req.exchangeId, rejectCode: req.rejectCode });
        case 'exchangeInvoice':
          return api.returnsExchangeInvoice({ exchangeId: req.exchangeId, deliveryCompanyCode: req.deliveryCompanyCode, invoiceNumber: req.invoiceNumber });
      }
    },
    onSettled: () => invalidateReturns(qc),
  });
}
