// Words for attack paths (en, es): one line per step, and what breaks each kind of link.
import { refText, splitServiceAccountUser, type AttackEdge, type AttackEvidence, type AttackNode, type Lang } from '../sim';

type Ref = { kind: string; namespace?: string; name: string };
const ref = (r: Ref | undefined) => (r ? `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}` : '');

/** A node as a learner reads it: `pod shop/web`, `ServiceAccount shop/default`, `Secret shop/db`. */
export function describeAttackNode(node: AttackNode, lang: Lang): string {
  const es = lang === 'es';
  switch (node.type) {
    case 'internet':
      return 'internet';
    case 'clusterAdmin':
      return es ? 'cluster-admin (control total)' : 'cluster-admin (full control)';
    case 'pod':
      return `pod ${refText(node.pod)}`;
    case 'endpoint':
      return es ? `conexión a ${refText(node.pod)}` : `a connection to ${refText(node.pod)}`;
    case 'node':
      return es ? `el nodo ${node.name}` : `node ${node.name}`;
    case 'secret':
      return `Secret ${refText(node.secret)}`;
    case 'identity': {
      const sa = splitServiceAccountUser(node.user);
      return sa ? `ServiceAccount ${sa.namespace}/${sa.name}` : `${es ? 'usuario' : 'user'} ${node.user}`;
    }
  }
}

export function describeNode(node: AttackNode, lang: Lang): string {
  return describeAttackNode(node, lang);
}

function evidenceText(evidence: AttackEvidence, lang: Lang): string {
  const es = lang === 'es';
  switch (evidence.type) {
    case 'rbac': {
      const what = `${evidence.request.verb} ${evidence.request.resource}${evidence.request.subresource ? `/${evidence.request.subresource}` : ''}`;
      if (evidence.privilegedGroup) return es ? `\`${what}\` (${evidence.privilegedGroup})` : `\`${what}\` (${evidence.privilegedGroup})`;
      const rule =
        evidence.ruleIndex !== undefined
          ? es
            ? `, regla ${evidence.ruleIndex + 1} de ${ref(evidence.role)}`
            : `, rule ${evidence.ruleIndex + 1} of ${ref(evidence.role)}`
          : '';
      return es ? `\`${what}\` permitido por ${ref(evidence.binding)}${rule}` : `\`${what}\` allowed by ${ref(evidence.binding)}${rule}`;
    }
    case 'traffic': {
      const rules = [...evidence.egress, ...evidence.ingress].map((r) => `${refText(r.policy)} #${r.ruleIndex + 1}`);
      const why = rules.length ? rules.join(', ') : es ? 'ninguna NetworkPolicy aísla estos pods' : 'no NetworkPolicy isolates these pods';
      return `${evidence.port}/${evidence.protocol}: ${why}`;
    }
    case 'field':
      return `\`${evidence.path}\`: ${JSON.stringify(evidence.value)}${evidence.via ? (es ? ` (en ${refText(evidence.via)})` : ` (in ${refText(evidence.via)})`) : ''}`;
    case 'admission': {
      const ignored = evidence.ignoredWebhooks.length
        ? es
          ? `; el webhook ${evidence.ignoredWebhooks.join(', ')} no responde y su failurePolicy es Ignore`
          : `; webhook ${evidence.ignoredWebhooks.join(', ')} is unreachable and its failurePolicy is Ignore`
        : '';
      return es
        ? `la admisión acepta un pod privilegiado con hostPath / en ${evidence.request.namespace}${ignored}`
        : `admission accepts a privileged pod with hostPath / in ${evidence.request.namespace}${ignored}`;
    }
  }
}

const VERB: Record<AttackEdge['technique'], { en: string; es: string }> = {
  exposed: { en: 'reaches the published', es: 'llega al publicado' },
  network: { en: 'can open a connection to', es: 'puede abrir una conexión a' },
  exploit: { en: 'runs code in (assumed exploitable)', es: 'ejecuta código en (se supone vulnerable)' },
  token: { en: 'carries the token of', es: 'lleva el token de' },
  'mounted-secret': { en: 'mounts', es: 'monta' },
  escape: { en: 'escapes to', es: 'se escapa a' },
  'node-tokens': { en: 'reads the token of', es: 'lee el token de' },
  'node-secrets': { en: 'reads', es: 'lee' },
  'read-secret': { en: 'reads', es: 'lee' },
  'secret-token': { en: 'holds the token of', es: 'guarda el token de' },
  'create-pod': { en: 'creates a pod running as', es: 'crea un pod que corre como' },
  'create-privileged-pod': { en: 'creates a privileged pod and owns', es: 'crea un pod privilegiado y se adueña de' },
  exec: { en: 'execs into', es: 'entra con exec a' },
  'request-token': { en: 'requests a token for', es: 'pide un token para' },
  impersonate: { en: 'impersonates', es: 'se hace pasar por' },
  bind: { en: 'binds itself to', es: 'se vincula a' },
  wildcard: { en: 'already is', es: 'ya es' },
};

