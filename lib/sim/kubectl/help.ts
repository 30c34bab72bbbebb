// `kubectl --help`, `kubectl <cmd> --help` and the shell's `help`: what the simulator supports.
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

function wrapNames(names: string[]): string[] {
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
  if (name && COMMANDS[name]) {
    const command = COMMANDS[name];
    print(env, [`${command.summary}.`, '', 'Examples:', ...(EXAMPLES[name] ?? []).map((e) => `  ${e}`), '', 'Options:']);
    print(
      env,
      command.flags.map((f) => `    ${f.short ? `-${f.short}, ` : ''}--${f.name}${f.type === 'bool' ? '' : '=...'}`),
    );
    if (command.subcommands) print(env, ['', 'Subcommands:', ...Object.keys(command.subcommands).map((s) => `  ${s}`)]);
    print(env, ['', 'Usage:', `  kubectl ${name} [flags] [options]`, '', 'Global options: -n/--namespace, --as, --as-group']);
    return 0;
  }
  if (name && NOT_SIMULATED[name]) {
    printErr(env, notSimulated(name, env.lang) ?? []);
    return 1;
  }
  // cobra's help command on an unknown topic (spf13/cobra command.go InitDefaultHelpCmd).
  if (name) print(env, [`Unknown help topic [\`${name}\`]`, '']);
  print(env, ['kubectl controls the Kubernetes cluster manager (simulated in this lab).', '', 'Commands:']);
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length)) + 2;
  for (const [key, command] of Object.entries(COMMANDS)) print(env, `  ${key.padEnd(width)}${command.summary}`);
  print(env, ['', 'Not simulated in this lab:', ...wrapNames(Object.keys(NOT_SIMULATED)).map((l) => `  ${l}`)]);
  print(env, ['', 'Usage:', '  kubectl [flags] [options]', '', 'Use "kubectl <command> --help" for more information about a given command.']);
  return 0;
}

/** kubectl commands people type that the lab does not simulate, and what to do instead. */
export const NOT_SIMULATED: Record<string, { en: string; es: string }> = {
  edit: {
    en: 'change the YAML in the editor (or a file) and kubectl apply -f it',
    es: 'cambiá el YAML en el editor (o en un archivo) y aplicalo con kubectl apply -f',
  },
  patch: { en: 'change the YAML and kubectl apply -f it', es: 'cambiá el YAML y aplicalo con kubectl apply -f' },
  replace: { en: 'use kubectl apply -f', es: 'usá kubectl apply -f' },
  scale: { en: 'set spec.replicas in the YAML and apply it', es: 'poné spec.replicas en el YAML y aplicalo' },
  rollout: { en: 'workloads are always rolled out here', es: 'acá los workloads siempre están desplegados' },
  'port-forward': { en: 'use kubectl exec or kubectl run --rm -it ... -- curl', es: 'usá kubectl exec o kubectl run --rm -it ... -- curl' },
  cp: { en: 'the lab has no container filesystems', es: 'el laboratorio no tiene sistemas de archivos de contenedores' },
  top: { en: 'there is no metrics-server in the lab', es: 'no hay metrics-server en el laboratorio' },
  attach: { en: 'use kubectl exec POD -- CMD', es: 'usá kubectl exec POD -- CMD' },
  debug: { en: 'use kubectl run --rm -it --image=busybox ... -- CMD', es: 'usá kubectl run --rm -it --image=busybox ... -- CMD' },
  annotate: { en: 'set metadata.annotations in the YAML and apply it', es: 'poné metadata.annotations en el YAML y aplicalo' },
  expose: { en: 'write the Service in YAML and apply it', es: 'escribí el Service en YAML y aplicalo' },
  explain: { en: 'see the course pages and kubernetes.io/docs/reference', es: 'mirá las páginas del curso y kubernetes.io/docs/reference' },
  diff: { en: 'use kubectl apply --dry-run=server -f', es: 'usá kubectl apply --dry-run=server -f' },
  wait: { en: 'objects are ready at once here', es: 'acá los objetos quedan listos enseguida' },
  certificate: { en: 'CertificateSigningRequests are not simulated', es: 'los CertificateSigningRequests no se simulan' },
  drain: { en: 'nodes are not simulated beyond minikube', es: 'los nodos no se simulan más allá de minikube' },
  cordon: { en: 'nodes are not simulated beyond minikube', es: 'los nodos no se simulan más allá de minikube' },
  taint: { en: 'nodes are not simulated beyond minikube', es: 'los nodos no se simulan más allá de minikube' },
  kustomize: { en: 'apply the files one by one with -f', es: 'aplicá los archivos uno por uno con -f' },
  plugin: { en: 'plugins are not simulated', es: 'los plugins no se simulan' },
  proxy: { en: 'use kubectl get --raw PATH', es: 'usá kubectl get --raw RUTA' },
};

