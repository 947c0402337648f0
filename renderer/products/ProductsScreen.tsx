// 상품등록: the registration wizard (with its drafts) and product management. The place in the
// screen lives in the address (#/products/register/<draftId>, #/products/manage/<productId>), so a
// reload comes back to the same draft at the step it was left.
import { formatKstDateTime } from '../../shared/kst';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyDraftData, type ProductDraft } from '../../shared/products/draft';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { Screen } from '../components/Screen';
import { StatusBadge } from '../components/StatusBadge';
import { productsKeys, useDrafts } from './api';
import { ProductManagement } from './manage/ProductManagement';
import { statusTone } from './wizard/StepReview';
import { Wizard } from './wizard/Wizard';
import './products.css';

type View = { tab: 'register'; draftId: string | null; fresh: number } | { tab: 'manage'; productId: string | null };

export function parseProductsHash(hash: string): View {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] !== 'products') return { tab: 'register', draftId: null, fresh: 0 };
  if (parts[1] === 'manage') return { tab: 'manage', productId: parts[2] ? decodeURIComponent(parts[2]) : null };
  return { tab: 'register', draftId: parts[2] && parts[2] !== 'new' ? decodeURIComponent(parts[2]) : null, fresh: 0 };
}

function hashOf(v: View): string {
  if (v.tab === 'manage') return `#/products/manage${v.productId ? `/${encodeURIComponent(v.productId)}` : ''}`;
  return `#/products/register${v.draftId ? `/${encodeURIComponent(v.draftId)}` : ''}`;
}

/** Updates the address without a hashchange (the app's route stays 'products'). */
function writeHash(h: string) {
  if (typeof window === 'undefined') return;
  if (window.location.hash !== h) window.history.replaceState(window.history.state, '', h);
}

export function newDraft(): ProductDraft {
  return { id: '', mode: 'create', sellerProductId: null, step: 1, data: emptyDraftData(), original: null, lastStatus: null, denyReason: null, createdAt: '', updatedAt: '' };
}

export function ProductsScreen() {
  const { t } = useTranslation();
  const [view, setViewState] = useState<View>(() => parseProductsHash(typeof window === 'undefined' ? '' : window.location.hash));
  const [fresh, setFresh] = useState<ProductDraft | null>(null);

  const setView = useCallback((v: View) => {
    setViewState(v);
    writeHash(hashOf(v));
  }, []);
  useEffect(() => writeHash(hashOf(view)), []);

  const openDraft = (id: string) => {
    setFresh(null);
    setView({ tab: 'register', draftId: id, fresh: 0 });
  };

  return (
    <Screen route="products">
      <div className="pw-tabs" role="tablist" aria-label={t('products.tabs.label')}>
        <button type="button" role="tab" aria-selected={view.tab === 'register'} data-testid="products-tab-register" className={view.tab === 'register' ? 'pw-tab pw-tab--on' : 'pw-tab'} onClick={() => {
            setFresh(null);
            setView({ tab: 'register', draftId: null, fresh: 0 });
          }}>
          {t('products.tabs.register')}
        </button>
        <button type="button" role="tab" aria-selected={view.tab === 'manage'} data-testid="products-tab-manage" className={view.tab === 'manage' ? 'pw-tab pw-tab--on' : 'pw-tab'} onClick={() => {
            setFresh(null);
            setView({ tab: 'manage', productId: null });
          }}>
          {t('products.tabs.manage')}
        </button>
      </div>

      {view.tab === 'register' && fresh && (
        <Wizard
          key={`fresh-${view.fresh}`}
          initial={fresh}
          onSaved={(id) => writeHash(`#/products/register/${encodeURIComponent(id)}`)}
          onClose={() => {
            setFresh(null);
            setView({ tab: 'register', draftId: null, fresh: 0 });
          }}
        />
      )}
      {view.tab === 'register' && !fresh && view.draftId && <DraftWizard id={view.draftId} onClose={() => setView({ tab: 'register', draftId: null, fresh: 0 })} />}
      {view.tab === 'register' && !fresh && !view.draftId && (
        <DraftsHome
          onNew={() => {
            setFresh(newDraft());
            setViewState({ tab: 'register', draftId: null, fresh: Date.now() });
          }}
          onOpen={openDraft}
        />
      )}
      {view.tab === 'manage' && <ProductManagement productId={view.productId} onSelect={(id) => setView({ tab: 'manage', productId: id })} onOpenDraft={openDraft} />}
    </Screen>
  );
}

