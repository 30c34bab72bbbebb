// Counterexamples as messages (words: lib/i18n/messages/<lang>/attack.ts), and the YAML to add to the world.
import { dump } from 'js-yaml';
import { verbatim } from '../sim/messages';
import type { Counterexample } from './counterexamples';
import { msg } from './messages';
import type { LessonMessage } from './types';

const peer = (p: string | { ip: string }) => (typeof p === 'string' ? p : p.ip);

/** One sentence: what gets through, and the question to ask yourself. */
export function describeCounterexample(c: Counterexample): LessonMessage {
  switch (c.kind) {
    case 'traffic': {
      const who = c.direction === 'ingress' ? peer(c.from) : peer(c.to);
      const what = c.objects.length > 0 ? msg('counterexample.newPod', { name: who }) : verbatim(who);
      const at = { port: String(c.port), protocol: c.protocol };
      return c.direction === 'ingress'
        ? msg('counterexample.ingress', { what, to: peer(c.to), ...at })
        : msg('counterexample.egress', { from: peer(c.from), what, ...at });
    }
    case 'rbac':
      return msg('counterexample.rbac', { user: c.user, grant: c.grant, namespace: c.namespace || undefined });
    case 'podSecurity':
      return msg('counterexample.podSecurity', { namespace: c.namespace, level: c.level, breaks: c.breaks.join(', ') });
    case 'image':
      return msg('counterexample.image', { namespace: c.namespace, breaks: c.breaks.join(', ') });
    case 'audit':
      return msg('counterexample.audit', {
        verb: c.verb,
        resource: c.resource,
        namespace: c.namespace || undefined,
        user: c.user,
        level: c.level,
        expected: c.expected,
      });
  }
}

/** The comment on top of the YAML a counterexample adds (render it in the learner's language). */
export const COUNTEREXAMPLE_YAML_HEAD: LessonMessage = msg('counterexample.yamlHead', {});

/** The objects to add to the world, as a YAML stream under the rendered `head` comment, or '' when nothing needs adding. */
export function counterexampleYaml(c: Counterexample, head: string): string {
  if (!('objects' in c) || c.objects.length === 0) return '';
  return [head, ...c.objects.map((o) => dump(o, { lineWidth: 120, noRefs: true }).trimEnd())].join('\n---\n') + '\n';
}
