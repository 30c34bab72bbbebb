// Traffic goals: which policy, rule, peer and port entry matched or missed, what to change, where.
// Peers of a rule are ORed; podSelector + namespaceSelector inside one peer are ANDed; port
// entries are ORed: https://kubernetes.io/docs/concepts/services-networking/network-policies/
import { render } from '../../i18n/messages';
import { describeSuggestion, refText, type Lang, type NetpolDirectionVerdict, type NetpolTrafficVerdict, type RuleCheck } from '../../sim';
import type { GoalContext } from '../goals';
import type { SourcePointer } from '../types';
import { both } from '../words';
import { editableObject, firstEditableFile, isEditable, objectOf, pointTo, preferEditable } from './pointer';
import { peerText, portEntryText, sentence } from './words';
import type { Explained } from './types';

interface Step {
  fact: (l: Lang) => string;
  action: (l: Lang) => string;
  source?: SourcePointer;
  /** A fallback place (start of a file), ranked after real causes. */ weak?: boolean;
}

const PEER_FIELD = { ingress: 'from', egress: 'to' } as const;

/** `ns/name` of a traffic end (the goal's endpoint text) into its parts. */
function splitKey(key: string): [string, string] {
  const at = key.indexOf('/');
  return [key.slice(0, at), key.slice(at + 1)];
}

function ruleOf(ctx: GoalContext, check: RuleCheck, dir: 'ingress' | 'egress'): Record<string, unknown> | undefined {
  const spec = objectOf(ctx, 'NetworkPolicy', check.policy.namespace, check.policy.name)?.spec as Record<string, unknown> | undefined;
  const rules = spec?.[dir];
  return Array.isArray(rules) ? (rules[check.ruleIndex] as Record<string, unknown>) : undefined;
}

function at(ctx: GoalContext, check: RuleCheck, path: string): SourcePointer | undefined {
  return pointTo(ctx, 'NetworkPolicy', check.policy.namespace, check.policy.name, path);
}

function on(v: NetpolTrafficVerdict): string {
  return `${v.protocol} ${v.targetPort ?? v.port}`;
}

/** A denied direction: the nearest rule (one half matched), or where a new rule goes. */
function missStep(ctx: GoalContext, v: NetpolTrafficVerdict, d: NetpolDirectionVerdict): Step {
  const dir = d.direction;
  const field = PEER_FIELD[dir];
  const portHit = d.checked.find((c) => c.peerMatches && !c.portMatches);
  const peerHit = d.checked.find((c) => !c.peerMatches && c.portMatches);
  if (portHit) {
    const n = portHit.ruleIndex + 1;
    return {
      fact: (l) =>
        l === 'es'
          ? `la regla ${dir} ${n} de la NetworkPolicy ${refText(portHit.policy)} admite a ${d.peer}, pero ninguna de sus ${portHit.portCount ?? 0} entradas de ports es ${on(v)}`
          : `${dir} rule ${n} of NetworkPolicy ${refText(portHit.policy)} admits ${d.peer}, but none of its ${portHit.portCount ?? 0} port entries is ${on(v)}`,
      action: (l) =>
        l === 'es'
          ? `agregá \`- port: ${v.targetPort ?? v.port}\` (protocol ${v.protocol}) a los ports de la regla ${dir} ${n} de ${refText(portHit.policy)}`
          : `add \`- port: ${v.targetPort ?? v.port}\` (protocol ${v.protocol}) to the ports of ${dir} rule ${n} of ${refText(portHit.policy)}`,
      source: at(ctx, portHit, `spec.${dir}[${portHit.ruleIndex}].ports`),
    };
  }
  if (peerHit) return peerMissStep(ctx, v, d, peerHit, field);
  const s = d.suggestion;
  const editable = d.policies
    .map((policy) => ({ policy, p: at(ctx, { policy, ruleIndex: 0, peerMatches: false, portMatches: false }, `spec.${dir}`) }))
    .find((x) => isEditable(ctx, x.p));
  const fallback = editableObject(ctx, 'NetworkPolicy', s?.namespace)?.pointer ?? firstEditableFile(ctx);
  return {
    fact: (l) =>
      l === 'es'
        ? `${d.subject} está aislado para ${dir} por ${d.policies.map(refText).join(', ')} y ninguna regla ${dir} admite a ${d.peer} (ni el peer ni el puerto coinciden)`
        : `${d.subject} is isolated for ${dir} by ${d.policies.map(refText).join(', ')} and no ${dir} rule admits ${d.peer} (neither peer nor port matches)`,
    action: (l) =>
      s
        ? render(l, describeSuggestion(s)).replace(/\.$/, '')
        : l === 'es'
          ? `agregá una regla ${dir} que admita a ${d.peer}`
          : `add an ${dir} rule that admits ${d.peer}`,
    source: editable?.p ?? fallback,
    weak: !editable,
  };
}

