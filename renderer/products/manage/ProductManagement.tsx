// Product management: the list (paging by nextToken, status filter, name/ID search), the detail of
// one product, edits through the wizard (the right modify API is chosen there, rules 17-21) and
// per-option price / original price / stock / sale-status edits in a grid, sent through the rate
// limiter with priority 'bulk' and answered per option (rules 37-40, 55).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemEditInput, ItemEditResult, ProductDetailView } from '../../../shared/ipc/products';
import { formatWon } from '../../../shared/money';
import { validateItemEdit } from '../../../shared/products/bulk-rules';
import { PRODUCT_STATUSES, statusCodeOf } from '../../../shared/products/enums';
import { validateListQuery } from '../../../shared/products/list-rules';
import { useBridgeApi } from '../../components/api-context';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusBadge } from '../../components/StatusBadge';
import { productsKeys } from '../api';
import { NumInput } from '../ui';
import { statusTone } from '../wizard/StepReview';

type StatusFilter = 'ALL' | keyof typeof PRODUCT_STATUSES;

export function ProductManagement({ productId, onSelect, onOpenDraft }: { productId: string | null; onSelect: (id: string | null) => void; onOpenDraft: (draftId: string) => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [tokens, setTokens] = useState<Array<string | null>>([null]);
  const token = tokens[tokens.length - 1];
  const queryIssues = validateListQuery({ sellerProductName: searchText.trim() });
  const list = useQuery({
    queryKey: [...productsKeys.list, status, search, token],
    queryFn: () => api.productsList({ status, search: search || undefined, nextToken: token, maxPerPage: 20 }),
  });

  return (
    <div className="pw-manage" data-testid="products-manage">
      <form
        className="panel pw-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (queryIssues.length) return;
          setSearch(searchText.trim());
          setTokens([null]);
        }}
      >
        <label className="field__label" htmlFor="pm-status">
          {t('products.manage.status')}
        </label>
        <select
          id="pm-status"
          data-testid="products-status-filter"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as StatusFilter);
            setTokens([null]);
          }}
        >
          <option value="ALL">{t('products.manage.allStatuses')}</option>
          {Object.entries(PRODUCT_STATUSES).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <label className="field__label" htmlFor="pm-search">
          {t('products.manage.search')}
        </label>
        <input id="pm-search" data-testid="products-search" value={searchText} placeholder={t('products.manage.searchPlaceholder')} onChange={(e) => setSearchText(e.target.value)} aria-invalid={queryIssues.length > 0} />
        <button type="submit" className="button" data-testid="products-search-go" disabled={queryIssues.length > 0}>
          {t('products.manage.searchGo')}
        </button>
        <button type="button" className="button" data-testid="products-refresh" onClick={() => void list.refetch()}>
          {t('products.manage.refresh')}
        </button>
        {queryIssues.map((i, n) => (
          <span key={n} className="field__error">
            {i.messageKo}
          </span>
        ))}
      </form>

      <section className="panel">
        <ErrorPanel error={list.error} testId="products-list-error" />
        {list.isPending && <p className="subtle">{t('common.loading')}</p>}
        {list.data && list.data.rows.length === 0 && <p className="empty">{t('products.manage.empty')}</p>}
        {list.data && list.data.rows.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="products-table">
              <caption className="visually-hidden">{t('products.manage.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('products.manage.id')}</th>
                  <th scope="col">{t('products.manage.name')}</th>
                  <th scope="col">{t('products.manage.statusCol')}</th>
                  <th scope="col">{t('products.manage.category')}</th>
                  <th scope="col">{t('products.manage.createdAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.rows.map((r) => (
                  <tr key={r.sellerProductId} data-testid={`product-row-${r.sellerProductId}`} className={r.sellerProductId === productId ? 'row--active' : undefined}>
                    <td>
                      <button type="button" className="button button--small" data-testid={`product-open-${r.sellerProductId}`} onClick={() => onSelect(r.sellerProductId)}>
                        {r.sellerProductId}
                      </button>
                    </td>
                    <td className="cell--truncate">{r.sellerProductName}</td>
                    <td>
                      <StatusBadge tone={statusTone(r.statusName)} testId={`product-status-${r.sellerProductId}`}>
                        {r.statusName ?? '—'}
                      </StatusBadge>
                    </td>
                    <td>{r.displayCategoryCode ?? '—'}</td>
                    <td>{r.createdAt ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="button-row">
          <button type="button" className="button button--small" data-testid="products-prev" disabled={tokens.length <= 1} onClick={() => setTokens((x) => x.slice(0, -1))}>
            {t('products.manage.prevPage')}
          </button>
          <span className="subtle">{t('products.manage.page', { page: tokens.length })}</span>
          <button type="button" className="button button--small" data-testid="products-next" disabled={!list.data?.nextToken} onClick={() => setTokens((x) => [...x, list.data!.nextToken])}>
            {t('products.manage.nextPage')}
          </button>
        </div>
      </section>

      {productId && <ProductDetail key={productId} id={productId} onClose={() => onSelect(null)} onOpenDraft={onOpenDraft} />}
    </div>
  );
}

interface RowEdit {
  salePrice: number | null;
  originalPrice: number | null;
  quantity: number | null;
  onSale: boolean | null;
}

function ProductDetail({ id, onClose, onOpenDraft }: { id: string; onClose: () => void; onOpenDraft: (draftId: string) => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const detail = useQuery({ queryKey: productsKeys.detail(id), queryFn: () => api.productsGet({ sellerProductId: id }) });
  const ids = (detail.data?.items ?? []).map((i) => i.vendorItemId).filter((v): v is string => !!v);
  const inventory = useQuery({ queryKey: ['products.inventory', ...ids], queryFn: () => api.productsInventory({ vendorItemIds: ids }), enabled: ids.length > 0 });
  const [edits, setEdits] = useState<Record<string, RowEdit>>({});
  const [force, setForce] = useState(false);
  const [results, setResults] = useState<ItemEditResult[]>([]);
  const toDraft = useMutation({ mutationFn: (purpose: 'edit' | 'copy') => api.productsDraftFromProduct({ sellerProductId: id, purpose }), onSuccess: (d) => onOpenDraft(d.id) });
  const approval = useMutation({ mutationFn: () => api.productsRequestApproval({ sellerProductId: id }), onSettled: () => qc.invalidateQueries({ queryKey: productsKeys.detail(id) }) });
  const bulk = useMutation({
    mutationFn: (list: ItemEditInput[]) => api.productsBulkUpdate({ edits: list }),
    onSuccess: (r) => {
      setResults(r.results);
      setEdits({});
      void qc.invalidateQueries({ queryKey: ['products.inventory'] });
      void qc.invalidateQueries({ queryKey: productsKeys.detail(id) });
    },
  });

  if (detail.isPending) return <p className="subtle">{t('common.loading')}</p>;
  if (detail.error) return <ErrorPanel error={detail.error} testId="product-detail-error" />;
  const p: ProductDetailView = detail.data;
  const inv = new Map((inventory.data?.items ?? []).map((i) => [i.vendorItemId, i]));
  const code = statusCodeOf(p.statusName);

  const pending: ItemEditInput[] = [];
  const rowIssues: Record<string, string[]> = {};
  for (const it of p.items) {
    if (!it.vendorItemId) continue;
    const e = edits[it.vendorItemId];
    if (!e) continue;
    const now = inv.get(it.vendorItemId);
    const input: ItemEditInput = { vendorItemId: it.vendorItemId };
    const currentPrice = now?.salePrice ?? it.salePrice;
    if (e.salePrice !== null && e.salePrice !== currentPrice) input.salePrice = e.salePrice;
    if (e.originalPrice !== null && e.originalPrice !== it.originalPrice) input.originalPrice = e.originalPrice;
    if (e.quantity !== null && e.quantity !== (now?.amountInStock ?? it.maximumBuyCount)) input.quantity = e.quantity;
    if (e.onSale !== null && e.onSale !== now?.onSale) input.onSale = e.onSale;
    if (force && input.salePrice !== undefined) input.force = true;
    if (Object.keys(input).length > 1 + (input.force ? 1 : 0)) {
      const problems = validateItemEdit({ vendorItemId: it.vendorItemId, currentSalePrice: currentPrice, salePrice: input.salePrice, originalPrice: input.originalPrice, quantity: input.quantity, force, autoGenerated: it.isAutoGenerated });
      if (problems.length) rowIssues[it.vendorItemId] = problems.map((x) => x.messageKo);
      pending.push(input);
    }
  }
  const blocked = Object.keys(rowIssues).length > 0;
  const blank: RowEdit = { salePrice: null, originalPrice: null, quantity: null, onSale: null };
  const setEdit = (vid: string, patch: Partial<RowEdit>) => setEdits((x) => ({ ...x, [vid]: { ...blank, ...x[vid], ...patch } }));

  return (
    <section className="panel" data-testid="product-detail" aria-labelledby="pd-title">
      <header className="pw-wizard__header">
        <h2 className="panel__title" id="pd-title">
          {p.sellerProductName} <code>{p.sellerProductId}</code>{' '}
          <StatusBadge tone={statusTone(p.statusName)} testId="detail-status">
            {p.statusName ?? '—'}
          </StatusBadge>
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('products.wizard.close')}
        </button>
      </header>
      <dl className="facts">
        <dt>{t('products.manage.category')}</dt>
        <dd>{p.displayCategoryCode}</dd>
        <dt>{t('products.basic.brand')}</dt>
        <dd>{p.brand ?? '—'}</dd>
        <dt>{t('products.delivery.chargeType')}</dt>
        <dd>
          {p.deliveryChargeType} · {formatWon(p.deliveryCharge ?? 0)} · {t('products.delivery.returnCharge')} {formatWon(p.returnCharge ?? 0)}
        </dd>
        <dt>{t('products.basic.saleStartedAt')}</dt>
        <dd>
          {p.saleStartedAt} ~ {p.saleEndedAt}
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button" data-testid="detail-edit" disabled={toDraft.isPending || code === 'APPROVING' || code === 'IN_REVIEW' || code === 'DELETED'} title={code === 'APPROVING' ? t('products.manage.noEditWhileApproving') : undefined} onClick={() => toDraft.mutate('edit')}>
          {t('products.manage.edit')}
        </button>
        <button type="button" className="button" data-testid="detail-copy" disabled={toDraft.isPending} onClick={() => toDraft.mutate('copy')}>
          {t('products.manage.copy')}
        </button>
        {code === 'SAVED' && (
          <button type="button" className="button button--primary" data-testid="detail-request-approval" disabled={approval.isPending} onClick={() => approval.mutate()}>
            {t('products.review.requestApproval')}
          </button>
        )}
      </div>
      <ErrorPanel error={toDraft.error ?? approval.error} />
      {approval.data && <p className={approval.data.ok ? 'subtle' : 'field__error'}>{approval.data.messageKo}</p>}

      <h3 className="pw-h3">{t('products.manage.items')}</h3>
      {p.items.some((i) => !i.vendorItemId) && <p className="field__hint">{t('products.manage.noVendorItemId')}</p>}
      <div className="table-wrap">
        <table className="table pw-items" data-testid="bulk-grid">
          <thead>
            <tr>
              <th scope="col">{t('products.manage.vendorItemId')}</th>
              <th scope="col">{t('products.options.col.itemName')}</th>
              <th scope="col">{t('products.manage.options')}</th>
              <th scope="col">{t('products.options.col.salePrice')}</th>
              <th scope="col">{t('products.options.col.originalPrice')}</th>
              <th scope="col">{t('products.manage.stock')}</th>
              <th scope="col">{t('products.manage.onSale')}</th>
              <th scope="col">{t('products.manage.result')}</th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((it, n) => {
              const vid = it.vendorItemId;
              const now = vid ? inv.get(vid) : undefined;
              const e = vid ? edits[vid] : undefined;
              const res = results.filter((r) => r.vendorItemId === vid);
              return (
                <tr key={it.sellerProductItemId ?? n} data-testid={`bulk-row-${n}`}>
                  <td>{vid ?? <span className="subtle">{t('products.manage.notIssued')}</span>}</td>
                  <td className="cell--truncate">
                    {it.itemName}
                    {it.isAutoGenerated && <StatusBadge tone="info">{t('products.manage.autoGenerated')}</StatusBadge>}
                  </td>
                  <td className="cell--truncate">{it.options}</td>
                  <td>
                    <NumInput data-testid={`bulk-${n}-salePrice`} aria-label={t('products.options.col.salePrice')} step={10} disabled={!vid || it.isAutoGenerated} value={e?.salePrice ?? now?.salePrice ?? it.salePrice} onChange={(v) => vid && setEdit(vid, { salePrice: v })} />
                  </td>
                  <td>
                    <NumInput data-testid={`bulk-${n}-originalPrice`} aria-label={t('products.options.col.originalPrice')} step={10} disabled={!vid} value={e?.originalPrice ?? it.originalPrice} onChange={(v) => vid && setEdit(vid, { originalPrice: v })} />
                  </td>
                  <td>
                    <NumInput data-testid={`bulk-${n}-quantity`} aria-label={t('products.manage.stock')} disabled={!vid} value={e?.quantity ?? now?.amountInStock ?? it.maximumBuyCount} onChange={(v) => vid && setEdit(vid, { quantity: v })} />
                  </td>
                  <td>
                    <input type="checkbox" data-testid={`bulk-${n}-onSale`} aria-label={t('products.manage.onSale')} disabled={!vid || now?.onSale === null || now === undefined} checked={e?.onSale ?? now?.onSale ?? false} onChange={(ev) => vid && setEdit(vid, { onSale: ev.target.checked })} />
                  </td>
                  <td data-testid={`bulk-${n}-result`}>
                    {vid && rowIssues[vid]?.map((m, k) => (
                      <p key={k} className="field__error">
                        {m}
                      </p>
                    ))}
                    {res.map((r, k) => (
                      <p key={k} className={r.state === 'done' ? 'pw-ok' : 'field__error'} data-state={r.state}>
                        {r.messageKo}
                      </p>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <label className="radio">
          <input type="checkbox" data-testid="bulk-force" checked={force} onChange={(e) => setForce(e.target.checked)} />
          {t('products.manage.force')}
        </label>
        <button type="button" className="button button--primary" data-testid="bulk-send" disabled={pending.length === 0 || blocked || bulk.isPending} onClick={() => bulk.mutate(pending)}>
          {bulk.isPending ? t('products.review.sending') : t('products.manage.sendEdits', { count: pending.length })}
        </button>
      </div>
      <ErrorPanel error={bulk.error ?? inventory.error} />
    </section>
  );
}
