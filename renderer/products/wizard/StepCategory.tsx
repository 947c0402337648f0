// Step 1: the category — recommended from the product name (categories.recommend), found by
// search or browsed in the tree, then checked with categories.validate (rules 93-96).
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridgeApi } from '../../components/api-context';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusBadge } from '../../components/StatusBadge';
import { productsKeys } from '../api';
import { issuesAt, PField } from '../ui';
import type { Wizard } from './useWizard';

interface Picked {
  code: string;
  name: string | null;
  path: string | null;
}

export function StepCategory({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const d = w.draft.data;
  const [name, setName] = useState(d.basic.sellerProductName);
  const [query, setQuery] = useState('');
  const recommend = useMutation({ mutationFn: (productName: string) => api.categoriesRecommend({ productName, brand: d.basic.brand || undefined }) });
  const search = useMutation({ mutationFn: (q: string) => api.categoriesSearch({ query: q, limit: 50 }) });

  const pick = (c: Picked) => {
    const changed = c.code !== d.category.code;
    w.update((data) => {
      data.category = { code: c.code, name: c.name, path: c.path };
      if (!data.basic.sellerProductName.trim() && name.trim()) data.basic.sellerProductName = name.trim();
      if (changed) {
        // Options, notices and documents come from the meta of the category: start them over.
        data.options = { groupChoice: {}, extraColumns: [], search: {} };
        data.items = data.items.map((it) => ({ ...it, options: {} }));
        data.notices = { categoryName: null, rows: {} };
        data.certifications = [];
        data.documents = [];
      }
    });
  };

  return (
    <div className="pw-step" data-testid="step-category">
      <p className="subtle">{t('products.category.intro')}</p>
      <div className="pw-row">
        <PField id="category-product-name" label={t('products.category.productName')} hint={t('products.category.productNameHint')}>
          <input id="category-product-name" data-testid="category-product-name" value={name} onChange={(e) => setName(e.target.value)} />
        </PField>
        <button type="button" className="button button--primary" data-testid="category-recommend" disabled={!name.trim() || recommend.isPending} onClick={() => recommend.mutate(name.trim())}>
          {recommend.isPending ? t('common.loading') : t('products.category.recommend')}
        </button>
      </div>
      <ErrorPanel error={recommend.error} testId="category-recommend-error" />
      {recommend.data && (
        <div className="panel panel--info" data-testid="category-recommendation">
          {recommend.data.code ? (
            <>
              <p>
                {t('products.category.recommended')} <strong>{recommend.data.path ?? recommend.data.name}</strong> <code>{recommend.data.code}</code>
              </p>
              <p className="subtle">{t('products.category.recommendNote')}</p>
              <button type="button" className="button" data-testid="category-use-recommendation" onClick={() => pick({ code: recommend.data!.code!, name: recommend.data!.name, path: recommend.data!.path })}>
                {t('products.category.useThis')}
              </button>
            </>
          ) : (
            <p>{t('products.category.noRecommendation', { type: recommend.data.resultType })}</p>
          )}
        </div>
      )}

      <form
        className="pw-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) search.mutate(query.trim());
        }}
      >
        <PField id="category-search" label={t('products.category.search')}>
          <input id="category-search" data-testid="category-search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('products.category.searchPlaceholder')} />
        </PField>
        <button type="submit" className="button" data-testid="category-search-go" disabled={!query.trim() || search.isPending}>
          {t('products.category.searchGo')}
        </button>
      </form>
      <ErrorPanel error={search.error} testId="category-search-error" />
      {search.data && (
        <ul className="pw-list" data-testid="category-search-results">
          {search.data.results.length === 0 && <li className="subtle">{t('products.category.noResults')}</li>}
          {search.data.results.map((r) => (
            <li key={r.code}>
              <button type="button" className="button button--small" data-testid={`category-pick-${r.code}`} onClick={() => pick({ code: r.code, name: r.name, path: r.path })}>
                {t('products.category.pick')}
              </button>{' '}
              {r.path} <code>{r.code}</code>
            </li>
          ))}
          {search.data.total > search.data.results.length && <li className="subtle">{t('products.category.more', { count: search.data.total - search.data.results.length })}</li>}
        </ul>
      )}

      <details className="pw-tree" data-testid="category-tree">
        <summary>{t('products.category.browse')}</summary>
        <TreeLevel code="0" path={[]} onPick={pick} />
      </details>

      <section className="pw-selected" aria-live="polite">
        <h3 className="pw-h3">{t('products.category.selected')}</h3>
        {d.category.code ? (
          <p data-testid="category-selected" data-code={d.category.code}>
            <strong>{d.category.path ?? d.category.name ?? d.category.code}</strong> <code>{d.category.code}</code>{' '}
            {w.categoryUsable === null ? (
              <StatusBadge tone="neutral">{t('products.category.checking')}</StatusBadge>
            ) : w.categoryUsable === false ? (
              <StatusBadge tone="danger" testId="category-unusable">{t('products.category.unusable')}</StatusBadge>
            ) : (
              <StatusBadge tone="ok" testId="category-usable">{t('products.category.usable')}</StatusBadge>
            )}
          </p>
        ) : (
          <p className="subtle">{t('products.category.none')}</p>
        )}
        {w.metaLoading && <p className="subtle">{t('products.category.metaLoading')}</p>}
        <ErrorPanel error={w.metaError} testId="category-meta-error" />
        {w.model && (
          <p className="subtle" data-testid="category-meta-summary">
            {t('products.category.metaSummary', {
              mandatory: w.model.purchaseOptions.filter((f) => f.mandatory).length + w.model.groups.filter((g) => g.mandatory).length,
              search: w.model.searchOptions.length,
              notices: w.model.notices.length,
            })}
            {w.model.allowSingleItem ? ` · ${t('products.category.singleAllowed')}` : ''}
          </p>
        )}
        {issuesAt(w.issues, 'displayCategoryCode').length > 0 && w.showErrors(1) && (
          <ul className="pw-inline-issues">
            {issuesAt(w.issues, 'displayCategoryCode').map((i, n) => (
              <li key={n} className="field__error">
                {i.messageKo}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function TreeLevel({ code, path, onPick }: { code: string; path: string[]; onPick: (c: Picked) => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const q = useQuery({ queryKey: productsKeys.children(code), queryFn: () => api.categoriesChildren({ code }), staleTime: 30 * 60_000 });
  if (q.isPending) return <p className="subtle">{t('common.loading')}</p>;
  if (q.error) return <ErrorPanel error={q.error} />;
  return (
    <ul className="pw-tree__level">
      {q.data.children.map((c) => (
        <TreeNode key={c.code} node={c} path={[...path, c.name]} onPick={onPick} />
      ))}
    </ul>
  );
}

function TreeNode({ node, path, onPick }: { node: { code: string; name: string; status: string | null }; path: string[]; onPick: (c: Picked) => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const [open, setOpen] = useState(false);
  const kids = useQuery({ queryKey: productsKeys.children(node.code), queryFn: () => api.categoriesChildren({ code: node.code }), enabled: open, staleTime: 30 * 60_000 });
  const leaf = open && kids.data && kids.data.children.length === 0;
  return (
    <li data-testid={`category-node-${node.code}`}>
      <button type="button" className="pw-tree__toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? '▾' : '▸'} {node.name}
      </button>
      {leaf && (
        <button type="button" className="button button--small" data-testid={`category-pick-${node.code}`} onClick={() => onPick({ code: node.code, name: node.name, path: path.join(' > ') })}>
          {t('products.category.pick')}
        </button>
      )}
      {open && kids.data && kids.data.children.length > 0 && (
        <ul className="pw-tree__level">
          {kids.data.children.map((c) => (
            <TreeNode key={c.code} node={c} path={[...path, c.name]} onPick={onPick} />
          ))}
        </ul>
      )}
    </li>
  );
}
