import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFilter } from '../../shared/ipc/orders';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { downloadBase64 } from '../components/download';
import { cleanFilter } from './model';

type Format = 'xlsx' | 'csv-utf8' | 'csv-cp949';
const FORMATS: { format: Format; key: 'xlsx' | 'csvUtf8' | 'csvCp949' }[] = [
  { format: 'xlsx', key: 'xlsx' },
  { format: 'csv-utf8', key: 'csvUtf8' },
  { format: 'csv-cp949', key: 'csvCp949' },
];

/** Export of the current view (tab + search + dates) and the picking list. Works offline: it reads the local store. */
export function ExportBar({ filter, onPicking }: { filter: OrderFilter; onPicking: () => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const [pending, setPending] = useState<Format | null>(null);
  const [done, setDone] = useState<{ fileName: string; rows: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const guard = useRef(false);

  const run = async (format: Format) => {
    if (guard.current) return;
    guard.current = true;
    setPending(format);
    setError(null);
    setDone(null);
    try {
      const file = await api.ordersExport({ filter: cleanFilter(filter), format });
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
      setDone({ fileName: file.fileName, rows: file.rows });
    } catch (err) {
      setError(err);
    } finally {
      guard.current = false;
      setPending(null);
    }
  };

  return (
    <div className="orders-export" role="group" aria-label={t('orders.export.label')} data-testid="orders-export">
      <span className="subtle">{t('orders.export.label')}</span>
      {FORMATS.map(({ format, key }) => (
        <button key={format} type="button" className="button button--small" data-testid={`orders-export-${format}`} disabled={pending !== null} aria-busy={pending === format} onClick={() => run(format)}>
          {pending === format ? t('orders.export.exporting') : t(`orders.export.${key}`)}
        </button>
      ))}
      <button type="button" className="button button--small" data-testid="orders-picking-open" onClick={onPicking}>
        {t('orders.export.picking')}
      </button>
      {done && (
        <span className="orders-export__done" role="status" data-testid="orders-export-done">
          {t('orders.export.done', { fileName: done.fileName, rows: done.rows })}
        </span>
      )}
      <ErrorPanel error={error} title={t('orders.export.failed')} testId="orders-export-error" />
    </div>
  );
}
