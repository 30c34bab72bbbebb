// runLab per keystroke reuses work (lib/sim/world/parseCache.ts: unchanged parses and worlds;
// lib/lesson/runLab.ts: the answer of a world; lib/sim/rbac/rbacIndex.ts and
// lib/sim/netpol/networkMemo.ts: RBAC indexes and traffic answers kept by content, keyed only
// once a second world can share them (ContentShelf), or shared without a key when the new
// cluster's network or RBAC inputs are the last one's (lib/sim/world/sameInputs.ts, with the
// copies collectObjects keeps of unchanged objects); lib/lesson/objectMemo.ts: hardening
// findings and audit decisions kept with the parsed object they are about). None of it
// may change an answer: random edit sequences over every exercise of the course, each step
// answered through the page worker's path (one parse cache, reused worlds and memos) and cold
// (no cache, every shared memo cleared), must give the same LabResult, field by field.
import { describe, expect, it } from 'vitest';
import { courseExercises, deepFreeze } from './exercises/harness';
import { exerciseWorld, runLab, type ExerciseDefinition } from '@/lib/lesson';
import { clearSharedMemos, ParseCache } from '@/lib/sim';
import type { ParseResult } from '@/lib/sim/parse';

// A fixed seed keeps CI reproducible; PROPERTY_SEED explores others (and replays a failure).
const SEED = Number(process.env.PROPERTY_SEED ?? 20261207);
console.log(`runLab incremental property seed: ${SEED} (rerun with PROPERTY_SEED=${SEED})`);
const STEPS = 6;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Objects a learner adds while typing: one per area the memos key on (network, RBAC, others). */
const EXTRA_OBJECTS = [
  'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: typed, namespace: default }\ndata: { note: "x" }\n',
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: typed-deny }\nspec: { podSelector: {}, policyTypes: [Ingress, Egress] }\n',
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: typed }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }\nsubjects: [{ kind: Group, name: system:authenticated, apiGroup: rbac.authorization.k8s.io }]\n',
  'apiVersion: v1\nkind: Pod\nmetadata: { name: typed, labels: { app: typed } }\nspec: { containers: [{ name: c, image: nginx:1.27, ports: [{ containerPort: 80 }] }] }\n',
  // A ServiceAccount: the hardening findings of every pod read the accounts (objectMemo's key).
  'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default, namespace: shop }\nautomountServiceAccountToken: false\n',
  // Kinds no traffic question reads, in a namespace nothing else names: the namespace exists
  // now, so the network changed (lib/sim/world/sameInputs.ts must not share its answers).
  'apiVersion: v1\nkind: Secret\nmetadata: { name: typed, namespace: typed-ns }\nstringData: { k: v }\n',
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: typed, namespace: typed-role-ns }\nrules: [{ apiGroups: [""], resources: [pods], verbs: [get] }]\n',
  // A List holds any kind: it counts for the network and for RBAC.
  'apiVersion: v1\nkind: List\nitems:\n- { apiVersion: v1, kind: Service, metadata: { name: typed }, spec: { selector: { app: typed }, ports: [{ port: 80 }] } }\n',
];

type Edit = (text: string, rand: () => number, exercise: ExerciseDefinition, file: string) => string;

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)];
const lines = (text: string) => text.split('\n');

/** One keystroke or paste each: what the page worker sees between two checks. */
const EDITS: Record<string, Edit> = {
  'comment at the end': (text) => `${text}\n# typed`,
  'trailing spaces': (text) => `${text}  `,
  'a character somewhere': (text, rand) => {
    const at = Math.floor(rand() * (text.length + 1));
    return `${text.slice(0, at)}${pick(['a', '1', ' ', ':', '-', '#', '\n', '"'], rand)}${text.slice(at)}`;
  },
  'a line deleted': (text, rand) => {
    const all = lines(text);
    all.splice(Math.floor(rand() * all.length), 1);
    return all.join('\n');
  },
  'a line duplicated': (text, rand) => {
    const all = lines(text);
    const at = Math.floor(rand() * all.length);
    all.splice(at, 0, all[at] ?? '');
    return all.join('\n');
  },
  'an object appended': (text, rand) => `${text}\n---\n${pick(EXTRA_OBJECTS, rand)}`,
  'the solution pasted': (_text, _rand, exercise, file) => exercise.solution[file] ?? '',
  'the start restored': (_text, _rand, exercise, file) => exercise.start[file] ?? '',
};

