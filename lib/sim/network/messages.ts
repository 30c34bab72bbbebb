/**
 * Message codes of the lab's own words in what a pod's programs print, with sample parameters
 * (words: lib/i18n/messages/<lang>/network.ts). The programs' own texts (curl's, nc's,
 * nsenter's errors) stay English as they print them; what the lab adds is a code.
 */
export const NETWORK_MESSAGES = {
  /** `nsenter -t 1 -m` without a command: the lab runs one command at a time. */
  'network.refuse.interactiveNsenter': {},
};
