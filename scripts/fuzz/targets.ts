// Run one generated input through its entry point. A failure is an exception from code that
// promises never to throw, or a simulator internal error it caught and reported.
import { createCluster, parseManifests, type Diagnostic } from '../../lib/sim';
import { completeShellLine, createShellSession, runShellLine } from '../../lib/sim/shell';
import type { ShellSession } from '../../lib/sim/shell';
import { runLab } from '../../lib/lesson';
import { decodeState, readState, ShareLinkError } from '../../components/playground/shareState';
import { capLinkReplicas } from '../../components/playground/linkLimits';
import { installStorage, MemoryStorage } from '../../tests/unit/state/memoryStorage';
import * as progress from '../../lib/state/progress';
import * as storage from '../../lib/state/progressStorage';
import { openEvent, readEventProgress } from '../../lib/state/eventProgress';
import { readEventLink } from '../../lib/event/eventLink';
import { checkFlag } from '../../lib/event/flag';
import type { Corpus } from './corpus';
import type { FuzzInput } from './generators';

export class FuzzFailure extends Error {}

function noInternalError(diagnostics: readonly Diagnostic[]): void {
  const internal = diagnostics.find((d) => d.code === 'simulator-internal-error');
  if (internal) throw new FuzzFailure(internal.message);
}

export interface Targets {
  run(input: FuzzInput): Promise<void>;
}

export function createTargets(corpus: Corpus): Targets {
  installStorage(new MemoryStorage(64 * 1024));
  progress.hydrateProgress();
  const world = corpus.texts.find((t) => t.includes('kind: NetworkPolicy') && t.includes('kind: Deployment')) ?? corpus.texts[0];
  // Every request audited with its bodies: kubectl's audit path sees every generated command.
  const auditPolicy = { apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level: 'RequestResponse' }] };
  const base = createShellSession({ objects: parseManifests(world).objects, auditPolicy });
  let session: ShellSession = base;

  const shell = (line: string, carry: boolean) => {
    const result = runShellLine(carry ? session : base, line);
    if (result.output.includes('the simulator failed')) throw new FuzzFailure(result.output.slice(0, 300));
    session = result.session.history.length > 50 ? base : result.session;
    completeShellLine(base, line);
  };
  const manifests = (text: string) => {
    const parsed = parseManifests(text, { file: 'fuzz.yaml' });
    noInternalError(parsed.diagnostics);
    noInternalError(createCluster(parsed.objects).diagnostics);
  };
  const link = async (encoded: string) => {
    try {
      const state = readState(await decodeState(encoded));
      capLinkReplicas(state.text);
    } catch (error) {
      if (!(error instanceof ShareLinkError)) throw error;
    }
  };
  const saved = (value: unknown, stored: string) => {
    progress.useProgress.getState().importProgress(value);
    storage.readEntry(value);
    const s = new MemoryStorage(64 * 1024);
    installStorage(s);
    s.setItem('k8s-lab-exercise:a/b/c', stored);
    s.setItem('k8s-lab-progress', stored);
    storage.loadProgress();
    progress.useProgress.getState().saveDraft('a/b/c', 'x.yaml', stored);
    // Event mode: saved event progress, the instructor's link and a typed flag.
    readEventProgress(value, 'e');
    s.setItem('k8s-lab-event:e', stored);
    openEvent({ ...readEventLink(stored), eventId: 'e' }, 0);
    checkFlag('e', 'token-thief', stored);
  };

  return {
    async run(input) {
      switch (input.kind) {
        case 'shell':
          return shell(input.line, input.carry);
        case 'manifests':
          return manifests(input.text);
        case 'lab': {
          const r = runLab(corpus.exercises[input.exercise], input.files);
          noInternalError(Object.values(r.diagnostics).flat());
          return;
        }
        case 'link':
          return link(input.encoded);
        case 'progress':
          return saved(input.value, input.stored);
      }
    },
  };
}
