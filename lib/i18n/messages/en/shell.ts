import type { SHELL_MESSAGES } from '../../../sim/shell/messages';
import type { AreaCatalog } from '../types';

export const shell: AreaCatalog<typeof SHELL_MESSAGES> = {
  'shell.help.intro': () => 'This terminal talks to a simulated Kubernetes cluster (a minikube-like lab). Supported:',
  'shell.help.globals': () => 'Global flags: -n NAMESPACE, -A, --as USER, --as-group GROUP. `k` is an alias of kubectl.',
  'shell.help.output': () => 'get output: -o wide|yaml|json|name|jsonpath=...|custom-columns=NAME:.path,..., --sort-by=.path, --no-headers, -l, --show-labels.',
  'shell.help.pods': () => 'Inside pods (kubectl exec / kubectl run -- ...): curl, wget, nc, nslookup, cat, ls, sh -c, hostname, env.',
  'shell.help.shell': () => 'Shell: pipes to grep, jq, head, tail, wc, sort, uniq; cmd1 && cmd2, cmd1 || cmd2, cmd1; cmd2, $?,',
  'shell.help.shell2': () => '       heredocs (kubectl apply -f - <<EOF ... EOF, cat <<EOF | kubectl apply -f -), < file, > /dev/null, 2>&1,',
  'shell.help.shell3': () => '       echo, cat, ls, clear, history, help. Ctrl-C cancels a line or an open heredoc.',
  'shell.help.files': () => "Files (ls, cat, kubectl apply -f): the editor's tabs and the exercise's world file, read-only here: edit them in the editor.",
  'shell.help.notSimulated': () => 'Not simulated:',
  'shell.help.notTail': () => '  watch (-w), exec into an interactive shell, other programs than the ones above.',
  'shell.note.readOnlyFile': ({ name }) =>
    `(lab: the terminal cannot write ${name}: its files are a read-only view of the exercise's and the editor's files; change yours in the editor)`,
  'shell.note.noSuchFile': ({ name }) => `(lab: the terminal sees the editor's and the exercise's files; \`ls\` lists them, ${name} is not one of them)`,
  'shell.refuse.exit': () => 'bash: exit: the lab terminal stays open (use clear to start over)',
  'shell.moreLines': ({ count }) => `... (${count} more lines not shown)`,
  'shell.truncated': () => '... (output truncated)',
};
