import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerTemplate } from '../../shared/ipc/inquiries';
import { ANSWER_MAX_CHARS, charCount } from '../../shared/inquiries';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { inquiryKeys, useTemplates } from './useInquiries';

/** Saved answer templates: add, edit, delete. They live in the local database (all vendors). */
export function TemplatesPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const templates = useTemplates();
  const [editing, setEditing] = useState<Partial<AnswerTemplate> | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = () => qc.invalidateQueries({ queryKey: inquiryKeys.templates });
  const save = async () => {
    if (!editing?.name?.trim() || !editing.content?.trim()) return;
    setError(null);
    try {
      await api.inquiriesSaveTemplate({ id: editing.id, name: editing.name.trim(), content: editing.content });
      setEditing(null);
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  const remove = async (id: string) => {
    setError(null);
    try {
      await api.inquiriesDeleteTemplate({ id });
      await refresh();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="panel inquiries-templates" data-testid="inquiries-templates" aria-labelledby="inquiries-templates-title">
      <header className="inquiries-templates__header">
        <h2 id="inquiries-templates-title" className="panel__title">
          {t('inquiries.templates.title')}
        </h2>
        <button type="button" className="button button--small" data-testid="inquiries-templates-new" onClick={() => setEditing({ name: '', content: '' })}>
          {t('inquiries.templates.new')}
        </button>
        <button type="button" className="button button--small" data-testid="inquiries-templates-close" onClick={onClose}>
          {t('inquiries.templates.close')}
        </button>
      </header>
      <p className="hint">{t('inquiries.templates.hint')}</p>
      {editing && (
        <div className="inquiries-templates__editor" data-testid="inquiries-template-editor">
          <label htmlFor="inquiries-template-edit-name">{t('inquiries.templates.name')}</label>
          <input id="inquiries-template-edit-name" data-testid="inquiries-template-edit-name" maxLength={40} value={editing.name ?? ''} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
          <label htmlFor="inquiries-template-edit-content">{t('inquiries.templates.content')}</label>
          <textarea id="inquiries-template-edit-content" data-testid="inquiries-template-edit-content" rows={5} value={editing.content ?? ''} onChange={(e) => setEditing({ ...editing, content: e.target.value })} />
          <span className="subtle">{t('inquiries.answer.counter', { count: charCount(editing.content ?? ''), max: ANSWER_MAX_CHARS })}</span>
          <div className="button-row">
            <button type="button" className="button button--primary button--small" data-testid="inquiries-template-edit-save" onClick={save} disabled={!editing.name?.trim() || !editing.content?.trim()}>
              {t('inquiries.templates.save')}
            </button>
            <button type="button" className="button button--small" onClick={() => setEditing(null)}>
              {t('inquiries.templates.cancel')}
            </button>
          </div>
        </div>
      )}
      {templates.data && templates.data.length === 0 && <p className="empty">{t('inquiries.templates.empty')}</p>}
      <ul className="inquiries-templates__list">
        {(templates.data ?? []).map((tpl) => (
          <li key={tpl.id} data-testid={`inquiries-template-${tpl.id}`}>
            <strong>{tpl.name}</strong>
            <p className="inquiries-post__text subtle">{tpl.content}</p>
            <div className="button-row">
              <button type="button" className="button button--small" onClick={() => setEditing(tpl)}>
                {t('inquiries.templates.edit')}
              </button>
              <button type="button" className="button button--small button--danger" onClick={() => remove(tpl.id)}>
                {t('inquiries.templates.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ErrorPanel error={error ?? templates.error} testId="inquiries-templates-error" />
    </section>
  );
}
