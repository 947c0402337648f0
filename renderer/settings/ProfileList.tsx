import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../shared/ipc/contract';
import { StatusBadge } from '../components/StatusBadge';
import { KEY_WARN_DAYS } from '../../shared/kst';

export function KeyExpiryCell({ profile }: { profile: ProfileView }) {
  const { t } = useTranslation();
  const days = profile.keyDaysLeft;
  const tone = days <= 0 ? 'danger' : days <= KEY_WARN_DAYS ? 'warn' : 'neutral';
  return (
    <span className="key-expiry" data-testid="profile-expiry" data-tone={tone}>
      <span className="key-expiry__date">{profile.keyExpiresAt}</span>{' '}
      <StatusBadge tone={tone}>{days <= 0 ? t('settings.profiles.expired') : t('settings.profiles.daysLeft', { count: days })}</StatusBadge>
    </span>
  );
}

export interface ProfileListProps {
  profiles: ProfileView[];
  editingId: string | null;
  testingId: string | null;
  busy: boolean;
  onActivate: (id: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onTest: (id: string) => void;
}

export function ProfileList({ profiles, editingId, testingId, busy, onActivate, onEdit, onDelete, onTest }: ProfileListProps) {
  const { t } = useTranslation();
  const [confirmingId, setConfirmingId] = useState<string | null>(null);

  if (profiles.length === 0) {
    return (
      <p className="empty" data-testid="profiles-empty">
        {t('settings.profiles.empty')}
      </p>
    );
  }

  return (
    <div className="table-wrap">
      <table className="table" data-testid="profiles-table" aria-label={t('settings.profiles.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('settings.profiles.colName')}</th>
            <th scope="col">{t('settings.profiles.colVendorId')}</th>
            <th scope="col">{t('settings.profiles.colKeys')}</th>
            <th scope="col">{t('settings.profiles.colServer')}</th>
            <th scope="col">{t('settings.profiles.colProxy')}</th>
            <th scope="col">{t('settings.profiles.colExpiry')}</th>
            <th scope="col">{t('settings.profiles.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {profiles.map((p) => (
            <tr
              key={p.id}
              data-testid={`profile-row-${p.id}`}
              data-active={p.active || undefined}
              className={[p.active && 'row--active', editingId === p.id && 'row--editing'].filter(Boolean).join(' ') || undefined}
            >
              <td>
                <span className="profile-name">{p.name}</span>{' '}
                {p.active && (
                  <StatusBadge tone="ok" testId="profile-active">
                    {t('settings.profiles.active')}
                  </StatusBadge>
                )}
              </td>
              <td className="mono">{p.vendorId}</td>
              <td>
                <div className="mono cell--truncate" title={p.accessKey} data-testid="profile-accessKey-value">
                  {p.accessKey}
                </div>
                <div className="cell--nowrap subtle" data-testid="profile-secret">
                  {p.hasSecret ? t('settings.profiles.secretStored') : <StatusBadge tone="warn">{t('settings.profiles.secretMissing')}</StatusBadge>}
                </div>
              </td>
              <td>
                <StatusBadge tone={p.baseUrlKind === 'live' ? 'live' : 'sandbox'} testId="profile-server">
                  {p.baseUrlKind === 'live' ? t('settings.profiles.live') : t('settings.profiles.sandbox')}
                </StatusBadge>
                {p.baseUrlKind === 'sandbox' && <div className="mono subtle cell--truncate">{p.baseUrl}</div>}
              </td>
              <td className="mono cell--truncate" title={p.proxyUrl ?? undefined}>
                {p.proxyUrl ?? <span className="subtle">{t('settings.profiles.noProxy')}</span>}
              </td>
              <td>
                <KeyExpiryCell profile={p} />
              </td>
              <td className="cell--actions">
                {confirmingId === p.id ? (
                  <div className="confirm" role="group" aria-label={t('settings.profiles.delete')}>
                    <span className="confirm__text">{t('settings.profiles.deleteConfirm', { name: p.name })}</span>
                    <button
                      type="button"
                      className="button button--danger button--small"
                      data-testid="profile-delete-confirm"
                      disabled={busy}
                      onClick={() => {
                        setConfirmingId(null);
                        onDelete(p.id);
                      }}
                    >
                      {t('settings.profiles.deleteYes')}
                    </button>
                    <button type="button" className="button button--small" data-testid="profile-delete-cancel" onClick={() => setConfirmingId(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                ) : (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--small"
                      data-testid="profile-activate"
                      disabled={p.active || busy}
                      onClick={() => onActivate(p.id)}
                    >
                      {t('settings.profiles.activate')}
                    </button>
                    <button type="button" className="button button--small" data-testid="profile-edit" onClick={() => onEdit(p.id)}>
                      {t('settings.profiles.edit')}
                    </button>
                    <button type="button" className="button button--small" data-testid="profile-delete" disabled={busy} onClick={() => setConfirmingId(p.id)}>
                      {t('settings.profiles.delete')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      data-testid="profile-test"
                      disabled={testingId !== null}
                      aria-busy={testingId === p.id || undefined}
                      onClick={() => onTest(p.id)}
                    >
                      {testingId === p.id ? t('settings.profiles.testing') : t('settings.profiles.test')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
