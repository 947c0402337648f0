import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../shared/ipc/contract';
import { ErrorPanel } from '../components/ErrorPanel';
import { useSaveProfile } from '../components/useApi';
import { keyExpiryOrNull } from '../../shared/kst';
import {
  emptyProfileForm,
  issuesFromDetails,
  issueText,
  LIVE_BASE_URL,
  profileFormFrom,
  validateProfileForm,
  type FieldIssue,
  type ProfileField,
  type ProfileFormValues,
} from './profileForm';

interface FieldProps {
  field: ProfileField;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (a11y: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

function Field({ field, label, hint, error, children }: FieldProps) {
  const id = `profile-${field}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
        {error && (
          <p className="field__error" id={errorId} data-testid={`${id}-error`}>
            {error}
          </p>
        )}
        {hint && (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export interface ProfileFormProps {
  /** The profile being edited, or null to create a new one. */
  editing: ProfileView | null;
  onDone: () => void;
  /** Bumped by "create a profile" elsewhere on the screen to bring the cursor here. */
  focusRequest: number;
}

export function ProfileForm({ editing, onDone, focusRequest }: ProfileFormProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<ProfileFormValues>(() => (editing ? profileFormFrom(editing) : emptyProfileForm()));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [savedName, setSavedName] = useState<string | null>(null);
  const save = useSaveProfile();
  const nameRef = useRef<HTMLInputElement>(null);
  const radioName = useId();

  useEffect(() => {
    if (focusRequest > 0) {
      nameRef.current?.focus();
      nameRef.current?.scrollIntoView?.({ block: 'center' });
    }
  }, [focusRequest]);

  const set = <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSavedName(null);
  };

  const serverIssues = save.error ? issuesFromDetails(save.error.details) : [];
  const errorFor = (field: ProfileField): string | undefined => {
    const issue = issues.find((i) => i.field === field) ?? serverIssues.find((i) => i.field === field);
    return issue ? issueText(issue, t, i18n) : undefined;
  };
  const formLevelIssues = issues.filter((i) => i.field === null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.pending) return;
    const result = validateProfileForm(values, editing?.id ?? null);
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    // The secret leaves React state the moment it is handed to the bridge: it is not kept for a
    // retry, not shown again, and not left in the DOM's password field.
    setValues((v) => ({ ...v, secretKey: '' }));
    const saved = await save.save(result.input);
    if (!saved) return;
    if (editing) {
      onDone();
    } else {
      setValues(emptyProfileForm());
      setSavedName(saved.name);
    }
  };

  const expiry = keyExpiryOrNull(values.keyIssuedAt);
  const expiresAt = expiry?.expiresAt ?? null;
  const expiresIn = expiry?.daysLeft ?? null;

  return (
    <section className="panel" aria-labelledby="profile-form-title">
      <h2 className="panel__title" id="profile-form-title">
        {editing ? t('settings.profile.editTitle', { name: editing.name }) : t('settings.profile.newTitle')}
      </h2>
      <form className="form" data-testid="profile-form" data-mode={editing ? 'edit' : 'create'} noValidate onSubmit={onSubmit}>
        <Field field="name" label={t('settings.profile.name')} error={errorFor('name')}>
          {(a11y) => (
            <input
              {...a11y}
              ref={nameRef}
              data-testid="profile-name"
              type="text"
              autoComplete="off"
              placeholder={t('settings.profile.namePlaceholder')}
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </Field>
        <Field field="vendorId" label={t('settings.profile.vendorId')} hint={t('settings.profile.vendorIdHint')} error={errorFor('vendorId')}>
          {(a11y) => (
            <input
              {...a11y}
              data-testid="profile-vendorId"
              type="text"
              autoComplete="off"
              spellCheck={false}
              placeholder="A00012345"
              value={values.vendorId}
              onChange={(e) => set('vendorId', e.target.value)}
            />
          )}
        </Field>
        <Field field="accessKey" label={t('settings.profile.accessKey')} error={errorFor('accessKey')}>
          {(a11y) => (
            <input
              {...a11y}
              className="mono"
              data-testid="profile-accessKey"
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={values.accessKey}
              onChange={(e) => set('accessKey', e.target.value)}
            />
          )}
        </Field>
        <Field
          field="secretKey"
          label={t('settings.profile.secretKey')}
          hint={editing ? `${t('settings.profile.secretKeyKeep')} ${t('settings.profile.secretKeyHint')}` : t('settings.profile.secretKeyHint')}
          error={errorFor('secretKey')}
        >
          {(a11y) => (
            <input
              {...a11y}
              className="mono"
              data-testid="profile-secretKey"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={values.secretKey}
              onChange={(e) => set('secretKey', e.target.value)}
            />
          )}
        </Field>
        <Field
          field="keyIssuedAt"
          label={t('settings.profile.keyIssuedAt')}
          hint={expiresAt ? `${t('settings.profile.keyIssuedAtHint', { date: expiresAt })}${expiresIn !== null && expiresIn <= 0 ? ` · ${t('settings.profiles.expired')}` : ''}` : undefined}
          error={errorFor('keyIssuedAt')}
        >
          {(a11y) => (
            <input {...a11y} data-testid="profile-keyIssuedAt" type="date" value={values.keyIssuedAt} onChange={(e) => set('keyIssuedAt', e.target.value)} />
          )}
        </Field>
        <div className="field field--group" role="radiogroup" aria-labelledby="profile-baseUrlKind-label">
          <span className="field__label" id="profile-baseUrlKind-label">
            {t('settings.profile.baseUrlKind')}
          </span>
          <div className="field__control">
            <div className="radio-row">
              <label className="radio">
                <input
                  type="radio"
                  name={radioName}
                  value="live"
                  data-testid="profile-baseUrlKind-live"
                  checked={values.baseUrlKind === 'live'}
                  onChange={() => set('baseUrlKind', 'live')}
                />
                {t('settings.profile.live')}
              </label>
              <label className="radio">
                <input
                  type="radio"
                  name={radioName}
                  value="sandbox"
                  data-testid="profile-baseUrlKind-sandbox"
                  checked={values.baseUrlKind === 'sandbox'}
                  onChange={() => set('baseUrlKind', 'sandbox')}
                />
                {t('settings.profile.sandbox')}
              </label>
            </div>
            {values.baseUrlKind === 'live' && (
              <p className="field__hint">
                <code>{LIVE_BASE_URL}</code> — {t('settings.profile.liveHint')}
              </p>
            )}
          </div>
        </div>
        {values.baseUrlKind === 'sandbox' && (
          <Field field="baseUrl" label={t('settings.profile.baseUrl')} hint={t('settings.profile.baseUrlHint')} error={errorFor('baseUrl')}>
            {(a11y) => (
              <input
                {...a11y}
                className="mono"
                data-testid="profile-baseUrl"
                type="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="http://127.0.0.1:"
                value={values.baseUrl}
                onChange={(e) => set('baseUrl', e.target.value)}
              />
            )}
          </Field>
        )}
        <Field field="proxyUrl" label={t('settings.profile.proxyUrl')} hint={t('settings.profile.proxyUrlHint')} error={errorFor('proxyUrl')}>
          {(a11y) => (
            <input
              {...a11y}
              className="mono"
              data-testid="profile-proxyUrl"
              type="text"
              autoComplete="off"
              spellCheck={false}
              placeholder={t('settings.profile.proxyUrlPlaceholder')}
              value={values.proxyUrl}
              onChange={(e) => set('proxyUrl', e.target.value)}
            />
          )}
        </Field>

        {formLevelIssues.length > 0 && (
          <ul className="form__issues" role="alert" aria-label={t('settings.profile.errorsTitle')}>
            {formLevelIssues.map((issue, n) => (
              <li key={n}>{issueText(issue, t, i18n)}</li>
            ))}
          </ul>
        )}
        <ErrorPanel error={save.error} testId="profile-save-error" />
        {savedName && (
          <p className="form__saved" role="status" data-testid="profile-saved">
            {t('settings.profile.saved', { name: savedName })}
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" data-testid="profile-save" disabled={save.pending}>
            {save.pending ? t('settings.profile.saving') : t('settings.profile.save')}
          </button>
          {editing && (
            <button type="button" className="button" data-testid="profile-cancel" onClick={onDone}>
              {t('settings.profile.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
