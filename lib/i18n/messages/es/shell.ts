import type { SHELL_MESSAGES } from '../../../sim/shell/messages';
import type { AreaCatalog } from '../types';

export const shell: AreaCatalog<typeof SHELL_MESSAGES> = {
  'shell.help.intro': () => 'Esta terminal habla con un cluster de Kubernetes simulado (un laboratorio tipo minikube). Se simula:',
  'shell.help.globals': () => 'Flags globales: -n NAMESPACE, -A, --as USUARIO, --as-group GRUPO. `k` es un alias de kubectl.',
  'shell.help.output': () =>
    'Salida de get: -o wide|yaml|json|name|jsonpath=...|custom-columns=NOMBRE:.ruta,..., --sort-by=.ruta, --no-headers, -l, --show-labels.',
  'shell.help.pods': () => 'Dentro de los pods (kubectl exec / kubectl run -- ...): curl, wget, nc, nslookup, cat, ls, sh -c, hostname, env.',
  'shell.help.shell': () => 'Shell: pipes a grep, jq, head, tail, wc, sort, uniq; cmd1 && cmd2, cmd1 || cmd2, cmd1; cmd2, $?,',
  'shell.help.shell2': () => '       heredocs (kubectl apply -f - <<EOF ... EOF, cat <<EOF | kubectl apply -f -), < archivo, > /dev/null, 2>&1,',
  'shell.help.shell3': () => '       echo, cat, ls, clear, history, help. Ctrl-C cancela una línea o un heredoc abierto.',
  'shell.help.files': () =>
    'Archivos (ls, cat, kubectl apply -f): las pestañas del editor y el archivo del mundo del ejercicio, acá de solo lectura: editalos en el editor.',
  'shell.help.notSimulated': () => 'No se simula:',
  'shell.help.notTail': () => '  watch (-w), un shell interactivo con exec, otros programas que los de arriba.',
  'shell.note.readOnlyFile': ({ name }) =>
    `(lab: la terminal no puede escribir ${name}: sus archivos son una vista de solo lectura de los del ejercicio y del editor; los tuyos cambialos en el editor)`,
  'shell.note.noSuchFile': ({ name }) => `(lab: la terminal ve los archivos del editor y del ejercicio; \`ls\` los lista, ${name} no es uno de ellos)`,
  'shell.refuse.exit': () => 'bash: exit: la terminal del laboratorio queda abierta (usá clear para empezar de nuevo)',
  'shell.moreLines': ({ count }) => `... (${count} líneas más sin mostrar)`,
  'shell.truncated': () => '... (salida recortada)',
};