function peerMissStep(ctx: GoalContext, v: NetpolTrafficVerdict, d: NetpolDirectionVerdict, hit: RuleCheck, field: string): Step {
  const dir = d.direction;
  const n = hit.ruleIndex + 1;
  const peers = ruleOf(ctx, hit, dir)?.[field];
  const list = Array.isArray(peers) ? peers : [];
  const anded = list.findIndex((p) => typeof p === 'object' && p !== null && 'podSelector' in p && 'namespaceSelector' in p);
  const wanted = d.suggestion ? describeSuggestionPeer(d.suggestion.peer) : d.peer;
  return {
    fact: (l) => {
      const base =
        l === 'es'
          ? `la regla ${dir} ${n} de la NetworkPolicy ${refText(hit.policy)} cubre ${on(v)}, pero ninguno de sus ${hit.peerCount ?? list.length} peers coincide con ${d.peer}`
          : `${dir} rule ${n} of NetworkPolicy ${refText(hit.policy)} covers ${on(v)}, but none of its ${hit.peerCount ?? list.length} peers matches ${d.peer}`;
      if (anded < 0) return base;
      return l === 'es'
        ? `${base}; el peer ${anded + 1} (\`${peerText(list[anded], l)}\`) exige las dos condiciones a la vez (Y)`
        : `${base}; peer ${anded + 1} (\`${peerText(list[anded], l)}\`) requires both selectors at once (AND)`;
    },
    action: (l) =>
      l === 'es'
        ? `en ${field} de la regla ${dir} ${n} de ${refText(hit.policy)}, agregá o corregí un peer que coincida con ${d.peer} (por ejemplo \`${wanted}\`); las etiquetas distinguen mayúsculas`
        : `in the ${field} of ${dir} rule ${n} of ${refText(hit.policy)}, add or correct a peer that matches ${d.peer} (for example \`${wanted}\`); labels are case-sensitive`,
    source: at(ctx, hit, `spec.${dir}[${hit.ruleIndex}].${field}`),
  };
}

function describeSuggestionPeer(peer: NonNullable<NetpolDirectionVerdict['suggestion']>['peer']): string {
  if ('ipBlock' in peer) return `ipBlock: {cidr: ${peer.ipBlock}}`;
  const sel = (m: Record<string, string>) =>
    `{matchLabels: {${Object.entries(m)
      .map(([k, x]) => `${k}: ${x}`)
      .join(', ')}}}`;
  return peer.namespaceSelector
    ? `namespaceSelector: ${sel(peer.namespaceSelector)}, podSelector: ${sel(peer.podSelector)}`
    : `podSelector: ${sel(peer.podSelector)}`;
}

export { describeSuggestionPeer };
export type { Step };

/** A traffic goal's failing verdict: fact (which rule/peer/port), fix and pointer. */
export function explainTraffic(expectAllow: boolean, v: NetpolTrafficVerdict, ctx: GoalContext): Explained {
  const steps = expectAllow ? allowSteps(ctx, v) : blockSteps(ctx, v);
  if (steps.length === 0) return {};
  const rank = (s: Step) => (isEditable(ctx, s.source) ? (s.weak ? 1 : 0) : 2);
  const sorted = [...steps].sort((a, b) => rank(a) - rank(b));
  // A way out elsewhere (isolating another pod) is only offered when no rule of the learner's is the cause.
  const ordered = rank(sorted[0]) === 0 ? sorted.filter((s) => rank(s) === 0) : sorted;
  const joiner = (l: Lang) => (expectAllow ? '; ' : l === 'es' ? '; o bien ' : '; or ');
  return {
    detail: both((l) => `${sentence(ordered.map((s) => s.fact(l)).join('; '))}.`),
    fix: both((l) => `${sentence(ordered.map((s) => s.action(l)).join(joiner(l)))}.`),
    source: preferEditable(
      ctx,
      ordered.map((s) => s.source),
    ),
  };
}

