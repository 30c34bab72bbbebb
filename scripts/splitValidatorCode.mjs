// Splits ajv's standalone code (one module holding every kind's validator) into ES modules by the
// groups of kinds that use each declaration, so a page worker loads only the code of the groups
// its world holds. Used by scripts/build-schema-validator.mjs; each declaration's code is ajv's,
// unchanged.
//
// A declaration (a `validateN` function, a `schemaN` constant, a helper) goes to the module of the
// exact set of groups whose validators reach it: ObjectMeta's code is shared by every group, the
// Pod template's belongs to the workloads alone. A group's own module exports `validators` (by
// definition); it imports what it shares. A callee is reached by every group that reaches its
// caller, so imports only go from smaller to larger sets: the modules have no cycles.
import { createHash } from 'node:crypto';
import * as acorn from 'acorn';

/** The top-level identifiers a node refers to (property names and object keys are not references). */
function references(node, names, out = new Set()) {
  if (Array.isArray(node)) {
    for (const child of node) references(child, names, out);
    return out;
  }
  if (node === null || typeof node !== 'object' || typeof node.type !== 'string') return out;
  if (node.type === 'Identifier') {
    if (names.has(node.name)) out.add(node.name);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    if (node.type === 'MemberExpression' && key === 'property' && !node.computed) continue;
    if (node.type === 'Property' && key === 'key' && !node.computed) continue;
    if (value !== null && typeof value === 'object') references(value, names, out);
  }
  return out;
}

/** The declarations of the standalone code, in order, and what each exported name stands for. */
function declarationsOf(code) {
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const decls = new Map();
  const exported = new Map();
  for (const node of ast.body) {
    if (node.type === 'ExpressionStatement' && node.directive) continue;
    if (node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'VariableDeclaration') {
      for (const d of node.declaration.declarations) exported.set(d.id.name, d.init.name);
      continue;
    }
    const single = node.type === 'VariableDeclaration' && node.declarations.length === 1 && node.declarations[0].id.type === 'Identifier';
    const name = node.type === 'FunctionDeclaration' ? node.id.name : single ? node.declarations[0].id.name : undefined;
    if (name === undefined) throw new Error(`unexpected statement in ajv's standalone code: ${code.slice(node.start, node.start + 80)}`);
    decls.set(name, { name, node, text: code.slice(node.start, node.end), kinds: new Set() });
  }
  const names = new Set(decls.keys());
  for (const decl of decls.values()) {
    decl.refs = references(decl.node, names);
    decl.refs.delete(decl.name);
  }
  return { decls, exported };
}

/** Marks every declaration with the groups (their `file`s) whose validators reach it. */
function markReach(decls, root, file) {
  const stack = [root];
  while (stack.length > 0) {
    const decl = decls.get(stack.pop());
    if (decl.kinds.has(file)) continue;
    decl.kinds.add(file);
    stack.push(...decl.refs);
  }
}

/** The module name of a set of group files: the group's own, `common` for all, else `shared-<hash>`. */
function moduleName(files, all) {
  if (files.length === 1) return files[0];
  if (files.length === all) return 'common';
  return `shared-${createHash('sha256').update(files.join(' ')).digest('hex').slice(0, 8)}`;
}

/**
 * `code`: ajv's standalone ESM code; `kinds`: `{ definition, fn, file }` per kind (`fn` its export
 * there, `file` its group's module name). Returns the modules' texts by name
 * (`<name>.generated.js`) and, per module, the groups that load it.
 */
export function splitValidatorCode(code, kinds, header) {
  const { decls, exported } = declarationsOf(code);
  const groups = [...new Set(kinds.map((k) => k.file))];
  for (const kind of kinds) markReach(decls, exported.get(kind.fn), kind.file);
  const moduleOf = new Map();
  const modules = new Map();
  for (const group of groups) modules.set(group, { name: group, groups: [group], decls: [] });
  for (const decl of decls.values()) {
    if (decl.kinds.size === 0) continue; // no validator uses it (ajv keeps every schema constant)
    const files = [...decl.kinds].sort();
    const name = moduleName(files, groups.length);
    if (!modules.has(name)) modules.set(name, { name, groups: files, decls: [] });
    modules.get(name).decls.push(decl);
    moduleOf.set(decl.name, name);
  }
  const texts = {};
  for (const module of modules.values()) {
    const roots = kinds.filter((k) => k.file === module.name).map((k) => [k.definition, exported.get(k.fn)]);
    texts[module.name] = moduleText(module, moduleOf, decls, roots, header);
  }
  return { texts, loads: Object.fromEntries([...modules.values()].map((m) => [m.name, m.groups])) };
}

/** Adds `name` to what the module imports from the module that holds it. */
function need(imports, moduleOf, name) {
  const from = moduleOf.get(name);
  if (!imports.has(from)) imports.set(from, new Set());
  imports.get(from).add(name);
}

function moduleText(module, moduleOf, decls, roots, header) {
  const imports = new Map();
  const used = new Set();
  for (const decl of module.decls) for (const ref of decl.refs) if (moduleOf.get(ref) !== module.name) need(imports, moduleOf, ref);
  for (const [, root] of roots) if (moduleOf.get(root) !== module.name) need(imports, moduleOf, root);
  for (const other of decls.values()) {
    if (other.kinds.size === 0 || moduleOf.get(other.name) === module.name) continue;
    for (const ref of other.refs) if (moduleOf.get(ref) === module.name) used.add(ref);
  }
  const lines = [...header, `// Used by: ${module.groups.join(', ')}.`];
  for (const [from, names] of [...imports].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`import { ${[...names].sort().join(', ')} } from './${from}.generated.js';`);
  }
  lines.push(module.decls.map((d) => d.text).join(''));
  if (used.size > 0) lines.push(`export { ${[...used].sort().join(', ')} };`);
  if (roots.length > 0) lines.push(`export const validators = {${roots.map(([definition, root]) => `${JSON.stringify(definition)}:${root}`).join(',')}};`);
  return `${lines.join('\n')}\n`;
}
