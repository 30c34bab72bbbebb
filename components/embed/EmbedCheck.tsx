'use client';
import { Suspense, useEffect, useMemo, useState } from 'react';
import dynamic from 'next/dynamic';
import { tw } from '@/lib/i18n/workshop';
import type { WorldDefinition } from '../world/protocol';
import { useWorldAnswer, useWorldFiles } from '../world/useWorld';
import { ShareLinkError } from '../playground/shareState';
import { embedParams, embedText, type EmbedParams } from './embedLink';
import { EmbedGenerator } from './EmbedGenerator';
import { EmbedFooter } from './EmbedFooter';
import { preloadWords, useWords } from '../i18n/useWords';
import type { Diagnostic } from '@/lib/sim';
import '../views/views.css';
import './embed.css';

// Only the chosen view's code is loaded (no editor, no terminal).
const TrafficView = dynamic(() => import('../views/TrafficView').then((m) => m.TrafficView), { ssr: false });
const PermissionView = dynamic(() => import('../views/PermissionView').then((m) => m.PermissionView), { ssr: false });
const AdmissionView = dynamic(() => import('../views/AdmissionView').then((m) => m.AdmissionView), { ssr: false });

export const EMBED_FILE = 'manifests.yaml';
const WORLD = 'embed';
const DEFINITION: WorldDefinition = { kind: 'text', file: EMBED_FILE };

function reasonOf(error: unknown, lang: 'en' | 'es'): string {
  const tooLarge = error instanceof ShareLinkError && error.problem !== 'shareNotOurs';
  return tw(lang, tooLarge ? 'embedTooLarge' : 'embedNotOurs');
}

function EmbedView({ params, text }: { params: EmbedParams; text: string }) {
  const { lang, view } = params;
  preloadWords(lang);
  const files = useMemo(() => ({ [EMBED_FILE]: text }), [text]);
  useWorldFiles(WORLD, DEFINITION, files);
  const summary = useWorldAnswer(WORLD, { type: 'summary' });
  const problems = (summary.answer?.diagnostics ?? []).filter((d) => d.severity === 'error').slice(0, 8);
  return (
    <>
      {problems.length > 0 && (
        <section className="embed-diagnostics" aria-label={tw(lang, 'embedDiagnostics')}>
          <strong>{tw(lang, 'embedDiagnostics')}</strong>
          <Suspense fallback={null}>
            <Problems lang={lang} problems={problems} />
          </Suspense>
        </section>
      )}
      {view === 'traffic' && <TrafficView lang={lang} worldId={WORLD} port={params.port} headingLevel={1} />}
      {view === 'permissions' && <PermissionView lang={lang} worldId={WORLD} headingLevel={1} />}
      {view === 'admission' && <AdmissionView lang={lang} worldId={WORLD} headingLevel={1} />}
    </>
  );
}

function Problems({ lang, problems }: { lang: EmbedParams['lang']; problems: Diagnostic[] }) {
  const words = useWords(lang);
  return (
    <ul>
      {problems.map((d, i) => (
        <li key={i}>
          {d.line}:{d.column} {words.textOf(d)}
        </li>
      ))}
    </ul>
  );
}

/** The embeddable check: one view over manifests from the URL; without manifests, the link generator. */
export function EmbedCheck() {
  const [params, setParams] = useState<EmbedParams | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const read = () => {
      const p = embedParams(window.location.search, window.location.hash);
      document.documentElement.lang = p.lang;
      document.title = tw(p.lang, 'embedTitle');
      setParams(p);
      setText(null);
      setError(null);
      if (p.source) embedText(p.source).then(setText, (e: unknown) => setError(tw(p.lang, 'embedBadLink', { reason: reasonOf(e, p.lang) })));
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  if (!params) return null;
  if (!params.source) return <EmbedGenerator lang={params.lang} />;
  return (
    <div className="embed-check">
      {error ? (
        <p role="alert" className="embed-error">
          {error}
        </p>
      ) : text === null ? null : (
        <EmbedView params={params} text={text} />
      )}
      <EmbedFooter lang={params.lang} view={params.view} text={text} />
    </div>
  );
}
