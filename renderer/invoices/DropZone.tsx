// Where a seller drops the courier's file (or picks it). Nothing is parsed here: the bytes go to
// the main process, which reads and validates them off the UI thread.
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT_ATTR, isAcceptedFile, MAX_FILE_BYTES } from './files';

export function DropZone({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const take = (file: File | undefined) => {
    if (!file) return;
    if (!isAcceptedFile(file.name)) return setError(t('invoices.drop.badType'));
    if (file.size > MAX_FILE_BYTES) return setError(t('invoices.drop.tooBig'));
    setError(null);
    onFile(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer?.files?.[0]);
  };

  return (
    <section
      className={`panel invoice-drop${over ? ' invoice-drop--over' : ''}`}
      data-testid="invoice-dropzone"
      aria-busy={busy}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 className="invoice-drop__title">{busy ? t('invoices.drop.reading') : t('invoices.drop.title')}</h2>
      <p className="subtle">{t('invoices.drop.hint')}</p>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => input.current?.click()} data-testid="invoice-pick">
        {t('invoices.drop.pick')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT_ATTR}
        hidden
        data-testid="invoice-file-input"
        onChange={(e) => {
          take(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {error && (
        <p className="invoice-drop__error" role="alert" data-testid="invoice-drop-error">
          {error}
        </p>
      )}
    </section>
  );
}