/** The refusal for an unsimulated kubectl command (exit status 1). */
export function notSimulated(name: string, lang: 'en' | 'es' | undefined): string[] | undefined {
  const hint = NOT_SIMULATED[name];
  if (!hint) return undefined;
  return lang === 'es'
    ? [`error: "kubectl ${name}" no está simulado en este laboratorio: ${hint.es}.`, "Escribí 'help' para ver qué se simula."]
    : [`error: "kubectl ${name}" is not simulated in this lab: ${hint.en}.`, "Type 'help' to see what is simulated."];
}

const SHELL_HELP = {
  en: {
    intro: 'This terminal talks to a simulated Kubernetes cluster (a minikube-like lab). Supported:',
    globals: 'Global flags: -n NAMESPACE, -A, --as USER, --as-group GROUP. `k` is an alias of kubectl.',
    output: 'get output: -o wide|yaml|json|name|jsonpath=...|custom-columns=NAME:.path,..., --sort-by=.path, --no-headers, -l, --show-labels.',
    pods: 'Inside pods (kubectl exec / kubectl run -- ...): curl, wget, nc, nslookup, cat, ls, sh -c, hostname, env.',
    shell: 'Shell: pipes to grep, jq, head, tail, wc, sort, uniq; cmd1 && cmd2, cmd1 || cmd2, cmd1; cmd2, $?,',
    shell2: '       heredocs (kubectl apply -f - <<EOF ... EOF, cat <<EOF | kubectl apply -f -), < file, > /dev/null, 2>&1,',
    shell3: '       echo, cat, ls, clear, history, help. Ctrl-C cancels a line or an open heredoc.',
    files: "Files (ls, cat, kubectl apply -f): the editor's tabs and the exercise's world file, read-only here: edit them in the editor.",
    not: 'Not simulated:',
    notTail: 'watch (-w), exec into an interactive shell, other programs than the ones above.',
  },
  es: {
    intro: 'Esta terminal habla con un cluster de Kubernetes simulado (un laboratorio tipo minikube). Se simula:',
    globals: 'Flags globales: -n NAMESPACE, -A, --as USUARIO, --as-group GRUPO. `k` es un alias de kubectl.',
    output: 'Salida de get: -o wide|yaml|json|name|jsonpath=...|custom-columns=NOMBRE:.ruta,..., --sort-by=.ruta, --no-headers, -l, --show-labels.',
    pods: 'Dentro de los pods (kubectl exec / kubectl run -- ...): curl, wget, nc, nslookup, cat, ls, sh -c, hostname, env.',
    shell: 'Shell: pipes a grep, jq, head, tail, wc, sort, uniq; cmd1 && cmd2, cmd1 || cmd2, cmd1; cmd2, $?,',
    shell2: '       heredocs (kubectl apply -f - <<EOF ... EOF, cat <<EOF | kubectl apply -f -), < archivo, > /dev/null, 2>&1,',
    shell3: '       echo, cat, ls, clear, history, help. Ctrl-C cancela una línea o un heredoc abierto.',
    files: 'Archivos (ls, cat, kubectl apply -f): las pestañas del editor y el archivo del mundo del ejercicio, acá de solo lectura: editalos en el editor.',
    not: 'No se simula:',
    notTail: 'watch (-w), un shell interactivo con exec, otros programas que los de arriba.',
  },
};

/** The shell's `help`: commands, pipes and what the simulated cluster can and cannot do. */
export function shellHelp(lang?: 'en' | 'es'): string[] {
  const words = SHELL_HELP[lang === 'es' ? 'es' : 'en'];
  return [
    words.intro,
    '',
    ...Object.entries(COMMANDS).map(([key, c]) => `  kubectl ${key.padEnd(14)}${c.summary}`),
    '',
    words.globals,
    words.output,
    words.pods,
    words.shell,
    words.shell2,
    words.shell3,
    words.files,
    words.not,
    ...wrapNames(Object.keys(NOT_SIMULATED).map((k) => `kubectl ${k}`)).map((l) => `  ${l}`),
    `  ${words.notTail}`,
  ];
}