function DraftWizard({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const q = useQuery({ queryKey: productsKeys.draft(id), queryFn: () => api.productsDraftGet({ id }), staleTime: Infinity, gcTime: 0 });
  if (q.isPending) return <p className="subtle">{t('common.loading')}</p>;
  if (q.error) return <ErrorPanel error={q.error} testId="draft-load-error" />;
  return <Wizard key={id} initial={q.data} onClose={onClose} />;
}

function DraftsHome({ onNew, onOpen }: { onNew: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const drafts = useDrafts();
  const [fromId, setFromId] = useState('');
  const fromProduct = useMutation({ mutationFn: (id: string) => api.productsDraftFromProduct({ sellerProductId: id, purpose: 'copy' }), onSuccess: (d) => onOpen(d.id) });
  const remove = useMutation({ mutationFn: (id: string) => api.productsDraftDelete({ id }), onSettled: () => qc.invalidateQueries({ queryKey: productsKeys.drafts }) });

  return (
    <section className="panel" data-testid="drafts-home">
      <div className="button-row">
        <button type="button" className="button button--primary" data-testid="wizard-new" onClick={onNew}>
          {t('products.drafts.new')}
        </button>
        <form
          className="pw-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\d+$/.test(fromId.trim())) fromProduct.mutate(fromId.trim());
          }}
        >
          <label className="field__label" htmlFor="from-product">
            {t('products.drafts.fromProduct')}
          </label>
          <input id="from-product" data-testid="from-product-id" inputMode="numeric" placeholder={t('products.drafts.fromProductPlaceholder')} value={fromId} onChange={(e) => setFromId(e.target.value)} />
          <button type="submit" className="button" data-testid="from-product-go" disabled={!/^\d+$/.test(fromId.trim()) || fromProduct.isPending}>
            {t('products.drafts.fromProductGo')}
          </button>
        </form>
      </div>
      <ErrorPanel error={fromProduct.error} testId="from-product-error" />
      <h2 className="panel__title">{t('products.drafts.title')}</h2>
      {drafts.isPending && <p className="subtle">{t('common.loading')}</p>}
      <ErrorPanel error={drafts.error} />
      {drafts.data && drafts.data.length === 0 && <p className="empty">{t('products.drafts.empty')}</p>}
      {drafts.data && drafts.data.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="drafts-table">
            <thead>
              <tr>
                <th scope="col">{t('products.drafts.name')}</th>
                <th scope="col">{t('products.drafts.category')}</th>
                <th scope="col">{t('products.drafts.step')}</th>
                <th scope="col">{t('products.drafts.status')}</th>
                <th scope="col">{t('products.drafts.updatedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('products.options.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.data.map((d) => (
                <tr key={d.id} data-testid={`draft-row-${d.id}`}>
                  <td>{d.name || t('products.drafts.untitled')}</td>
                  <td>{d.categoryName ?? '—'}</td>
                  <td>{t('products.drafts.stepN', { step: d.step })}</td>
                  <td>{d.lastStatus ? <StatusBadge tone={statusTone(d.lastStatus)}>{d.lastStatus}</StatusBadge> : d.mode === 'edit' ? t('products.drafts.editing', { id: d.sellerProductId ?? '' }) : t('products.drafts.writing')}</td>
                  <td>{formatKstDateTime(d.updatedAt) ?? d.updatedAt}</td>
                  <td className="cell--actions">
                    <div className="button-row">
                      <button type="button" className="button button--small button--primary" data-testid={`draft-resume-${d.id}`} onClick={() => onOpen(d.id)}>
                        {t('products.drafts.resume')}
                      </button>
                      <button type="button" className="button button--small button--danger" data-testid={`draft-delete-${d.id}`} onClick={() => remove.mutate(d.id)}>
                        {t('products.drafts.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
