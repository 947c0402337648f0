import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../components/ErrorPanel';
import { Screen } from '../components/Screen';
import { useActivateProfile, useDeleteProfile, useProfiles, useTestConnection } from '../components/useApi';
import { ConnectionResult } from './ConnectionResult';
import { DemoNotice } from './DemoNotice';
import { EgressIpPanel } from './EgressIpPanel';
import { KeychainBanner } from './KeychainBanner';
import { ProfileForm } from './ProfileForm';
import { ProfileList } from './ProfileList';

export function SettingsScreen() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const activate = useActivateProfile();
  const remove = useDeleteProfile();
  const test = useTestConnection();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  const list = profiles.data ?? [];
  const editing = editingId ? (list.find((p) => p.id === editingId) ?? null) : null;
  const testedId = test.variables ?? null;
  const testedName = testedId ? (list.find((p) => p.id === testedId)?.name ?? testedId) : t('settings.connection.demoProfile');
  const demo = profiles.isSuccess && !list.some((p) => p.active);

  const startCreate = () => {
    setEditingId(null);
    setFocusRequest((n) => n + 1);
  };

  return (
    <Screen route="settings">
      <KeychainBanner />
      {demo && <DemoNotice onCreate={startCreate} />}

      <section className="panel" aria-labelledby="profiles-title">
        <h2 className="panel__title" id="profiles-title">
          {t('settings.profiles.title')}
        </h2>
        {profiles.isPending && <p className="subtle">{t('common.loading')}</p>}
        <ErrorPanel error={profiles.error} testId="profiles-error" />
        {profiles.isSuccess && (
          <ProfileList
            profiles={list}
            editingId={editingId}
            testingId={test.isPending ? (testedId ?? '') : null}
            busy={activate.isPending || remove.isPending}
            onActivate={(id) => activate.mutate(id)}
            onEdit={(id) => setEditingId(id)}
            onDelete={(id) => {
              if (id === editingId) setEditingId(null);
              if (id === test.variables) test.reset();
              remove.mutate(id);
            }}
            onTest={(id) => test.mutate(id)}
          />
        )}
        <ErrorPanel error={activate.error ?? remove.error} testId="profiles-action-error" />
        {test.isSuccess && <ConnectionResult outcome={test.data} profileName={testedName} />}
        <ErrorPanel error={test.error} testId="connection-error" />
      </section>

      <ProfileForm key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditingId(null)} focusRequest={focusRequest} />
      <EgressIpPanel />
    </Screen>
  );
}
