// Words for counterexamples (en, es), and the YAML to add to the world.
import { dump } from 'js-yaml';
import type { Lang } from '../sim';
import type { Counterexample } from './counterexamples';

const peer = (p: string | { ip: string }) => (typeof p === 'string' ? p : p.ip);

/** One sentence: what gets through, and the question to ask yourself. */
export function describeCounterexample(c: Counterexample, lang: Lang): string {
  const es = lang === 'es';
  switch (c.kind) {
    case 'traffic': {
      const isNew = c.objects.length > 0;
      const who = c.direction === 'ingress' ? peer(c.from) : peer(c.to);
      const what = isNew ? (es ? `un pod nuevo ${who}` : `a new pod ${who}`) : who;
      return c.direction === 'ingress'
        ? es
          ? `Tus policies también dejan pasar a ${what} hacia ${peer(c.to)} en el ${c.port}/${c.protocol}. ¿El enunciado lo permite?`
          : `Your policies also let ${what} reach ${peer(c.to)} on ${c.port}/${c.protocol}. Does the brief allow it?`
        : es
          ? `Desde ${peer(c.from)} también se llega a ${what} en el ${c.port}/${c.protocol}. ¿El enunciado lo permite?`
          : `${peer(c.from)} can also reach ${what} on ${c.port}/${c.protocol}. Does the brief allow it?`;
    }
    case 'rbac':
      return es
        ? `${c.user} también puede: ${c.grant}${c.namespace ? ` en ${c.namespace}` : ''} (probá \`kubectl auth can-i --list --as ${c.user}${c.namespace ? ` -n ${c.namespace}` : ''}\`).`
        : `${c.user} can also: ${c.grant}${c.namespace ? ` in ${c.namespace}` : ''} (try \`kubectl auth can-i --list --as ${c.user}${c.namespace ? ` -n ${c.namespace}` : ''}\`).`;
    case 'podSecurity':
      return es
        ? `La admisión acepta en ${c.namespace} un pod que no cumple ${c.level} (${c.breaks.join(', ')}).`
        : `Admission accepts in ${c.namespace} a pod that does not meet ${c.level} (${c.breaks.join(', ')}).`;
    case 'image':
      return es
        ? `La admisión acepta en ${c.namespace} una imagen sin versión fija: ${c.breaks.join(', ')}.`
        : `Admission accepts in ${c.namespace} an image that is not pinned: ${c.breaks.join(', ')}.`;
    case 'audit':
      return es
        ? `\`${c.verb} ${c.resource}\`${c.namespace ? ` en ${c.namespace}` : ''} por ${c.user} queda en ${c.level}, no en ${c.expected} como pide el enunciado para pedidos de este tipo.`
        : `\`${c.verb} ${c.resource}\`${c.namespace ? ` in ${c.namespace}` : ''} by ${c.user} is recorded at ${c.level}, not ${c.expected} as the brief asks for requests like it.`;
  }
}

/** The objects to add to the world, as a YAML stream, or '' when nothing needs adding. */
export function counterexampleYaml(c: Counterexample, lang: Lang): string {
  if (!('objects' in c) || c.objects.length === 0) return '';
  const head = lang === 'es' ? '# Agregado por «Intentá romperlo»: borralo cuando termines.' : '# Added by "Try to break it": delete it when you are done.';
  return [head, ...c.objects.map((o) => dump(o, { lineWidth: 120, noRefs: true }).trimEnd())].join('\n---\n') + '\n';
}
