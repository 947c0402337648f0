// The wizard's state: the draft being edited, its category meta → form, the request body the draft
// makes, every broken rule (shared/products, the same checks the service and CLI run), and saving
// to SQLite through the bridge — debounced while typing, at once on every step change.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildRequest, type ProductDraft, type ProductDraftData } from '../../../shared/products/draft';
import { gridColumns } from '../../../shared/products/form-model';
import { issue, type ProductIssue, type WizardStep } from '../../../shared/products/issues';
import { planEdit, type EditPlan } from '../../../shared/products/lifecycle';
import { imageSizeIssues, validateProductRequest, type ValidationContext } from '../../../shared/products/rules';
import { useBridgeApi } from '../../components/api-context';
import { useAppStatus } from '../../components/useApi';
import { productsKeys, useFormModel, usePlaces } from '../api';

export const AUTOSAVE_MS = 400;

export type SaveState = { state: 'idle' | 'saving' | 'saved' | 'error'; at: string | null; errorKo: string | null };

/** What a preview measured for an image URL (rule 63: square, 500-5000 px). */
export type ImageCheck = { width: number; height: number } | 'failed';

export function useWizard(initial: ProductDraft) {
  const api = useBridgeApi();
  const qc = useQueryClient();
  const status = useAppStatus();
  const [draft, setDraft] = useState<ProductDraft>(initial);
  const [saveState, setSaveState] = useState<SaveState>({ state: initial.id ? 'saved' : 'idle', at: initial.updatedAt || null, errorKo: null });
  const [attempted, setAttempted] = useState<Set<number>>(() => new Set(initial.id ? Array.from({ length: initial.step - 1 }, (_, i) => i + 1) : []));
  const [categoryUsable, setCategoryUsable] = useState<boolean | null>(null);
  const [imageChecks, setImageChecks] = useState<Record<string, ImageCheck>>({});
  const idRef = useRef<string | null>(initial.id || null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const dirty = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;

  const { model, meta, loading: metaLoading, error: metaError } = useFormModel(draft.data.category.code);

  // Rules 93/94: whether the chosen category can take products now (checked again after a reload).
  const categoryCode = draft.data.category.code;
  useEffect(() => {
    setCategoryUsable(null);
    if (!categoryCode) return;
    let alive = true;
    api
      .categoriesValidate({ code: categoryCode })
      .then((r) => alive && setCategoryUsable(r.usable))
      .catch(() => alive && setCategoryUsable(null));
    return () => {
      alive = false;
    };
  }, [api, categoryCode]);
  const places = usePlaces(true);

  const onFirstSave = useRef<((id: string) => void) | null>(null);

  // Rule 91: certifications start as the meta offers them — NOT_REQUIRED when the category has it,
  // plus every MANDATORY type.
  useEffect(() => {
    if (!model || latest.current.data.certifications.length > 0) return;
    const defaults = [
      ...model.certifications.filter((c) => c.type === 'NOT_REQUIRED'),
      ...model.certifications.filter((c) => c.required === 'MANDATORY'),
    ].map((c) => ({ type: c.type, code: '' }));
    if (defaults.length === 0) return;
    dirty.current = true;
    setDraft((prev) => ({ ...prev, data: { ...prev.data, certifications: defaults } }));
  }, [model]);

  const persist = useCallback(
    (d: ProductDraft) => {
      dirty.current = false;
      setSaveState((s) => ({ ...s, state: 'saving' }));
      const run = async () => {
        try {
          const saved = await api.productsDraftSave({ id: idRef.current ?? undefined, mode: d.mode, step: d.step, data: d.data, sellerProductId: d.sellerProductId ?? null });
          const first = !idRef.current;
          idRef.current = saved.id;
          setDraft((prev) => ({ ...prev, id: saved.id, mode: saved.mode, sellerProductId: saved.sellerProductId, updatedAt: saved.updatedAt, createdAt: saved.createdAt }));
          setSaveState({ state: 'saved', at: saved.updatedAt, errorKo: null });
          if (first) onFirstSave.current?.(saved.id);
          void qc.invalidateQueries({ queryKey: productsKeys.drafts });
        } catch (err) {
          setSaveState({ state: 'error', at: null, errorKo: err instanceof Error ? ((err as any).messageKo ?? err.message) : String(err) });
        }
      };
      chain.current = chain.current.then(run, run);
      return chain.current;
    },
    [api, qc],
  );

  // Debounced autosave of every edit.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => persist(latest.current), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft.data, persist]);

  const update = useCallback((mutate: (d: ProductDraftData) => void) => {
    dirty.current = true;
    setDraft((prev) => {
      const data = structuredClone(prev.data);
      mutate(data);
      return { ...prev, data };
    });
  }, []);

  /** Replaces the draft with what the main process has now (after a submit or a status change). */
  const reload = useCallback(async () => {
    if (!idRef.current) return;
    const fresh = await api.productsDraftGet({ id: idRef.current });
    setDraft(fresh);
  }, [api]);

  const columns = useMemo(() => (model ? gridColumns(model, draft.data.options.groupChoice, draft.data.options.extraColumns) : []), [model, draft.data.options.groupChoice, draft.data.options.extraColumns]);

  const placesLite = useMemo<ValidationContext['places']>(() => {
    if (!places.data) return null;
    return {
      outbound: places.data.outbound.map((o) => ({ code: o.code, name: o.name, usable: o.usable, global: o.global, remoteCouriers: o.remoteInfos.filter((r) => r.usable).map((r) => r.deliveryCode) })),
      returns: places.data.returns.map((r) => ({ code: r.code, name: r.name, usable: r.usable })),
    };
  }, [places.data]);

  const buildBody = useCallback(
    (requested: boolean) => buildRequest(draft, { model, vendorId: status.data?.vendorId ?? '', columns, requested }),
    [draft, model, status.data?.vendorId, columns],
  );
  const body = useMemo(() => buildBody(true), [buildBody]);

  const editPlan: EditPlan | null = useMemo(() => (draft.mode === 'edit' && draft.original ? planEdit(draft.original as Record<string, any>, body) : null), [draft.mode, draft.original, body]);

  const issues = useMemo<ProductIssue[]>(() => {
    const ctx: ValidationContext = {
      meta: meta?.meta ?? null,
      places: placesLite,
      categoryUsable,
      mode: draft.mode === 'edit' ? 'update' : 'create',
      original: draft.mode === 'edit' ? (draft.original as Record<string, unknown> | null) : null,
    };
    const out = validateProductRequest(body, ctx).filter((i) => i.ruleId !== 'R24' || draft.mode === 'edit');
    if (draft.data.category.code && !meta && !metaLoading && metaError) out.push(issue('displayCategoryCode', 76, '카테고리 메타를 불러오지 못했습니다. 메타를 조회해야 상품을 만들 수 있습니다.'));
    // Rule 63 sizes, measured by the preview when the image could be loaded.
    const reps = [draft.data.images.representation, ...draft.data.images.details];
    reps.forEach((img, k) => {
      const check = imageChecks[img.vendorPath.trim()];
      if (!check || check === 'failed') return;
      const field = k === 0 ? 'items[*].images[0].vendorPath' : `items[*].images[${k}].vendorPath`;
      out.push(...imageSizeIssues(field, k === 0, check.width, check.height));
    });
    if (editPlan) out.push(...editPlan.issues);
    return out;
  }, [body, meta, placesLite, categoryUsable, draft.mode, draft.original, draft.data.category.code, draft.data.images, metaLoading, metaError, imageChecks, editPlan]);

  const stepErrors = useCallback((step: number) => issues.filter((i) => i.step === step && i.severity === 'error'), [issues]);

  /** Moves to a step. Forward moves are refused while the current step has a rule break. */
  const goTo = useCallback(
    (step: WizardStep): boolean => {
      const current = latest.current.step;
      if (step > current) {
        for (let s = current; s < step; s++) {
          if (stepErrors(s).length > 0) {
            setAttempted((a) => new Set(a).add(s));
            if (s !== current) {
              const next = { ...latest.current, step: s as WizardStep };
              setDraft(next);
              void persist(next);
            }
            return false;
          }
        }
        if (current === 3 && metaLoading) return false;
      }
      setAttempted((a) => new Set(a).add(current));
      const next = { ...latest.current, step };
      setDraft(next);
      void persist(next);
      return true;
    },
    [stepErrors, persist, metaLoading],
  );

  return {
    draft,
    setDraft,
    update,
    persist,
    reload,
    saveState,
    model,
    meta,
    metaLoading,
    metaError,
    places,
    placesLite,
    columns,
    body,
    buildBody,
    issues,
    editPlan,
    stepErrors,
    goTo,
    attempted,
    showErrors: (step: number) => attempted.has(step),
    categoryUsable,
    setCategoryUsable,
    imageChecks,
    setImageChecks,
    onFirstSave,
    vendorId: status.data?.vendorId ?? '',
  };
}
export type Wizard = ReturnType<typeof useWizard>;
