// Phrases shared by the hardening findings, as messages (words: lib/i18n/messages/<lang>/hardening.ts).
import { msg, type Message } from '../messages';
import type { ContainerRef } from '../podsecurity/types';

function containerWords(ref: ContainerRef, name: string): Message {
  if (ref.field === 'initContainers') return msg('hardening.initContainer', { name });
  if (ref.field === 'ephemeralContainers') return msg('hardening.ephemeralContainer', { name });
  return msg('hardening.container', { name });
}

/** `container "web"` / `init container "migrate"` / `ephemeral container "debug"`. */
export function containerLabel(ref: ContainerRef): Message {
  return containerWords(ref, JSON.stringify(ref.name));
}

/** `container web` (for fixes: "set ... on container web"). */
export function containerTarget(ref: ContainerRef): Message {
  return containerWords(ref, ref.name || '(unnamed)');
}

/** `"a", "b"`. */
export function quoteList(items: readonly string[]): string {
  return items.map((i) => JSON.stringify(i)).join(', ');
}
