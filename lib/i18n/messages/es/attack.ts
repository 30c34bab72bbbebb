import type { ATTACK_MESSAGES } from '../../../lesson/messages';
import type { AreaCatalog } from '../types';

export const attack: AreaCatalog<typeof ATTACK_MESSAGES> = {
  'attack.node.clusterAdmin': () => 'cluster-admin (control total)',
  'attack.node.endpoint': ({ name }) => `una conexión a ${name}`,
  'attack.node.node': ({ name }) => `el nodo ${name}`,
  'attack.node.user': ({ name }) => `usuario ${name}`,
  'attack.evidence.rule': ({ number, role }) => `, regla ${number} de ${role}`,
  'attack.evidence.rbac': ({ what, binding, rule }) => `\`${what}\` permitido por ${binding}${rule ?? ''}`,
  'attack.evidence.traffic': ({ port, protocol, rules }) => `${port}/${protocol}: ${rules || 'ninguna NetworkPolicy aísla estos pods'}`,
  'attack.evidence.field': ({ path, value, via }) => `\`${path}\`: ${value}${via ? ` (en ${via})` : ''}`,
  'attack.evidence.admission': ({ namespace, ignored }) =>
    `la admisión acepta un pod privilegiado con hostPath / en ${namespace}${ignored ? `; el webhook ${ignored} no responde y su failurePolicy es Ignore` : ''}`,
  // "publicado" goes after the noun: "llega al pod publicado".
  // "a el" and "de el" contract ("se escapa al nodo", "se adueña del nodo").
  'attack.edge': ({ from, verb, to, evidence }) =>
    `${from} ${verb} ${to}`
      .replace('llega al publicado pod', 'llega al pod publicado')
      .replace(/ a el /g, ' al ')
      .replace(/ de el /g, ' del ') + ` (${evidence})`,
  'attack.verb.exposed': () => 'llega al publicado',
  'attack.verb.network': () => 'puede abrir',
  'attack.verb.exploit': () => 'ejecuta código en (se supone vulnerable)',
  'attack.verb.token': () => 'lleva el token de',
  'attack.verb.mounted-secret': () => 'monta',
  'attack.verb.escape': () => 'se escapa a',
  'attack.verb.node-tokens': () => 'lee el token de',
  'attack.verb.node-secrets': () => 'lee',
  'attack.verb.read-secret': () => 'lee',
  'attack.verb.secret-token': () => 'guarda el token de',
  'attack.verb.create-pod': () => 'crea un pod que corre como',
  'attack.verb.create-privileged-pod': () => 'crea un pod privilegiado y se adueña de',
  'attack.verb.exec': () => 'entra con exec a',
  'attack.verb.request-token': () => 'pide un token para',
  'attack.verb.impersonate': () => 'se hace pasar por',
  'attack.verb.bind': () => 'se vincula a',
  'attack.verb.wildcard': () => 'ya es',
  'attack.fix.exposed': () => 'dejá entrar solo el tráfico que la app necesita (una NetworkPolicy de ingreso), o no publiques el pod',
  'attack.fix.network': () => 'restringí este tráfico con una NetworkPolicy (egreso del origen o ingreso del destino)',
  'attack.fix.exploit': () => 'restringí quién llega a este pod (NetworkPolicy)',
  'attack.fix.token': () => 'poné `automountServiceAccountToken: false` en el pod (o su ServiceAccount) si la app no llama a la API',
  'attack.fix.mounted-secret': () => 'no montes este Secret en un pod que no lo necesita',
  'attack.fix.escape': () => 'sacá `privileged`, las capabilities peligrosas y los hostPath; cumplí Pod Security `restricted`',
  'attack.fix.node-tokens': () => 'que nadie llegue al nodo (sin escapes); los pods que no llaman a la API no deberían montar token',
  'attack.fix.node-secrets': () => 'que nadie llegue al nodo (sin escapes)',
  'attack.fix.read-secret': () => 'sacá `get`/`list` sobre `secrets` de esa regla, o limitala con `resourceNames` a lo que la app necesita',
  'attack.fix.secret-token': () => 'borrá los Secrets de token heredados; usá tokens proyectados de vida corta',
  'attack.fix.create-pod': () => 'no des `create pods` (ni de workloads) donde viven ServiceAccounts más poderosas',
  'attack.fix.create-privileged-pod': () =>
    'exigí Pod Security `restricted` en el namespace (etiqueta `pod-security.kubernetes.io/enforce: restricted`), y usá `failurePolicy: Fail` en los webhooks guardianes',
  'attack.fix.exec': () => 'sacá `create` sobre `pods/exec` de esa regla',
  'attack.fix.request-token': () => 'sacá `create` sobre `serviceaccounts/token`',
  'attack.fix.impersonate': () => 'sacá `impersonate` (o limitalo con `resourceNames`)',
  'attack.fix.bind': () => 'sacá `bind`/`escalate` sobre roles',
  'attack.fix.wildcard': () => 'reemplazá `*` por los verbos y recursos que el sujeto necesita',
  'attack.path.none': ({ from, to }) => `No hay camino de ataque de ${from} a ${to}.`,
  'attack.path.found': ({ from, to, count }) => `Hay un camino de ataque de ${from} a ${to} en ${count} paso(s):`,
  'attack.path.step': ({ number, step }) => `${number}. ${step}`,
  'attack.path.noEntry': ({ from }) => `${from} no nombra nada en este mundo.`,
  'attack.path.truncated': () => 'La búsqueda se cortó por su límite de trabajo: no se puede asegurar que no haya camino.',
  'attack.path.breakLink': ({ step, fix }) => `Cortá el eslabón «${step}»: ${fix}.`,
  'attack.entry.internet': () => 'internet (un pod publicado)',
  'attack.entry.pod': ({ name }) => `una shell en ${name}`,
  'attack.entry.serviceAccount': ({ name }) => `el token robado de ServiceAccount ${name}`,
  'attack.entry.user': ({ name }) => `las credenciales de ${name}`,
  'counterexample.newPod': ({ name }) => `un pod nuevo ${name}`,
  'counterexample.ingress': ({ what, to, port, protocol }) =>
    `Tus policies también dejan pasar a ${what} hacia ${to} en el ${port}/${protocol}. ¿El enunciado lo permite?`,
  'counterexample.egress': ({ from, what, port, protocol }) => `Desde ${from} también se llega a ${what} en el ${port}/${protocol}. ¿El enunciado lo permite?`,
  'counterexample.rbac': ({ user, grant, namespace }) =>
    `${user} también puede: ${grant}${namespace ? ` en ${namespace}` : ''} (probá \`kubectl auth can-i --list --as ${user}${namespace ? ` -n ${namespace}` : ''}\`).`,
  'counterexample.podSecurity': ({ namespace, level, breaks }) => `La admisión acepta en ${namespace} un pod que no cumple ${level} (${breaks}).`,
  'counterexample.image': ({ namespace, breaks }) => `La admisión acepta en ${namespace} una imagen sin versión fija: ${breaks}.`,
  'counterexample.audit': ({ verb, resource, namespace, user, level, expected }) =>
    `\`${verb} ${resource}\`${namespace ? ` en ${namespace}` : ''} por ${user} queda en ${level}, no en ${expected} como pide el enunciado para pedidos de este tipo.`,
  'counterexample.yamlHead': () => '# Agregado por «Intentá romperlo»: borralo cuando termines.',
};
