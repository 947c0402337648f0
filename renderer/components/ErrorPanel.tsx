import { useTranslation } from 'react-i18next';
import { BridgeError } from '../bridge';

/** Shows a failed call the way the main process phrased it (messageKo), with the code for support. */
export function ErrorPanel({ error, title, testId = 'error-panel' }: { error: unknown; title?: string; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const bridgeError = error instanceof BridgeError ? error : null;
  const message = bridgeError ? bridgeError.messageKo : error instanceof Error ? error.message : String(error);
  return (
    <div className="panel panel--danger error-panel" role="alert" data-testid={testId} data-code={bridgeError?.code}>
      <strong className="error-panel__title">{title ?? t('error.title')}</strong>
      <p className="error-panel__message">{message}</p>
      {bridgeError && (
        <p className="error-panel__code">
          {t('error.code')}: <code>{bridgeError.code}</code>
        </p>
      )}
    </div>
  );
}
