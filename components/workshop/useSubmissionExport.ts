'use client';
// What the lesson/course export and the event export share: the learner's name (typed once, kept in
// storage), the file download and the compressed link with its status message.
import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { readItem, writeItem } from '@/lib/state/safeStorage';
import { serializeSubmission, submissionFileName, type Submission } from '@/lib/workshop/submission';
import { MAX_LINK_CHARS, submissionLink } from './submissionLink';

/** The same key for every export: the learner types their name once. */
const NAME_KEY = 'k8s-lab-learner-name';

/** The status words each panel supplies in its own catalog. */
export interface ExportWords {
  tooLong: (chars: number, max: number) => string;
  copied: string;
  shown: string;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** State and actions of an export panel; `build` makes the submission from the learner's name. */
export function useSubmissionExport(lang: Lang, build: (learner: string) => Submission, words: ExportWords, onMount?: () => void) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    onMount?.();
    setName(readItem(NAME_KEY) ?? '');
  }, []); // once, after the first render
  const onName = (value: string) => {
    setName(value);
    writeItem(NAME_KEY, value);
  };
  const onDownload = (scope?: string) => {
    const submission = build(name);
    download(submissionFileName(submission, scope), serializeSubmission(submission));
  };
  const onLink = async () => {
    const { link: made, chars } = await submissionLink(window.location.origin, lang, build(name));
    setLink(made ?? null);
    if (!made) return setMessage(words.tooLong(chars, MAX_LINK_CHARS));
    try {
      await navigator.clipboard.writeText(made);
      setMessage(words.copied);
    } catch {
      setMessage(words.shown);
    }
  };
  return { name, onName, message, link, onDownload, onLink };
}
