// What an open path is searched from and to, read from each challenge's own world: the learner's
// identity and every pod it may exec into (RBAC `create pods/exec` by name,
// https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb);
// the Secrets holding the flag, and the pods whose web server answers with it (nginx serves its
// document root, https://kubernetes.io/docs/concepts/configuration/configmap/#using-configmaps-as-files-from-a-pod).
import { describe, expect, it } from 'vitest';
import { loadEventTrack } from '@/lib/content/challenges';
import { flagTargets, footholds } from '@/lib/event/attackPaths';
import { flagFor } from '@/lib/event/flag';
import { challengeSession } from '@/lib/event/solve';
import { challengeWorld } from '@/lib/event/world';

const challenges = loadEventTrack().challenges;

function setup(id: string, defended = false) {
  const challenge = challenges.find((c) => c.id === id);
  if (!challenge) throw new Error(`no challenge ${id}`);
  const flag = flagFor('targets', id);
  return { challenge, flag, cluster: challengeSession(challenge, flag, defended).cluster, objects: challengeWorld(challenge, flag, defended).objects };
}

describe('footholds', () => {
  it('the learner and the pods it may exec into, never a pod the exec rule does not name', () => {
    const flat = setup('flat-network');
    expect(footholds(flat.cluster, flat.challenge.start)).toEqual(['user:web-dev', 'pod:shop/frontend']);
    const node = setup('node-escape');
    expect(footholds(node.cluster, node.challenge.start)).toEqual(['user:sre-trainee', 'pod:monitoring/node-exporter']);
  });

  it('an identity without exec has only itself', () => {
    const imp = setup('impersonation');
    expect(footholds(imp.cluster, imp.challenge.start)).toEqual(['user:support']);
  });
});

describe('flagTargets', () => {
  it('the Secret holding the flag, and the nginx pod serving that Secret from its document root', () => {
    const { cluster, objects, flag } = setup('flat-network');
    expect(flagTargets(cluster, objects, flag).sort()).toEqual(['pod:data/orders-db', 'secret:data/orders-export']);
  });

  it('a pod that only mounts the Secret (not served over HTTP) is not a target by connection', () => {
    const { cluster, objects, flag } = setup('node-escape');
    expect(flagTargets(cluster, objects, flag)).toEqual(['secret:vault/unseal-key']);
  });

  it('a decoy Secret without the flag is not a target', () => {
    const { cluster, objects, flag } = setup('pod-factory');
    expect(flagTargets(cluster, objects, flag)).toEqual(['secret:prod/db-root']);
  });

  it('a flag in base64 `data` counts as held', () => {
    const { cluster, objects, flag } = setup('token-thief');
    const encoded = objects.map((o) =>
      o.kind === 'Secret' && o.stringData ? { ...o, stringData: undefined, data: { key: btoa((o.stringData as { key: string }).key) } } : o,
    );
    expect(flagTargets(cluster, encoded, flag)).toEqual(['secret:shop/payment-gateway']);
  });
});
