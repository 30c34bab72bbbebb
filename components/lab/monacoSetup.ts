// Loads Monaco from our own bundle (never a CDN), with only the features the lab needs, the YAML
// language, and monaco-yaml with the Kubernetes schema. Imported only by the lazily loaded editor.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/languages/definitions/yaml/register';
import { configureMonacoYaml } from 'monaco-yaml';
import schema from '@/lib/sim/schemas/kubernetes-subset.json';

type Env = { getWorker: (moduleId: string, label: string) => Worker };

let configured = false;

/**
 * The language of a large model (see editorChanges.ts): YAML's colours and comments, without
 * monaco-yaml. Its worker validates, folds and lists the symbols of the whole file at every edit,
 * and unpacking its answer about a 38,000-line model took one main-thread task of 80-700 ms; the
 * page worker's diagnostics (the simulator's, the ones that matter here) are still shown.
 */
export const LARGE_YAML = 'yaml-large';

/** One-time setup: workers, themes, monaco-yaml. Returns the monaco API. */
export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  (globalThis as unknown as { MonacoEnvironment: Env }).MonacoEnvironment = {
    getWorker(_moduleId, label) {
      if (label === 'yaml') return new Worker(new URL('monaco-yaml/yaml.worker.js', import.meta.url), { type: 'module', name: 'yaml' });
      return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), { type: 'module', name: label });
    },
  };
  monaco.editor.defineTheme('lab-light', { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#fbfcfe' } });
  // Comments lighter than vs-dark's #6A9955 (4.42:1 on this background): #7FB86A is about 7.5:1 (WCAG AA needs 4.5:1).
  monaco.editor.defineTheme('lab-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'comment', foreground: '7fb86a' },
      { token: 'comment.yaml', foreground: '7fb86a' },
    ],
    colors: { 'editor.background': '#121a22' },
  });
  monaco.languages.register({ id: LARGE_YAML, aliases: ['YAML'] });
  monaco.languages.onLanguage(LARGE_YAML, () => {
    void import('monaco-editor/languages/definitions/yaml/yaml').then(({ conf, language }) => {
      monaco.languages.setLanguageConfiguration(LARGE_YAML, conf);
      monaco.languages.setMonarchTokensProvider(LARGE_YAML, language);
    });
  });
  configureMonacoYaml(withLegacyCreateWebWorker(), {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    isKubernetes: true,
    schemas: [{ uri: 'https://k8s-security-lab.local/schemas/kubernetes-subset.json', fileMatch: ['*'], schema: schema as never }],
  });
  return monaco;
}

/**
 * WORKAROUND (monaco-yaml 5.5.1 + monaco-editor 0.57, upstream monaco-yaml issue #272):
 * monaco-yaml calls `editor.createWebWorker({ moduleId, label, createData })`, the API before
 * monaco 0.53, which now wants `{ worker }`. Hand it a copy of the API whose createWebWorker
 * creates the worker itself and posts the two start-up messages monaco's own helper posts.
 * Delete this when monaco-yaml supports the new API.
 */
function withLegacyCreateWebWorker(): typeof monaco {
  const createWebWorker = (opts: { label?: string; moduleId?: string; createData?: unknown; host?: unknown; keepIdleModels?: boolean }) => {
    const env = (globalThis as unknown as { MonacoEnvironment: Env }).MonacoEnvironment;
    const worker = env.getWorker(opts.moduleId ?? '', opts.label ?? 'yaml');
    worker.postMessage('ignore');
    worker.postMessage(opts.createData);
    return monaco.editor.createWebWorker({ worker: Promise.resolve(worker), host: opts.host, keepIdleModels: opts.keepIdleModels } as never);
  };
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } } as unknown as typeof monaco;
}
