'use client';
import { useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tv } from '@/lib/i18n/views';
import { encodeState, FRAGMENT_KEY, type PlaygroundState } from './shareState';

interface Props {
  lang: Lang;
  state: PlaygroundState;
  notice: string;
  setNotice: (text: string) => void;
}

/** Share as a link (state in the fragment, never sent to a server) or download the manifests. */
export function PlaygroundShare({ lang, state, notice, setNotice }: Props) {
  const [link, setLink] = useState('');
  const share = async () => {
    const encoded = await encodeState(state);
    const url = `${window.location.origin}${window.location.pathname}#${FRAGMENT_KEY}=${encoded}`;
    window.history.replaceState(null, '', `#${FRAGMENT_KEY}=${encoded}`);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice(tv(lang, 'linkCopied'));
    } catch {
      setNotice(tv(lang, 'linkReady'));
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([state.text], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'playground.yaml';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="playground-share">
      <div className="playground-tools">
        <button type="button" className="button" onClick={() => void share()} data-testid="share">
          {tv(lang, 'copyLink')}
        </button>
        <button type="button" className="button secondary" onClick={download} data-testid="download">
          {tv(lang, 'download')}
        </button>
      </div>
      <p className="playground-status" aria-live="polite" data-testid="share-notice">
        {notice}
      </p>
      {link ? (
        <label className="view-field">
          {tv(lang, 'share')}
          <input className="share-link" readOnly value={link} onFocus={(e) => e.target.select()} data-testid="share-link" />
        </label>
      ) : null}
    </div>
  );
}
