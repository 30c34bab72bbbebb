/**
 * The verdict on a challenge's defence: it holds only when the scripted attack no longer finds
 * the flag AND no attack path from the foothold reaches what the flag stands for (attackPaths.ts).
 * An open path is explained in every language, naming its first step and where it comes from
 * (file and line in the defence or the world).
 */
import { LANGS, type Lang } from '../i18n/languages';
import { render } from '../i18n/messages/render';
import { edgeSource } from '../lesson/attackPathGoal';
import { describeAttackEdge, describeAttackEntry } from '../lesson/attackWords';
import { ObjectIndex } from '../lesson/objectIndex';
import type { SourcePointer } from '../lesson/types';
import { identityFor, parseManifests } from '../sim';
import { openAttackPath, type OpenPath } from './attackPaths';
import { flagFor, withFlag } from './flag';
import { challengeSession, runSolve } from './solve';
import { challengeWorld } from './world';
import type { Challenge, Words } from './types';

export interface DefenceVerdict {
  defended: boolean;
  /** The scripted attack still shows the flag. */
  scripted: boolean;
  /** A path the defence leaves open (shortest first). */
  path?: OpenPath;
  /** Where its first step comes from. */
  source?: SourcePointer;
  explanation?: Words;
}

/** Where the defended world's objects were written: the defence's file wins over the world's. */
function defendedIndex(challenge: Challenge, flag: string): ObjectIndex {
  const world = parseManifests(withFlag(challenge.world, flag), { file: `${challenge.id}/world.yaml` }).parsed;
  const defence = parseManifests(withFlag(challenge.defence.world, flag), { file: `${challenge.id}/defence.yaml` }).parsed;
  return new ObjectIndex([...world, ...defence]);
}

const WORDS: Record<Lang, (p: { entry: string; target: string; step: string; where: string; count: number }) => string> = {
  en: ({ entry, target, step, where, count }) =>
    `The defence leaves an attack path open from ${entry} to ${target} (${count} step(s)). First step: ${step}${where ? ` — see ${where}` : ''}.`,
  es: ({ entry, target, step, where, count }) =>
    `La defensa deja abierto un camino de ataque desde ${entry} hasta ${target} (${count} paso(s)). Primer paso: ${step}${where ? `; fijate en ${where}` : ''}.`,
};

/** A search cut short by its work budget cannot vouch for the defence. */
const CUT_SHORT: Words = {
  en: 'The attack-path search stopped at its work budget before it could rule out every path: the defence cannot be vouched for.',
  es: 'La búsqueda de caminos de ataque se cortó por su límite de trabajo antes de descartar todos los caminos: no se puede garantizar la defensa.',
};

/** Groups the learner starts with that the search's identity (named by user alone) would not carry. */
export function unsearchedGroups(start: Challenge['start']): string[] {
  const searched = new Set(identityFor(start.user).groups);
  return start.groups.filter((g) => !searched.has(g));
}

const GROUPS_UNSEARCHED = (groups: string): Words => ({
  en: `The attack-path search starts from the user's name alone and would miss the permissions of the groups ${groups}: the defence cannot be vouched for.`,
  es: `La búsqueda de caminos de ataque arranca solo del nombre del usuario y se perdería los permisos de los grupos ${groups}: no se puede garantizar la defensa.`,
});

function explain(path: OpenPath, source: SourcePointer | undefined): Words {
  if (path.truncated) return CUT_SHORT;
  const where = source ? `${source.file}:${source.line}` : '';
  const words = {} as Words;
  for (const lang of LANGS) {
    const first = path.edges[0];
    const step = first ? render(lang, describeAttackEdge(first)) : render(lang, describeAttackEntry(path.entry));
    words[lang] = WORDS[lang]({ entry: render(lang, describeAttackEntry(path.entry)), target: path.target, step, where, count: path.edges.length });
  }
  return words;
}

/** Judge the challenge's defence (defence.yaml applied) for an event. */
export function judgeDefence(challenge: Challenge, eventId: string, options: { budget?: number } = {}): DefenceVerdict {
  const flag = flagFor(eventId, challenge.id);
  const scripted = runSolve(challenge, eventId, { defended: true }).found;
  const missing = unsearchedGroups(challenge.start);
  if (missing.length > 0) return { defended: false, scripted, explanation: GROUPS_UNSEARCHED(missing.join(', ')) };
  const { cluster } = challengeSession(challenge, flag, true);
  const { objects } = challengeWorld(challenge, flag, true);
  const path = openAttackPath(cluster, objects, challenge.start, flag, options);
  if (!path) return { defended: !scripted, scripted };
  const index = defendedIndex(challenge, flag);
  const located = path.edges.map((edge) => edgeSource(edge, { cluster, index })).find((s) => s !== undefined);
  return { defended: false, scripted, path, source: located, explanation: explain(path, located) };
}
