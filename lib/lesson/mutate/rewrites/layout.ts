/**
 * Layout rewrites: the same objects written differently. The API server sees objects, not files:
 * the order of documents in a stream, YAML flow or block style, and which file an object is in
 * do not change what `kubectl apply -f` creates (https://yaml.org/spec/1.2.2/#chapter-3-processes-and-models:
 * presentation details are not part of the content; https://kubernetes.io/docs/concepts/cluster-administration/manage-deployment/#organizing-resource-configurations).
 */
import type { Mutation } from '../types';
import { apiGroupOf, componentOf, objectLabel } from '../objects';
import { diffFiles, docsOf, type WorkDoc, type Workspace } from '../workspace';

function chunk(text: string, first: boolean): string {
  let out = text.endsWith('\n') ? text : `${text}\n`;
  if (!first && !/^(\s*#[^\n]*\n)*---/.test(out)) out = `---\n${out}`;
  return out;
}

function join(texts: string[]): string {
  return texts.map((t, i) => chunk(t, i === 0)).join('');
}

function mutation(ws: Workspace, id: string, description: string, files: Record<string, string>): Mutation | null {
  const all = Object.fromEntries(ws.files.map((f) => [f, files[f] ?? ws.texts[f]]));
  const diff = diffFiles(ws.texts, all);
  return diff ? { id, description, files: all, diff } : null;
}

export function reverseOrder(ws: Workspace): Mutation | null {
  const files = Object.fromEntries(
    ws.files
      .filter((f) => docsOf(ws, f).length > 1)
      .map((f) => [
        f,
        join(
          docsOf(ws, f)
            .map((d) => d.text.replace(/^---\n/, ''))
            .reverse(),
        ),
      ]),
  );
  return mutation(ws, 'rewrite.reverse-order', 'documents of each file in reverse order', files);
}

function restyle(ws: Workspace, style: 'flow' | 'block'): Mutation | null {
  const files = Object.fromEntries(
    ws.files.map((f) => [
      f,
      join(
        docsOf(ws, f).map((d) => {
          if (d.doc.errors.length) return d.text.replace(/^---\n/, '');
          const doc = d.doc.clone();
          if (doc.directives) doc.directives.docStart = null;
          return doc.toString({ collectionStyle: style, lineWidth: 0, flowCollectionPadding: false });
        }),
      ),
    ]),
  );
  return mutation(ws, `rewrite.${style}-style`, `every collection re-serialised in ${style} style`, files);
}

export const flowStyle = (ws: Workspace) => restyle(ws, 'flow');
export const blockStyle = (ws: Workspace) => restyle(ws, 'block');

const NODE_FILE_GROUPS = ['audit.k8s.io', 'kubelet.config.k8s.io', 'apiserver.config.k8s.io', 'apiserver.k8s.io', 'kubeproxy.config.k8s.io'];

/** Node configuration (an audit policy, a kubelet config, a static Pod) is a file on a node, not an API object. */
function isNodeFile(doc: WorkDoc): boolean {
  return NODE_FILE_GROUPS.includes(apiGroupOf(doc.value)) || componentOf(doc.value) !== undefined;
}

/** Each API object moved to another file that holds API objects. */
export function moveBetweenFiles(ws: Workspace): Mutation[] {
  const eligible = ws.files.filter((f) => !docsOf(ws, f).some(isNodeFile));
  if (eligible.length < 2) return [];
  return ws.docs
    .filter((d) => eligible.includes(d.ref.file) && typeof d.value === 'object' && d.value !== null)
    .flatMap((doc) => {
      const target = eligible[(eligible.indexOf(doc.ref.file) + 1) % eligible.length];
      const source = join(
        docsOf(ws, doc.ref.file)
          .filter((d) => d !== doc)
          .map((d, i) => (i === 0 ? d.text.replace(/^---\n/, '') : d.text)),
      );
      const into = join([...docsOf(ws, target).map((d) => d.text), doc.text.replace(/^---\n/, '')]);
      const label = objectLabel(doc.value);
      const m = mutation(ws, `rewrite.move:${label}:${target}`, `${label} moved from ${doc.ref.file} to ${target}`, { [doc.ref.file]: source, [target]: into });
      return m ? [m] : [];
    });
}
