// `kubectl --help`, `kubectl <cmd> --help` and the shell's `help`: what the simulator supports.
import { COMMANDS } from './commands';
import type { Env } from './types';
import { print } from './output';

const EXAMPLES: Record<string, string[]> = {
  get: ['kubectl get pods -n shop -o wide', 'kubectl get roles,rolebindings -A', 'kubectl get pod/web -o yaml', 'kubectl get pods -l app=api --show-labels'],
  describe: ['kubectl describe pod web -n shop', 'kubectl describe rolebinding read-pods -n dev', 'kubectl describe networkpolicy default-deny -n shop'],
  apply: ['kubectl apply -f role.yaml', 'kubectl apply -f role.yaml -f binding.yaml'],
  create: ['kubectl create namespace dev', 'kubectl create role pod-reader --verb=get,list --resource=pods -n dev', 'kubectl create rolebinding read-pods --role=pod-reader --user=alice -n dev', 'kubectl create serviceaccount app -n dev'],
  delete: ['kubectl delete rolebinding read-pods -n dev', 'kubectl delete -f role.yaml'],
  label: ['kubectl label namespace demo pod-security.kubernetes.io/enforce=restricted --overwrite', 'kubectl label pod web tier-'],
  run: ['kubectl run tmp --rm -it --image=busybox:1.37 --restart=Never -- wget -qO- -T 2 http://api.shop'],
  exec: ['kubectl exec -n shop frontend -- wget -qO- -T 2 http://api:8080', 'kubectl exec -n shop api -- nc -zv -w 2 db 5432'],
  logs: ['kubectl logs kube-apiserver-minikube -n kube-system | grep pochoclo | jq .'],
  auth: ['kubectl auth can-i list secrets --as pochoclo -n default', 'kubectl auth can-i --list --as system:serviceaccount:dev:app -n dev', 'kubectl auth whoami'],
};

/** Print help for `kubectl` (no args) or for one command. */
export function printHelp(env: Env, path: string[]): number {
  const name = path[0];
  if (name && COMMANDS[name]) {
    const command = COMMANDS[name];
    print(env, [`${command.summary}.`, '', 'Examples:', ...(EXAMPLES[name] ?? []).map((e) => `  ${e}`), '', 'Options:']);
    print(env, command.flags.map((f) => `    ${f.short ? `-${f.short}, ` : ''}--${f.name}${f.type === 'bool' ? '' : '=...'}`));
    if (command.subcommands) print(env, ['', 'Subcommands:', ...Object.keys(command.subcommands).map((s) => `  ${s}`)]);
    print(env, ['', 'Usage:', `  kubectl ${name} [flags] [options]`, '', 'Global options: -n/--namespace, --as, --as-group']);
    return 0;
  }
  print(env, ['kubectl controls the Kubernetes cluster manager (simulated in this lab).', '', 'Commands:']);
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length)) + 2;
  for (const [key, command] of Object.entries(COMMANDS)) print(env, `  ${key.padEnd(width)}${command.summary}`);
  print(env, ['', 'Usage:', '  kubectl [flags] [options]', '', "Use \"kubectl <command> --help\" for more information about a given command."]);
  return 0;
}

/** The shell's `help`: commands, pipes and what the simulated cluster can and cannot do. */
export function shellHelp(): string[] {
  return [
    'This terminal talks to a simulated Kubernetes cluster (a minikube-like lab). Supported:',
    '',
    ...Object.entries(COMMANDS).map(([key, c]) => `  kubectl ${key.padEnd(14)}${c.summary}`),
    '',
    'Global flags: -n NAMESPACE, -A, --as USER, --as-group GROUP. `k` is an alias of kubectl.',
    'Inside pods (kubectl exec / kubectl run -- ...): curl, wget, nc, nslookup, cat, ls, sh -c, hostname, env.',
    'Shell: pipes to grep [-i] [-v] [-c] PATTERN, jq [-r] [-c] [.path], head [-n N], tail [-n N], wc -l, sort, uniq;',
    '       cmd1 && cmd2, cmd1; cmd2, echo, clear, history, help.',
    'Files for `kubectl apply -f`: the editor tabs and the lesson\'s files (ls shows them).',
    'Not simulated: watch (-w), port-forward, edit, scale/rollout, cp, top.',
  ];
}
