/**
 * Flags: `flag{` + 20 hex digits + `}`, HMAC-SHA256 of the challenge id keyed by the event id.
 * Every event (the `event=` link parameter) has its own flags, and the page holds no flag as text:
 * it is computed at runtime and placed into the simulated cluster (a Secret, a file, a response).
 * A static site cannot truly hide it: whoever reads the JavaScript can recompute a flag from the
 * event id; docs/event.md says so. The instructor re-checks flags with the same function.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const FLAG_PLACEHOLDER = '{{flag}}';
export const PRACTICE_EVENT = 'practice';
const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A usable event id: lowercase letters, digits and dashes, up to 40; anything else is the practice event. */
export function normalizeEventId(value: unknown): string {
  if (typeof value !== 'string') return PRACTICE_EVENT;
  const id = value.trim().toLowerCase();
  return EVENT_ID.test(id) ? id : PRACTICE_EVENT;
}

/** The flag of a challenge in an event. */
export function flagFor(eventId: string, challengeId: string): string {
  const mac = hmac(sha256, utf8ToBytes(`k8s-lab-event/1:${eventId}`), utf8ToBytes(challengeId));
  return `flag{${bytesToHex(mac).slice(0, 20)}}`;
}

/** Is `submitted` this challenge's flag in this event? Spaces around it and case are forgiven. */
export function checkFlag(eventId: string, challengeId: string, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || submitted.length > 500) return false;
  const expected = flagFor(eventId, challengeId);
  const given = submitted.trim().toLowerCase();
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (given.charCodeAt(i) || 0);
  return diff === 0;
}

/** The world's YAML with the flag in place. */
export function withFlag(worldYaml: string, flag: string): string {
  return worldYaml.split(FLAG_PLACEHOLDER).join(flag);
}