describe('runLab through the page worker path answers exactly as a cold runLab', () => {
  const exercises = courseExercises();

  it('finds the course exercises', () => {
    expect(exercises.length).toBeGreaterThan(10);
  });

  it('for random edit sequences over every exercise', () => {
    const rand = random(SEED);
    const names = Object.keys(EDITS);
    for (const exercise of exercises) {
      const cache = new ParseCache((result: ParseResult) => deepFreeze(result));
      let files: Record<string, string> = { ...exercise.start };
      const history: string[] = [];
      for (let step = 0; step < STEPS; step++) {
        const file = pick(exercise.files, rand);
        const name = pick(names, rand);
        files = { ...files, [file]: EDITS[name](files[file] ?? '', rand, exercise, file) };
        history.push(`${name} in ${file}`);
        const cached = runLab(exercise, files, exerciseWorld(exercise, files, cache));
        clearSharedMemos();
        const cold = runLab(exercise, files);
        expect(cached, `${exercise.id} after ${history.join(', ')} (seed ${SEED})`).toStrictEqual(cold);
      }
    }
  });

  it('an edit that changes no parse result hands back the same world and the same answer', () => {
    const exercise = exercises.find((e) => e.id === 'secure-the-shop') ?? exercises[0];
    const cache = new ParseCache();
    const file = exercise.files[exercise.files.length - 1];
    const before = exerciseWorld(exercise, exercise.solution, cache);
    const answer = runLab(exercise, exercise.solution, before);
    const typed = { ...exercise.solution, [file]: `${exercise.solution[file] ?? ''}\n# typed` };
    const after = exerciseWorld(exercise, typed, cache);
    expect(after).toBe(before);
    expect(runLab(exercise, typed, after)).toBe(answer);
    const moved = { ...exercise.solution, [file]: `# typed\n${exercise.solution[file] ?? ''}` };
    expect(exerciseWorld(exercise, moved, cache)).not.toBe(before);
  });

  it('an object typed in one file keeps the answers about the unchanged objects of the others, and answers as cold', () => {
    const exercise = exercises.find((e) => e.id === 'secure-the-shop');
    expect(exercise).toBeDefined();
    if (!exercise) return;
    const cache = new ParseCache();
    // The start files: their pods have hardening findings (the solution's have none to keep).
    const typed = (note: string) => ({
      ...exercise.start,
      [exercise.files[0]]:
        `${exercise.start[exercise.files[0]] ?? ''}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: typed }\ndata: { note: "${note}" }\n`,
    });
    const first = runLab(exercise, typed('a'), exerciseWorld(exercise, typed('a'), cache));
    const second = runLab(exercise, typed('ab'), exerciseWorld(exercise, typed('ab'), cache));
    const kinds = ['hardening', 'audit', 'traffic'] as const;
    for (const kind of kinds) {
      const before = first.goals.filter((g) => g.kind === kind);
      expect(before.filter((g) => g.verdict !== undefined).length, kind).toBeGreaterThan(0);
      const after = second.goals.filter((g) => g.kind === kind);
      // The very same verdict objects: kept with the parsed object (objectMemo) or the network (networkMemo).
      before.forEach((goal, i) => expect(after[i].verdict, `${kind} ${goal.id}`).toBe(goal.verdict));
    }
    clearSharedMemos();
    expect(second).toStrictEqual(runLab(exercise, typed('ab')));
  });
});