/** One step of a path: "pod shop/web carries the token of ServiceAccount shop/default (`spec...`: true)". */
export function describeAttackEdge(edge: AttackEdge, lang: Lang): string {
  return `${describeAttackNode(edge.from, lang)} ${VERB[edge.technique][lang]} ${describeAttackNode(edge.to, lang)} (${evidenceText(edge.evidence, lang)})`.replace(
    'llega al publicado pod',
    'llega al pod publicado',
  );
}

const FIX: Record<AttackEdge['technique'], { en: string; es: string }> = {
  exposed: {
    en: 'let only the traffic the app needs in (an ingress NetworkPolicy), or do not publish the pod',
    es: 'dejá entrar solo el tráfico que la app necesita (una NetworkPolicy de ingreso), o no publiques el pod',
  },
  network: {
    en: 'restrict this traffic with a NetworkPolicy (egress of the source or ingress of the destination)',
    es: 'restringí este tráfico con una NetworkPolicy (egreso del origen o ingreso del destino)',
  },
  exploit: { en: 'restrict who can reach this pod (NetworkPolicy)', es: 'restringí quién llega a este pod (NetworkPolicy)' },
  token: {
    en: 'set `automountServiceAccountToken: false` on the pod (or its ServiceAccount) if the app does not call the API',
    es: 'poné `automountServiceAccountToken: false` en el pod (o su ServiceAccount) si la app no llama a la API',
  },
  'mounted-secret': { en: 'do not mount this Secret in a pod that does not need it', es: 'no montes este Secret en un pod que no lo necesita' },
  escape: {
    en: 'drop `privileged`, dangerous capabilities and host paths; meet Pod Security `restricted`',
    es: 'sacá `privileged`, las capabilities peligrosas y los hostPath; cumplí Pod Security `restricted`',
  },
  'node-tokens': {
    en: 'keep the path off the node (no escapes); pods that do not call the API should mount no token',
    es: 'que nadie llegue al nodo (sin escapes); los pods que no llaman a la API no deberían montar token',
  },
  'node-secrets': { en: 'keep the path off the node (no escapes)', es: 'que nadie llegue al nodo (sin escapes)' },
  'read-secret': {
    en: 'remove `get`/`list` on `secrets` from that rule, or limit it with `resourceNames` to what the app needs',
    es: 'sacá `get`/`list` sobre `secrets` de esa regla, o limitala con `resourceNames` a lo que la app necesita',
  },
  'secret-token': {
    en: 'delete legacy token Secrets; use short-lived projected tokens',
    es: 'borrá los Secrets de token heredados; usá tokens proyectados de vida corta',
  },
  'create-pod': {
    en: 'do not grant `create pods` (or workloads) where stronger ServiceAccounts live',
    es: 'no des `create pods` (ni de workloads) donde viven ServiceAccounts más poderosas',
  },
  'create-privileged-pod': {
    en: 'enforce Pod Security `restricted` on the namespace (label `pod-security.kubernetes.io/enforce: restricted`), and use `failurePolicy: Fail` for guard webhooks',
    es: 'exigí Pod Security `restricted` en el namespace (etiqueta `pod-security.kubernetes.io/enforce: restricted`), y usá `failurePolicy: Fail` en los webhooks guardianes',
  },
  exec: { en: 'remove `create` on `pods/exec` from that rule', es: 'sacá `create` sobre `pods/exec` de esa regla' },
  'request-token': { en: 'remove `create` on `serviceaccounts/token`', es: 'sacá `create` sobre `serviceaccounts/token`' },
  impersonate: { en: 'remove `impersonate` (or limit it with `resourceNames`)', es: 'sacá `impersonate` (o limitalo con `resourceNames`)' },
  bind: { en: 'remove `bind`/`escalate` on roles', es: 'sacá `bind`/`escalate` sobre roles' },
  wildcard: { en: 'replace `*` with the verbs and resources the subject needs', es: 'reemplazá `*` por los verbos y recursos que el sujeto necesita' },
};

export function attackEdgeFix(edge: AttackEdge, lang: Lang): string {
  return FIX[edge.technique][lang];
}

export function attackPathWords(lang: Lang) {
  const es = lang === 'es';
  return {
    none: (from: string, to: string) => (es ? `No hay camino de ataque de ${from} a ${to}.` : `No attack path from ${from} to ${to}.`),
    found: (from: string, to: string, n: number) =>
      es ? `Hay un camino de ataque de ${from} a ${to} en ${n} paso(s):` : `There is an attack path from ${from} to ${to} in ${n} step(s):`,
    noEntry: (from: string) => (es ? `${from} no nombra nada en este mundo.` : `${from} names nothing in this world.`),
    truncated: es
      ? 'La búsqueda se cortó por su límite de trabajo: no se puede asegurar que no haya camino.'
      : 'The search stopped at its work limit: it cannot promise there is no path.',
    breakLink: (step: string, fix: string) => (es ? `Cortá el eslabón «${step}»: ${fix}.` : `Break the link "${step}": ${fix}.`),
  };
}
