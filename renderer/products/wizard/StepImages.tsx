// Step 5: images and detail content. One representative image and up to 9 others by URL, previewed
// here and measured when they load (square, 500-5000 px, rule 63); URL rules (http/https, ports
// 80/443, ≤ 200 chars, rule 63/64); detail content without forced line breaks or foreign iframes (65).
import { useTranslation } from 'react-i18next';
import { CONTENTS_TYPES } from '../../../shared/products/enums';
import type { DraftImage } from '../../../shared/products/draft';
import { Counter, issuesAt, PField } from '../ui';
import type { Wizard } from './useWizard';

const MAX_DETAIL = 9;
const MAX_USED = 4;

function Preview({ url, w }: { url: string; w: Wizard }) {
  const { t } = useTranslation();
  const u = url.trim();
  if (!u) return null;
  const check = w.imageChecks[u];
  if (!/^https:\/\//i.test(u)) return <p className="field__hint">{t('products.images.noPreview')}</p>;
  return (
    <span className="pw-preview">
      <img
        src={u}
        alt=""
        referrerPolicy="no-referrer"
        onLoad={(e) => {
          const img = e.currentTarget;
          w.setImageChecks((c) => ({ ...c, [u]: { width: img.naturalWidth, height: img.naturalHeight } }));
        }}
        onError={() => w.setImageChecks((c) => ({ ...c, [u]: 'failed' }))}
      />
      {check && check !== 'failed' && <span className="subtle">{check.width}×{check.height}px</span>}
      {check === 'failed' && <span className="field__hint pw-warning">{t('products.images.loadFailed')}</span>}
    </span>
  );
}

export function StepImages({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const d = w.draft.data;
  const show = w.showErrors(5);
  const used = d.basic.offerCondition.startsWith('USED_');
  const setImg = (list: 'details' | 'used', k: number, v: string) => w.update((data) => void (data.images[list][k] = { vendorPath: v, cdnPath: data.images[list][k]?.vendorPath === v ? data.images[list][k].cdnPath : null }));
  const imgIssues = (k: number) => issuesAt(w.issues, `items[0].images[${k}]`);

  const list = (kind: 'details' | 'used', max: number, offset: number) => (
    <div className="pw-images">
      {d.images[kind].map((img: DraftImage, k: number) => (
        <PField key={k} id={`image-${kind}-${k}`} label={t(kind === 'details' ? 'products.images.detail' : 'products.images.used', { n: k + 1 })} issues={imgIssues(offset + k)} show={show}>
          <span className="pw-row">
            <input id={`image-${kind}-${k}`} data-testid={`image-${kind}-${k}`} value={img.vendorPath} placeholder="https://" onChange={(e) => setImg(kind, k, e.target.value)} />
            <button type="button" className="button button--small" onClick={() => w.update((data) => void data.images[kind].splice(k, 1))}>
              {t('products.images.remove')}
            </button>
          </span>
          <Preview url={img.vendorPath} w={w} />
        </PField>
      ))}
      <button type="button" className="button" data-testid={`image-${kind}-add`} disabled={d.images[kind].length >= max} onClick={() => w.update((data) => void data.images[kind].push({ vendorPath: '', cdnPath: null }))}>
        {t('products.images.add')} <Counter value={d.images[kind].length} max={max} />
      </button>
    </div>
  );

  return (
    <div className="pw-step" data-testid="step-images">
      <p className="subtle">{t('products.images.intro')}</p>
      <PField id="image-representation" label={t('products.images.representation')} hint={t('products.images.representationHint')} issues={[...issuesAt(w.issues, 'items[0].images').filter((i) => !/images\[\d+\]/.test(i.field)), ...imgIssues(0)]} show={show}>
        <input
          id="image-representation"
          data-testid="image-representation"
          value={d.images.representation.vendorPath}
          placeholder="https://"
          onChange={(e) => w.update((data) => void (data.images.representation = { vendorPath: e.target.value, cdnPath: data.images.representation.vendorPath === e.target.value ? data.images.representation.cdnPath : null }))}
        />
        <Preview url={d.images.representation.vendorPath} w={w} />
      </PField>
      <h3 className="pw-h3">{t('products.images.details')}</h3>
      {list('details', MAX_DETAIL, 1)}
      {used && (
        <>
          <h3 className="pw-h3">{t('products.images.usedTitle')}</h3>
          {list('used', MAX_USED, 1 + d.images.details.length)}
        </>
      )}

      <h3 className="pw-h3">{t('products.images.content')}</h3>
      <p className="field__hint">{t('products.images.contentHint')}</p>
      {d.contents.map((c, k) => (
        <div key={k} className="pw-content" data-testid={`content-${k}`}>
          <span className="pw-row">
            <select aria-label={t('products.images.contentsType')} data-testid={`content-${k}-type`} value={c.contentsType} onChange={(e) => w.update((data) => void (data.contents[k].contentsType = e.target.value))}>
              {CONTENTS_TYPES.map((ct) => (
                <option key={ct} value={ct}>
                  {ct}
                </option>
              ))}
            </select>
            <select aria-label={t('products.images.detailType')} data-testid={`content-${k}-detailType`} value={c.detailType} onChange={(e) => w.update((data) => void (data.contents[k].detailType = e.target.value as 'TEXT' | 'IMAGE'))}>
              <option value="TEXT">TEXT</option>
              <option value="IMAGE">IMAGE</option>
            </select>
            {d.contents.length > 1 && (
              <button type="button" className="button button--small" onClick={() => w.update((data) => void data.contents.splice(k, 1))}>
                {t('products.images.remove')}
              </button>
            )}
          </span>
          <PField id={`content-${k}-text`} label={c.detailType === 'IMAGE' ? t('products.images.contentImage') : t('products.images.contentText')} issues={issuesAt(w.issues, `items[0].contents[${k}]`)} show={show}>
            <textarea id={`content-${k}-text`} data-testid={`content-${k}-text`} rows={c.detailType === 'IMAGE' ? 1 : 6} value={c.content} onChange={(e) => w.update((data) => void (data.contents[k].content = e.target.value))} />
          </PField>
          {/[\r\n]/.test(c.content) && (
            <button type="button" className="button button--small" data-testid={`content-${k}-fix-breaks`} onClick={() => w.update((data) => void (data.contents[k].content = data.contents[k].content.replace(/\r?\n/g, '<br>')))}>
              {t('products.images.fixBreaks')}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button" data-testid="content-add" onClick={() => w.update((data) => void data.contents.push({ contentsType: 'IMAGE', detailType: 'IMAGE', content: '' }))}>
        {t('products.images.addContent')}
      </button>
    </div>
  );
}
