'use client';
import { useEffect, useState } from 'react';
import { tw } from '@/lib/i18n/workshop';
import { encodeState, type PlaygroundTab } from '../playground/shareState';
import type { EmbedView } from './embedLink';

const TAB: Record<EmbedView, PlaygroundTab> = { traffic: 'traffic', permissions: 'permissions', admission: 'admission' };

/** Who checked this, and a way out to the full playground with the same manifests (a new tab). */
export function EmbedFooter({ lang, view, text }: { lang: 'en' | 'es'; view: EmbedView; text: string | null }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return;
    let live = true;
    void encodeState({ text, tab: TAB[view] }).then((s) => {
      if (live) setHref(`/${lang}/playground/#s=${s}`);
    });
    return () => {
      live = false;
    };
  }, [lang, view, text]);
  return (
    <footer className="embed-footer">
      <span>{tw(lang, 'embedBy')}</span>
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {tw(lang, 'embedOpen')} ↗
        </a>
      )}
    </footer>
  );
}
