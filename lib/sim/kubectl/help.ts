// `kubectl --help` and `kubectl <cmd> --help`: what the simulator supports. cobra's headings
// (Examples, Options, Usage) and the commands' summaries are kubectl's own English; the lab's
// lines are messages, rendered in the learner's language at the edge (../streams.ts).
import { msg, type Message } from '../messages';
import { COMMANDS } from './commands';
import type { Env } from './types';
import { print, printErr } from './output';

const EXAMPLES: Record<string, string[]> = {
  get: ['kubectl get pods -n shop -o wide', 'kubectl get roles,rolebindings -A', 'kubectl get pod/web -o yaml', 'kubectl get pods -l app=api --show-labels'],
  describe: ['kubectl describe pod web -n shop', 'kubectl describe rolebinding read-pods -n dev', 'kubectl describe networkpolicy default-deny -n shop'],
  apply: ['kubectl apply -f role.yaml', 'kubectl apply -f role.yaml -f binding.yaml'],
  create: [
    'kubectl create namespace dev',
    'kubectl create role pod-reader --verb=get,list --resource=pods -n dev',
    'kubectl create rolebinding read-pods --role=pod-reader --user=alice -n dev',
    'kubectl create serviceaccount app -n dev',
  ],
  delete: ['kubectl delete rolebinding read-pods -n dev', 'kubectl delete -f role.yaml'],
  label: ['kubectl label namespace demo pod-security.kubernetes.io/enforce=restricted --overwrite', 'kubectl label pod web tier-'],
  run: ['kubectl run tmp --rm -it --image=busybox:1.37 --restart=Never -- wget -qO- -T 2 http://api.shop'],
  exec: ['kubectl exec -n shop frontend -- wget -qO- -T 2 http://api:8080', 'kubectl exec -n shop api -- nc -zv -w 2 db 5432'],
  logs: ['kubectl logs kube-apiserver-minikube -n kube-system | grep pochoclo | jq .'],
  auth: [
    'kubectl auth can-i list secrets --as pochoclo -n default',
    'kubectl auth can-i --list --as system:serviceaccount:dev:app -n dev',
    'kubectl auth whoami',
  ],
};

/** Names joined by commas, in lines of at most 76 characters. */
export function wrapNames(names: string[]): string[] {
  const lines: string[] = [];
  for (const name of names) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + name.length + 2 <= 76) lines[lines.length - 1] = `${last}, ${name}`;
    else lines.push(name);
  }
  return lines;
}

/** Print help for `kubectl` (no args) or for one command. */
export function printHelp(env: Env, path: string[]): number {
  const name = path[0];
  if (name && Object.hasOwn(COMMANDS, name)) {
    const command = COMMANDS[name];
    print(env, [`${command.summary}.`, '', 'Examples:', ...(EXAMPLES[name] ?? []).map((e) => `  ${e}`), '', 'Options:']);
    print(
      env,
      command.flags.map((f) => `    ${f.short ? `-${f.short}, ` : ''}--${f.name}${f.type === 'bool' ? '' : '=...'}`),
    );
    if (command.subcommands) print(env, ['', 'Subcommands:', ...Object.keys(command.subcommands).map((s) => `  ${s}`)]);
    print(env, ['', 'Usage:', `  kubectl ${name} [flags] [options]`, '', msg('kubectl.help.globals', {})]);
    return 0;
  }
  const refusal = name ? notSimulated(name) : undefined;
  if (refusal) {
    printErr(env, refusal);
    return 1;
  }
  // cobra's help command on an unknown topic (spf13/cobra command.go InitDefaultHelpCmd).
  if (name) print(env, [`Unknown help topic [\`${name}\`]`, '']);
  print(env, [msg('kubectl.help.intro', {}), '', 'Commands:']);
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length)) + 2;
  for (const [key, command] of Object.entries(COMMANDS)) print(env, `  ${key.padEnd(width)}${command.summary}`);
  print(env, ['', msg('kubectl.help.notSimulated', {}), ...wrapNames(Object.keys(NOT_SIMULATED)).map((l) => `  ${l}`)]);
  print(env, ['', 'Usage:', '  kubectl [flags] [options]', '', 'Use "kubectl <command> --help" for more information about a given command.']);
  return 0;
}

/**
 * kubectl commands people type that the lab does not simulate, and what to do instead (words:
 * lib/i18n/messages/<lang>/kubectl.ts).
 */
export const NOT_SIMULATED: Readonly<Record<string, Message>> = {
  edit: msg('kubectl.instead.edit', {}),
  patch: msg('kubectl.instead.patch', {}),
  replace: msg('kubectl.instead.replace', {}),
  scale: msg('kubectl.instead.scale', {}),
  rollout: msg('kubectl.instead.rollout', {}),
  'port-forward': msg('kubectl.instead.portForward', {}),
  cp: msg('kubectl.instead.cp', {}),
  top: msg('kubectl.instead.top', {}),
  attach: msg('kubectl.instead.attach', {}),
  debug: msg('kubectl.instead.debug', {}),
  annotate: msg('kubectl.instead.annotate', {}),
  expose: msg('kubectl.instead.expose', {}),
  explain: msg('kubectl.instead.explain', {}),
  diff: msg('kubectl.instead.diff', {}),
  wait: msg('kubectl.instead.wait', {}),
  certificate: msg('kubectl.instead.certificate', {}),
  drain: msg('kubectl.instead.nodes', {}),
  cordon: msg('kubectl.instead.nodes', {}),
  taint: msg('kubectl.instead.nodes', {}),
  kustomize: msg('kubectl.instead.kustomize', {}),
  plugin: msg('kubectl.instead.plugin', {}),
  proxy: msg('kubectl.instead.proxy', {}),
};

/** The refusal for an unsimulated kubectl command (exit status 1): what to do instead, and where to read what is simulated. */
export function notSimulated(name: string): Message[] | undefined {
  const instead = Object.hasOwn(NOT_SIMULATED, name) ? NOT_SIMULATED[name] : undefined;
  if (!instead) return undefined;
  return [msg('kubectl.notSimulated', { command: name, instead }), msg('kubectl.seeHelp', {})];
}