function allowSteps(ctx: GoalContext, v: NetpolTrafficVerdict): Step[] {
  if (v.problem) return [problemStep(ctx, v)];
  return [v.egress, v.ingress].filter((d) => d.code === 'denied').map((d) => missStep(ctx, v, d));
}

function blockSteps(ctx: GoalContext, v: NetpolTrafficVerdict): Step[] {
  return [v.egress, v.ingress].map((d) => openStep(ctx, v, d)).filter((s): s is Step => s !== undefined);
}

/** An allowed direction: the rule, peer and port entry that admitted it, or the missing isolation. */
function openStep(ctx: GoalContext, v: NetpolTrafficVerdict, d: NetpolDirectionVerdict): Step | undefined {
  const dir = d.direction;
  const m = d.matched?.[0];
  if (d.code === 'allowed' && m) {
    const field = PEER_FIELD[dir];
    const rule = ruleOf(ctx, m, dir);
    const peer = m.peerIndex !== undefined && Array.isArray(rule?.[field]) ? (rule[field] as unknown[])[m.peerIndex] : undefined;
    const port = m.portIndex !== undefined && Array.isArray(rule?.ports) ? (rule.ports as unknown[])[m.portIndex] : undefined;
    const others = (d.matched ?? []).slice(1).map((x) => `${refText(x.policy)} #${x.ruleIndex + 1}`);
    return {
      fact: (l) => {
        const es = l === 'es';
        const via =
          peer !== undefined
            ? es
              ? ` por el peer ${m.peerIndex! + 1} (\`${peerText(peer, l)}\`)`
              : ` through peer ${m.peerIndex! + 1} (\`${peerText(peer, l)}\`)`
            : es
              ? ` (la regla no tiene \`${field}\`: admite a cualquiera)`
              : ` (the rule has no \`${field}\`: it admits anyone)`;
        const portWords =
          port !== undefined
            ? es
              ? ` en la entrada de ports ${m.portIndex! + 1} (${portEntryText(port)})`
              : ` on port entry ${m.portIndex! + 1} (${portEntryText(port)})`
            : es
              ? ' en cualquier puerto (sin `ports`)'
              : ' on any port (no `ports`)';
        const also = others.length ? (es ? `; también la admiten ${others.join(', ')}` : `; also admitted by ${others.join(', ')}`) : '';
        return es
          ? `la regla ${dir} ${m.ruleIndex + 1} de la NetworkPolicy ${refText(m.policy)} admite a ${d.peer}${via}${portWords}${also}`
          : `${dir} rule ${m.ruleIndex + 1} of NetworkPolicy ${refText(m.policy)} admits ${d.peer}${via}${portWords}${also}`;
      },
      action: (l) =>
        l === 'es'
          ? `acotá ese peer o esa entrada de ports de la regla ${dir} ${m.ruleIndex + 1} de ${refText(m.policy)} para que ya no coincida con ${d.peer} (y revisá las demás reglas que lo admitan)`
          : `narrow that peer or port entry of ${dir} rule ${m.ruleIndex + 1} of ${refText(m.policy)} so it no longer matches ${d.peer} (and check any other rule that admits it)`,
      source: at(ctx, m, peer !== undefined ? `spec.${dir}[${m.ruleIndex}].${field}[${m.peerIndex}]` : `spec.${dir}[${m.ruleIndex}]`),
    };
  }
  if (d.code !== 'not-isolated' || !d.pod) return undefined;
  const [ns] = splitKey(d.pod);
  const policy = editableObject(ctx, 'NetworkPolicy', ns);
  const self = dir === 'egress' ? v.from : v.to;
  const pod = self.kind === 'workload' ? `${self.workloadKind ?? ''} ${self.name}`.trim() : d.pod;
  const peerEnd = dir === 'egress' ? v.to : v.from;
  const peer = peerEnd.kind === 'workload' ? `${peerEnd.workloadKind ?? ''} ${peerEnd.name}`.trim() : d.peer;
  const Dir = dir === 'ingress' ? 'Ingress' : 'Egress';
  return {
    fact: (l) =>
      l === 'es'
        ? `ninguna NetworkPolicy selecciona a ${pod} para ${dir}, así que su ${dir} está abierto`
        : `no NetworkPolicy selects ${pod} for ${dir}, so its ${dir} is open`,
    action: (l) =>
      l === 'es'
        ? `seleccioná a ${pod} (podSelector) en una NetworkPolicy de ${ns} con \`${Dir}\` en policyTypes y sin una regla que admita ${peer} en ${on(v)}`
        : `select ${pod} (podSelector) in a NetworkPolicy of ${ns} with \`${Dir}\` in policyTypes and no rule admitting ${peer} on ${on(v)}`,
    source: policy ? pointTo(ctx, 'NetworkPolicy', policy.namespace, policy.name, 'spec.policyTypes') : firstEditableFile(ctx),
    // Opening a new isolation elsewhere is a way out, not the cause: rank it after the rule that admits.
    weak: true,
  };
}

