import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerTemplate, InquiryDetail, InquiryOutcome } from '../../shared/ipc/inquiries';
import { ANSWER_ISSUE_KO, ANSWER_MAX_CHARS, checkAnswer, fillTemplate } from '../../shared/inquiries';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge } from '../components/StatusBadge';
import { fullTime, stateTone, timeNote } from './model';
import { inquiryKeys, invalidateInquiries, usePreferences, useTemplates } from './useInquiries';

function OutcomeNote({ outcome }: { outcome: InquiryOutcome }) {
  const { t } = useTranslation();
  const tone = outcome.state === 'done' ? 'panel--ok' : outcome.state === 'failed' ? 'panel--danger' : 'panel--warn';
  return (
    <div className={`panel ${tone} inquiries-result`} role="status" data-testid="inquiries-result" data-state={outcome.state}>
      <strong>{t(`inquiries.result.${outcome.state}`)}</strong> {outcome.messageKo}
    </div>
  );
}

/** "name, option" (노출상품명) → its option part, for the {옵션} placeholder. */
function optionOf(name: string): string {
  const i = name.lastIndexOf(', ');
  return i < 0 ? '' : name.slice(i + 2);
}

function AnswerForm({ detail, onDone }: { detail: InquiryDetail; onDone: (o: InquiryOutcome) => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const prefs = usePreferences();
  const templates = useTemplates();
  const [content, setContent] = useState('');
  const [replyBy, setReplyBy] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [templateName, setTemplateName] = useState('');
  const [templateSaved, setTemplateSaved] = useState(false);
  const guard = useRef(false);

  const who = replyBy ?? prefs.data?.replyBy ?? '';
  const check = checkAnswer(content);
  const canSend = !check.issue && who.trim() !== '' && !pending;

  const insert = (tpl: AnswerTemplate | undefined) => {
    if (!tpl) return;
    const text = fillTemplate(tpl.content, { productName: detail.productName.replace(/, [^,]*$/, ''), optionName: optionOf(detail.productName), orderId: detail.orderIds[0] ?? null });
    setContent((c) => (c.trim() ? `${c.replace(/\n+$/, '')}\n${text}` : text));
  };

  const send = async () => {
    if (guard.current || !canSend) return;
    guard.current = true;
    setPending(true);
    setError(null);
    try {
      const outcome = await api.inquiriesAnswer({ kind: detail.kind, inquiryId: detail.inquiryId, content: check.text, replyBy: who.trim() });
      onDone(outcome);
      if (outcome.state === 'done') setContent('');
    } catch (err) {
      setError(err);
    } finally {
      guard.current = false;
      setPending(false);
      setAsking(false);
      void qc.invalidateQueries({ queryKey: inquiryKeys.preferences });
      void invalidateInquiries(qc);
    }
  };

  const saveTemplate = async () => {
    if (!templateName.trim() || check.issue === 'empty') return;
    try {
      await api.inquiriesSaveTemplate({ name: templateName.trim(), content: check.text });
      setTemplateName('');
      setTemplateSaved(true);
      void qc.invalidateQueries({ queryKey: inquiryKeys.templates });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form
      className="inquiries-answer"
      data-testid="inquiries-answer"
      onSubmit={(e) => {
        e.preventDefault();
        if (canSend) setAsking(true);
      }}
    >
      <h3 className="inquiries-pane__subtitle">{t('inquiries.answer.title')}</h3>
      <div className="inquiries-answer__templates">
        <label className="visually-hidden" htmlFor="inquiries-template-select">
          {t('inquiries.answer.templatePick')}
        </label>
        <select id="inquiries-template-select" data-testid="inquiries-template-select" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          <option value="">{t('inquiries.answer.templateNone')}</option>
          {(templates.data ?? []).map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" data-testid="inquiries-template-insert" disabled={!templateId} onClick={() => insert(templates.data?.find((x) => x.id === templateId))}>
          {t('inquiries.answer.templatePick')}
        </button>
      </div>
      <label className="inquiries-answer__label" htmlFor="inquiries-answer-content">
        {t('inquiries.answer.content')}
      </label>
      <textarea
        id="inquiries-answer-content"
        data-testid="inquiries-answer-content"
        rows={7}
        value={content}
        onChange={(e) => {
          setContent(e.target.value);
          setAsking(false);
          setTemplateSaved(false);
        }}
        aria-describedby="inquiries-answer-counter inquiries-answer-rules"
        aria-invalid={check.issue === 'tooLong' || undefined}
      />
      <div className="inquiries-answer__meta">
        <span id="inquiries-answer-counter" data-testid="inquiries-answer-counter" data-count={check.chars} className={check.issue === 'tooLong' ? 'inquiries-answer__counter inquiries-answer__counter--over' : 'inquiries-answer__counter'}>
          {t('inquiries.answer.counter', { count: check.chars, max: ANSWER_MAX_CHARS })} · {t('inquiries.answer.lines', { count: check.lines })}
        </span>
        {check.issue && check.issue !== 'empty' && (
          <span className="field__error" data-testid="inquiries-answer-issue">
            {ANSWER_ISSUE_KO[check.issue]}
          </span>
        )}
      </div>
      <p id="inquiries-answer-rules" className="hint">
        {t('inquiries.answer.lineBreaks')} {t('inquiries.detail.answeredNote')}
      </p>
      <div className="inquiries-answer__row">
        <label htmlFor="inquiries-reply-by">{t('inquiries.answer.replyBy')}</label>
        <input id="inquiries-reply-by" data-testid="inquiries-reply-by" value={who} autoComplete="username" onChange={(e) => setReplyBy(e.target.value)} title={t('inquiries.answer.replyByHint')} />
        <button type="submit" className="button button--primary" data-testid="inquiries-answer-submit" disabled={!canSend} aria-busy={pending}>
          {pending ? t('inquiries.answer.sending') : t('inquiries.answer.submit')}
        </button>
      </div>
      {asking && (
        <div className="panel panel--warn confirm" role="alertdialog" aria-labelledby="inquiries-answer-confirm-text" data-testid="inquiries-answer-confirm">
          <p id="inquiries-answer-confirm-text" className="confirm__text">
            {t('inquiries.answer.confirmSend')}
          </p>
          <div className="button-row">
            <button type="button" className="button button--primary" data-testid="inquiries-answer-confirm-yes" onClick={send} disabled={pending}>
              {t('inquiries.answer.confirmYes')}
            </button>
            <button type="button" className="button" data-testid="inquiries-answer-confirm-no" onClick={() => setAsking(false)}>
              {t('inquiries.answer.confirmNo')}
            </button>
          </div>
        </div>
      )}
      <div className="inquiries-answer__save">
        <label className="visually-hidden" htmlFor="inquiries-template-name">
          {t('inquiries.answer.templateName')}
        </label>
        <input id="inquiries-template-name" data-testid="inquiries-template-name" placeholder={t('inquiries.answer.templateName')} value={templateName} maxLength={40} onChange={(e) => setTemplateName(e.target.value)} />
        <button type="button" className="button button--small" data-testid="inquiries-template-save" disabled={!templateName.trim() || check.issue === 'empty'} onClick={saveTemplate}>
          {t('inquiries.answer.saveAsTemplate')}
        </button>
        {templateSaved && (
          <span role="status" className="subtle" data-testid="inquiries-template-saved">
            {t('inquiries.templates.saved')}
          </span>
        )}
      </div>
      <ErrorPanel error={error} testId="inquiries-answer-error" />
    </form>
  );
}

function ConfirmForm({ detail, onDone }: { detail: InquiryDetail; onDone: (o: InquiryOutcome) => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const prefs = usePreferences();
  const [confirmBy, setConfirmBy] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const who = confirmBy ?? prefs.data?.replyBy ?? '';

  const send = async () => {
    if (pending || !who.trim()) return;
    setPending(true);
    setError(null);
    try {
      onDone(await api.inquiriesConfirm({ inquiryId: detail.inquiryId, confirmBy: who.trim() }));
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
      void qc.invalidateQueries({ queryKey: inquiryKeys.preferences });
      void invalidateInquiries(qc);
    }
  };

  return (
    <div className="inquiries-confirm" data-testid="inquiries-confirm">
      <h3 className="inquiries-pane__subtitle">{t('inquiries.confirm.title')}</h3>
      <p className="hint">{t('inquiries.confirm.body')}</p>
      <div className="inquiries-answer__row">
        <label htmlFor="inquiries-confirm-by">{t('inquiries.confirm.confirmBy')}</label>
        <input id="inquiries-confirm-by" data-testid="inquiries-confirm-by" value={who} autoComplete="username" onChange={(e) => setConfirmBy(e.target.value)} />
        <button type="button" className="button button--primary" data-testid="inquiries-confirm-submit" disabled={pending || !who.trim()} aria-busy={pending} onClick={send}>
          {pending ? t('inquiries.confirm.sending') : t('inquiries.confirm.submit')}
        </button>
      </div>
      <ErrorPanel error={error} testId="inquiries-confirm-error" />
    </div>
  );
}

/** The selected inquiry: facts, the conversation, and the answer or confirm form when allowed. */
export function InquiryPane({ detail, loading, error, now }: { detail: InquiryDetail | undefined; loading: boolean; error: unknown; now: Date }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<InquiryOutcome | null>(null);
  if (error) return <ErrorPanel error={error} testId="inquiries-detail-error" />;
  if (!detail) {
    return (
      <section className="inquiries-pane panel" data-testid="inquiries-detail" aria-label={t('inquiries.detail.label')}>
        <p className="empty">{loading ? t('inquiries.detail.loading') : t('inquiries.detail.select')}</p>
      </section>
    );
  }
  const note = timeNote(detail, now);
  const authorLabel = (a: 'customer' | 'csAgent' | 'vendor' | 'system') => t(`inquiries.detail.${a}`);
  return (
    <section className="inquiries-pane panel" data-testid="inquiries-detail" data-state={detail.state} data-inquiry-id={detail.inquiryId} aria-label={t('inquiries.detail.label')}>
      <header className="inquiries-pane__header">
        <StatusBadge tone={stateTone(detail.state)} testId="inquiries-detail-state">
          {t(`inquiries.state.${detail.state}`)}
        </StatusBadge>
        <StatusBadge tone={detail.kind === 'callcenter' ? 'info' : 'neutral'}>{t(`inquiries.kind.${detail.kind}`)}</StatusBadge>
        <span className="mono subtle">#{detail.inquiryId}</span>
        {note?.kind === 'left' && (
          <span className={note.urgent ? 'inquiry-row__left inquiry-row__left--urgent' : 'inquiry-row__left'} data-testid="inquiries-detail-left">
            {t('inquiries.list.left', { time: note.text })}
          </span>
        )}
        {note?.kind === 'overdue' && <span className="inquiry-row__left inquiry-row__left--urgent">{t('inquiries.list.overdue')}</span>}
      </header>
      <dl className="facts inquiries-pane__facts">
        {detail.productName && (
          <>
            <dt>{t('inquiries.detail.product')}</dt>
            <dd>{detail.productName}</dd>
          </>
        )}
        {detail.vendorItemId && (
          <>
            <dt>{t('inquiries.detail.option')}</dt>
            <dd className="mono">{detail.vendorItemId}</dd>
          </>
        )}
        {detail.orderIds.length > 0 && (
          <>
            <dt>{t('inquiries.detail.orders')}</dt>
            <dd className="mono">{detail.orderIds.join(', ')}</dd>
          </>
        )}
        {detail.category && (
          <>
            <dt>{t('inquiries.detail.category')}</dt>
            <dd>{detail.category}</dd>
          </>
        )}
        {detail.buyerPhone && (
          <>
            <dt>{t('inquiries.detail.phone')}</dt>
            <dd className="mono">{detail.buyerPhone}</dd>
          </>
        )}
        <dt>{t('inquiries.detail.inquiryAt')}</dt>
        <dd>{fullTime(detail.inquiryAt)}</dd>
        {detail.deadlineAt && (
          <>
            <dt>{t('inquiries.detail.deadline')}</dt>
            <dd>{fullTime(detail.deadlineAt)}</dd>
          </>
        )}
        {detail.transferCompleteReasonKo && (
          <>
            <dt>{t('inquiries.detail.reason')}</dt>
            <dd>{detail.transferCompleteReasonKo}</dd>
          </>
        )}
      </dl>
      <h3 className="inquiries-pane__subtitle">{t('inquiries.detail.thread')}</h3>
      <ol className="inquiries-thread" data-testid="inquiries-thread">
        {detail.thread.map((post, i) => (
          <li key={i} className={`inquiries-post inquiries-post--${post.author}`} data-author={post.author}>
            <div className="inquiries-post__who">
              <strong>{authorLabel(post.author)}</strong>
              {post.name && <span className="subtle"> {post.name}</span>}
              {post.at && <span className="subtle"> · {fullTime(post.at)}</span>}
            </div>
            <div className="inquiries-post__text">{post.content}</div>
          </li>
        ))}
      </ol>
      {detail.answeredBySystem && <p className="hint">{t('inquiries.detail.systemAnswered')}</p>}
      {outcome && <OutcomeNote outcome={outcome} />}
      {detail.canAnswer && <AnswerForm key={`${detail.kind}-${detail.inquiryId}`} detail={detail} onDone={setOutcome} />}
      {detail.state === 'NO_ANSWER' && note?.kind === 'overdue' && <p className="panel panel--warn">{t('inquiries.answer.overdue')}</p>}
      {detail.canConfirm && <ConfirmForm key={`c-${detail.inquiryId}`} detail={detail} onDone={setOutcome} />}
    </section>
  );
}
