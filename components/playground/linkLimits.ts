/**
 * Limits a shared link is held to before any work starts: a link is someone else's input, and
 * opening it must not freeze the tab. A few characters (`replicas: 1000` three times) ask the
 * simulator for thousands of pods, so a link gets a pod budget; replicas past it are lowered
 * and the learner told how many the link asked for.
 */
export const MAX_LINK_PODS = 1000;

const REPLICAS = /(\breplicas\s*:\s*["']?)(\d+)/g;

export interface LinkLimit {
  text: string;
  /** Pods the link asked for, when over the budget (the text then asks for at most MAX_LINK_PODS). */
  askedPods?: number;
}

/** Lower `replicas:` values so that the whole text asks for at most `budget` pods. */
export function capLinkReplicas(text: string, budget = MAX_LINK_PODS): LinkLimit {
  let asked = 0;
  for (const match of text.matchAll(REPLICAS)) asked += Math.min(Number(match[2]), Number.MAX_SAFE_INTEGER);
  if (asked <= budget) return { text };
  let left = budget;
  const capped = text.replace(REPLICAS, (_all, head: string, digits: string) => {
    const kept = Math.min(Number(digits), left);
    left -= kept;
    return `${head}${kept}`;
  });
  return { text: capped, askedPods: asked };
}