/** Where the pods of a namespace get their labels, in an editable workload or pod. */
function podLabels(ctx: GoalContext, ns: string): SourcePointer | undefined {
  for (const kind of ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod']) {
    const found = editableObject(ctx, kind, ns);
    if (found) return pointTo(ctx, kind, found.namespace, found.name, kind === 'Pod' ? 'metadata.labels' : 'spec.template.metadata.labels');
  }
  return undefined;
}

const WORKLOADS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'];

function problemStep(ctx: GoalContext, v: NetpolTrafficVerdict): Step {
  const p = v.problem!;
  // `ns/name` means a pod or workload first, a Service only when neither exists.
  const shadowed = [v.from, v.to].find((end) => end.kind === 'service' && !WORKLOADS.some((k) => ctx.index.find(`${k}/${end.name}`)));
  if (shadowed && p.code !== 'no-backends') {
    return {
      fact: (l) =>
        l === 'es'
          ? `no hay Pod ni workload ${shadowed.name}, así que ese nombre se toma como el Service`
          : `there is no Pod or workload ${shadowed.name}, so the name is read as the Service`,
      action: (l) =>
        l === 'es'
          ? `escribí el workload (o Pod) ${shadowed.name} en tus archivos, con el nombre y namespace exactos`
          : `write the workload (or Pod) ${shadowed.name} in your files, with that exact name and namespace`,
      source: firstEditableFile(ctx, 'Deployment'),
    };
  }
  const service = v.to.kind === 'service' ? v.to.name : undefined;
  const [ns, name] = service ? splitKey(service) : ['', ''];
  if (p.code === 'no-backends' && service) {
    return {
      fact: (l) =>
        l === 'es'
          ? `el Service ${service} no tiene endpoints: su selector no coincide con ningún pod listo`
          : `Service ${service} has no endpoints: its selector matches no ready pod`,
      action: (l) =>
        l === 'es'
          ? `hacé que el selector de ${service} coincida exactamente con las etiquetas de los pods (distinguen mayúsculas)`
          : `make the selector of ${service} match the pods' labels exactly (they are case-sensitive)`,
      source: preferEditable(
        ctx,
        [pointTo(ctx, 'Service', ns, name, 'spec.selector'), podLabels(ctx, ns), firstEditableFile(ctx)].filter((x) => isEditable(ctx, x)),
      ),
    };
  }
  if (p.code === 'unknown-service-port' && service) {
    return {
      fact: (l) => (l === 'es' ? `el Service ${service} no expone el puerto ${p.subject}` : `Service ${service} does not expose port ${p.subject}`),
      action: (l) =>
        l === 'es'
          ? `agregá el puerto ${p.subject} a spec.ports de ${service} con el targetPort del contenedor`
          : `add port ${p.subject} to the spec.ports of ${service}, with the container's targetPort`,
      source: preferEditable(
        ctx,
        [pointTo(ctx, 'Service', ns, name, 'spec.ports'), firstEditableFile(ctx, 'Service')].filter((x) => isEditable(ctx, x)),
      ),
    };
  }
  return {
    fact: (l) =>
      l === 'es'
        ? `la pregunta nombra algo que no existe o no se puede evaluar (${p.subject})`
        : `the question names something that does not exist or cannot be evaluated (${p.subject})`,
    action: (l) =>
      l === 'es'
        ? `revisá nombres, namespaces, etiquetas y nombres de puertos en tus archivos (distinguen mayúsculas)`
        : `check names, namespaces, labels and port names in your files (they are case-sensitive)`,
    source: firstEditableFile(ctx, 'Deployment'),
  };
}
