/**
 * Message codes of the lab's own words in kubectl's output, with sample parameters (words:
 * lib/i18n/messages/<lang>/kubectl.ts). kubectl's own texts (tables, errors, Status messages,
 * cobra's help headings) are English upstream and stay text; what the lab adds (its help lines,
 * the refusal of a command it does not simulate and what to do instead, notes) is a code.
 */
import { NESTED } from '../messages/message';

export const KUBECTL_MESSAGES = {
  /** `kubectl help`: the first line. */
  'kubectl.help.intro': {},
  /** `kubectl help`: the heading of the commands the lab refuses. */
  'kubectl.help.notSimulated': {},
  /** `kubectl <command> --help`: the global flags the lab honours. */
  'kubectl.help.globals': {},
  /** A command the lab does not simulate (exit 1), with what to do instead. */
  'kubectl.notSimulated': { command: 'edit', instead: NESTED },
  /** The line after a refusal: the shell's `help`. */
  'kubectl.seeHelp': {},
  // What to do instead of a command the lab does not simulate (help.ts NOT_SIMULATED).
  'kubectl.instead.edit': {},
  'kubectl.instead.patch': {},
  'kubectl.instead.replace': {},
  'kubectl.instead.scale': {},
  'kubectl.instead.rollout': {},
  'kubectl.instead.portForward': {},
  'kubectl.instead.cp': {},
  'kubectl.instead.top': {},
  'kubectl.instead.attach': {},
  'kubectl.instead.debug': {},
  'kubectl.instead.annotate': {},
  'kubectl.instead.expose': {},
  'kubectl.instead.explain': {},
  'kubectl.instead.diff': {},
  'kubectl.instead.wait': {},
  'kubectl.instead.certificate': {},
  'kubectl.instead.nodes': {},
  'kubectl.instead.kustomize': {},
  'kubectl.instead.plugin': {},
  'kubectl.instead.proxy': {},
  /** `kubectl apply -f -` with nothing on standard input. */
  'kubectl.note.noStdin': {},
  /** `kubectl apply -f` of a configuration file (an audit Policy): kubectl's report, then what the lab did with it. */
  'kubectl.note.loadedAs': { object: 'policy.audit.k8s.io/audit-policy', action: 'created', what: NESTED, source: 'policy.yaml' },
  'kubectl.loaded.auditPolicy': {},
  'kubectl.loaded.configFile': {},
  // What the lab refuses inside a command it simulates (exit 1), each a whole `error: ...` line.
  'kubectl.refuse.watch': {},
  'kubectl.refuse.interactiveExec': {},
  'kubectl.refuse.oneContext': {},
  'kubectl.refuse.customColumnsFile': {},
  'kubectl.refuse.overrideType': { type: 'strategic' },
  /** A command the simulator could not run (a bug of ours, never the learner's): the cause in English. */
  'kubectl.simulatorFailed': { detail: 'x is not a function' },
  /** After MAX_OUTPUT_LINES lines. */
  'kubectl.moreLines': { count: 12 },
};
