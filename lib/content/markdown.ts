import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeHighlight from 'rehype-highlight';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Root as MdRoot, Parent as MdParent } from 'mdast';
import type { Root as HastRoot, Element, ElementContent } from 'hast';
import { ContentError, type LessonBlock, type TocEntry } from './types';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/dictionary';

/** The closed set of lesson building blocks. */
const CONTAINERS = new Set(['hint', 'warning', 'solution']);
const LEAVES = new Set(['exercise', 'demo', 'traffic-view', 'permission-view', 'admission-view', 'attack-view']);

export interface RenderContext {
  file: string;
  lang: Lang;
  /** First line of the body inside the file (front matter comes before). */
  lineOffset: number;
  /** Resolves an internal route (`/learn/track/lesson/`) or returns false when it does not exist. */
  linkExists: (href: string) => boolean;
  /** Called with each code block so callers can lint YAML examples. */
  onCode?: (code: { lang: string | null; meta: string | null; value: string; line: number }) => void;
}

interface DirectiveNode {
  type: 'containerDirective' | 'leafDirective' | 'textDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: unknown[];
  position?: { start: { line: number; column: number } };
  data?: Record<string, unknown>;
}

function fail(ctx: RenderContext, node: { position?: { start: { line: number; column: number } } }, detail: string): never {
  const line = (node.position?.start.line ?? 1) + ctx.lineOffset - 1;
  throw new ContentError(ctx.file, line, node.position?.start.column ?? 1, detail);
}

/** remark plugin: turns our directives into hast-ready nodes, rejects unknown ones. */
function lessonDirectives(ctx: RenderContext) {
  return (tree: MdRoot) => {
    visit(tree, (node, index, parent) => {
      const d = node as unknown as DirectiveNode;
      if (d.type === 'textDirective') {
        // `system:masters` in prose parses as a text directive: put the text back.
        const literal = { type: 'text', value: `:${d.name}` } as const;
        if (parent && index !== undefined) (parent as MdParent).children.splice(index, 1, literal as never, ...(d.children as never[]));
        return;
      }
      if (d.type === 'containerDirective') {
        if (!CONTAINERS.has(d.name)) fail(ctx, d, `unknown block \`:::${d.name}\` (allowed: ${[...CONTAINERS].join(', ')})`);
        d.data =
          d.name === 'solution'
            ? { hName: 'details', hProperties: { className: ['solution'] } }
            : { hName: 'aside', hProperties: { className: ['callout', `callout-${d.name}`], role: 'note' } };
        const label = t(ctx.lang, d.name === 'hint' ? 'hint' : d.name === 'warning' ? 'warning' : 'solution');
        const head =
          d.name === 'solution'
            ? { type: 'paragraph', data: { hName: 'summary' }, children: [{ type: 'text', value: label }] }
            : {
                type: 'paragraph',
                data: { hName: 'p', hProperties: { className: ['callout-title'] } },
                children: [{ type: 'strong', children: [{ type: 'text', value: label }] }],
              };
        d.children.unshift(head);
        return;
      }
      if (d.type === 'leafDirective') {
        if (!LEAVES.has(d.name)) fail(ctx, d, `unknown block \`::${d.name}\` (allowed: ${[...LEAVES].join(', ')})`);
        const id = d.attributes?.id ?? d.attributes?.exercise;
        if (!id) fail(ctx, d, `\`::${d.name}\` needs an id, e.g. ::${d.name}{id="my-id"}`);
        d.data = { hName: 'lab-placeholder', hProperties: { dataKind: d.name, dataId: id } };
        d.children = [];
      }
    });
  };
}

/** remark plugin: checks internal links and reports code blocks. */
function lessonLinksAndCode(ctx: RenderContext) {
  return (tree: MdRoot) => {
    visit(tree, (node) => {
      if (node.type === 'link' && node.url.startsWith('/')) {
        if (!ctx.linkExists(node.url)) fail(ctx, node, `broken internal link \`${node.url}\`: no lesson has that route`);
        node.url = `/${ctx.lang}${node.url}`;
      }
      if (node.type === 'code' && ctx.onCode) {
        ctx.onCode({ lang: node.lang ?? null, meta: node.meta ?? null, value: node.value, line: (node.position?.start.line ?? 1) + ctx.lineOffset - 1 });
      }
    });
  };
}

const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'details', 'summary', 'lab-placeholder'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id', 'role'],
    'lab-placeholder': ['dataKind', 'dataId'],
    code: [...(defaultSchema.attributes?.code ?? []), ['className', /^language-./] as [string, RegExp]],
  },
};

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    const classes = node.properties?.className;
    if (Array.isArray(classes) && classes.includes('anchor')) return '';
  }
  if (node.type === 'element') return node.children.map((c) => textOf(c)).join('');
  return '';
}

/** rehype plugin: collects the table of contents and splits the body at placeholders. */
function collect(output: { toc: TocEntry[]; blocks: LessonBlock[] }) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (el: Element) => {
      // Wide code blocks and tables scroll sideways: keyboard users must be able to reach them.
      if (el.tagName === 'pre' || el.tagName === 'table') el.properties = { ...el.properties, tabIndex: 0 };
      if ((el.tagName === 'h2' || el.tagName === 'h3') && typeof el.properties?.id === 'string') {
        output.toc.push({ id: el.properties.id, text: textOf(el).trim(), depth: el.tagName === 'h2' ? 2 : 3 });
      }
    });
    let pending: HastRoot['children'] = [];
    const flush = () => {
      const html = toHtml({ type: 'root', children: pending }).trim();
      if (html) output.blocks.push({ type: 'html', html });
      pending = [];
    };
    for (const child of tree.children) {
      if (child.type === 'element' && child.tagName === 'lab-placeholder') {
        flush();
        const kind = String(child.properties?.dataKind);
        const id = String(child.properties?.dataId);
        if (kind === 'exercise' || kind === 'demo') output.blocks.push({ type: kind, id });
        else output.blocks.push({ type: 'view', view: kind as 'traffic-view', exercise: id });
      } else {
        pending.push(child);
      }
    }
    flush();
  };
}

/** Render a lesson body: GFM, our directives, heading anchors, sanitized, highlighted. */
export async function renderLessonBody(body: string, ctx: RenderContext): Promise<{ blocks: LessonBlock[]; toc: TocEntry[] }> {
  const output = { toc: [] as TocEntry[], blocks: [] as LessonBlock[] };
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(lessonDirectives, ctx)
    .use(lessonLinksAndCode, ctx)
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: ['anchor'], ariaHidden: 'true', tabIndex: -1 },
      content: { type: 'text', value: '#' },
    })
    .use(rehypeHighlight, { detect: false, aliases: { bash: ['shell', 'sh', 'console'] } })
    .use(collect, output);
  await processor.run(processor.parse(body));
  return output;
}
