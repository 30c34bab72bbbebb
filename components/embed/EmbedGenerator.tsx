'use client';
import { useId, useState } from 'react';
import { tw } from '@/lib/i18n/workshop';
import { EMBED_VIEWS, embedUrl, iframeSnippet, type EmbedView } from './embedLink';
import { EMBED_EXAMPLE } from './embedExample';

const VIEW_KEY = { traffic: 'viewTraffic', permissions: 'viewPermissions', admission: 'viewAdmission' } as const;

/** `/embed/` with nothing to show: make an embed link and its iframe snippet. */
export function EmbedGenerator({ lang: pageLang }: { lang: 'en' | 'es' }) {
  const id = useId();
  const [text, setText] = useState(EMBED_EXAMPLE);
  const [view, setView] = useState<EmbedView>('traffic');
  const [lang, setLang] = useState<'en' | 'es'>(pageLang);
  const [url, setUrl] = useState('');
  const make = async () => setUrl(await embedUrl(window.location.origin, text, view, lang));
  return (
    <main className="embed-generator">
      <h1>{tw(pageLang, 'embedGenTitle')}</h1>
      <p>{tw(pageLang, 'embedGenLead')}</p>
      <label htmlFor={`${id}-yaml`}>{tw(pageLang, 'embedManifests')}</label>
      <textarea id={`${id}-yaml`} rows={12} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <div className="embed-row">
        <label>
          {tw(pageLang, 'embedView')}{' '}
          <select value={view} onChange={(e) => setView(e.target.value as EmbedView)}>
            {EMBED_VIEWS.map((v) => (
              <option key={v} value={v}>
                {tw(pageLang, VIEW_KEY[v])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tw(pageLang, 'embedLang')}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'es')}>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </label>
        <button type="button" className="button" onClick={() => void make()}>
          {tw(pageLang, 'embedMake')}
        </button>
      </div>
      {url && (
        <>
          <label htmlFor={`${id}-link`}>{tw(pageLang, 'embedLink')}</label>
          <input id={`${id}-link`} type="text" readOnly value={url} onFocus={(e) => e.target.select()} data-testid="embed-url" />
          <label htmlFor={`${id}-snippet`}>{tw(pageLang, 'embedSnippet')}</label>
          <textarea id={`${id}-snippet`} readOnly rows={3} value={iframeSnippet(url, tw(lang, 'embedTitle'))} onFocus={(e) => e.target.select()} />
          <p>
            <a href={url} target="_blank" rel="noopener noreferrer">
              {tw(pageLang, 'embedPreview')} ↗
            </a>
          </p>
        </>
      )}
    </main>
  );
}
