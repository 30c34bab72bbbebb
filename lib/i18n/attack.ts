import type { Lang } from './languages';

/** UI strings of the attack-path view and the "try to break it" panel. `{name}` marks a slot. */
const en = {
  attackTitle: 'Attack paths',
  attackIntro:
    'Where can an attacker get from here? Every step is a verdict of the simulator: a binding, a NetworkPolicy rule, a pod field, an admission decision. Edit the manifests and watch a path break.',
  attackEntry: 'The attacker starts with',
  attackNone: 'No path to a crown jewel: no Secret, no node, no cluster-admin from {entry}.',
  attackFound: '{count} crown jewel(s) reachable from {entry}:',
  attackSteps: '{count} step(s)',
  attackFix: 'Break it here: {fix}',
  attackGoTo: 'Go to line {line} ({file})',
  attackBroken: 'Broken by your last edit',
  attackBrokenNone: 'No path is left to {target}.',
  attackTruncated: 'The search stopped at its work limit; some paths may be missing.',
  attackLateral: 'Assume every reachable pod can be exploited',
  breakTitle: 'Try to break it',
  breakIntro: 'The simulator looks for the smallest peer, pod or request that gets past what you wrote although the brief names other ones.',
  breakRun: 'Try to break it',
  breakNone: 'Nothing found: every boundary case the simulator tried is refused.',
  breakAdd: 'Add it to the world',
  breakAddTo: 'Add it to {file}',
  breakCopy: 'Copy YAML',
  breakCopied: 'Copied.',
  breakAdded: 'Added to {file}: watch the goals and views.',
  breakRequestOnly: 'Nothing to add: it is a request. Try it in the terminal.',
};

export type AttackMessageKey = keyof typeof en;

const es: typeof en = {
  attackTitle: 'Caminos de ataque',
  attackIntro:
    '¿Hasta dónde llega un atacante desde acá? Cada paso es un veredicto del simulador: un binding, una regla de NetworkPolicy, un campo del pod, una decisión de admisión. Editá los manifiestos y mirá cómo se corta un camino.',
  attackEntry: 'El atacante arranca con',
  attackNone: 'No hay camino a una joya: ni Secrets, ni el nodo, ni cluster-admin desde {entry}.',
  attackFound: '{count} joya(s) alcanzable(s) desde {entry}:',
  attackSteps: '{count} paso(s)',
  attackFix: 'Cortalo acá: {fix}',
  attackGoTo: 'Ir a la línea {line} ({file})',
  attackBroken: 'Cortado por tu última edición',
  attackBrokenNone: 'Ya no queda camino a {target}.',
  attackTruncated: 'La búsqueda se cortó por su límite de trabajo; pueden faltar caminos.',
  attackLateral: 'Suponer que cualquier pod alcanzable se puede explotar',
  breakTitle: 'Intentá romperlo',
  breakIntro: 'El simulador busca el par, el pod o el pedido más chico que pasa lo que escribiste aunque el enunciado nombra a otros.',
  breakRun: 'Intentá romperlo',
  breakNone: 'No encontró nada: todos los casos de borde que probó el simulador quedan afuera.',
  breakAdd: 'Agregalo al mundo',
  breakAddTo: 'Agregalo a {file}',
  breakCopy: 'Copiar YAML',
  breakCopied: 'Copiado.',
  breakAdded: 'Agregado a {file}: mirá los objetivos y las vistas.',
  breakRequestOnly: 'No hay nada que agregar: es un pedido. Probalo en la terminal.',
};

export function ta(lang: Lang, key: AttackMessageKey, values: Record<string, string | number> = {}): string {
  const text = (lang === 'es' ? es : en)[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
