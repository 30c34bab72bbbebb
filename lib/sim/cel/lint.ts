// Checks on the parsed expression that the library does not do: features the simulator does not
// model (reported, never silently passed), RE2 literal patterns, and `variables.<name>` references.
import type { ASTNode } from '@marcbachmann/cel-js';
import { msg, type Message } from '../messages';
import { compileRe2 } from './regex';
import { DEFAULT_SERVER_MINOR } from '../version';

export interface LintProblem {
  code: string;
  text: Message;
  start: number;
  end: number;
}

/** Kubernetes functions the simulator does not evaluate (none today; each would be a cel-unsupported warning). */
const UNSUPPORTED_FUNCTIONS: Record<string, string> = {};
const COMPREHENSIONS = new Set(['all', 'exists', 'exists_one', 'existsOne']);

/**
 * The release that added each library to the Kubernetes CEL base environment
 * (staging/src/k8s.io/apiserver/pkg/cel/environment/base.go). Expressions written now are compiled
 * with the NewExpressions environment at the compatibility version, one minor behind the server
 * (DefaultCompatibilityVersion = MinCompatibilityVersion), so a library added in 1.N can be used
 * in new expressions from server 1.N+1.
 */
const LIBRARY_SINCE: Record<string, number> = {
  ip: 30,
  isIP: 30,
  cidr: 30,
  isCIDR: 30,
  transformList: 32,
  transformMap: 32,
  transformMapEntry: 32,
  fieldSelector: 31,
  labelSelector: 31,
  semver: 33,
  isSemver: 33,
  image: 33,
  isImage: 33,
};
const TWO_VARIABLE_SINCE = 32;
/** Namespaces of functions (`ip.isCanonical`, `format.dns1123Label()`, `format.named()`), by release. */
const NAMESPACE_SINCE: Record<string, number> = { ip: 30, format: 31 };
/** The functions of those namespaces (an iteration variable named `ip` or `format` is not the namespace). */
const NAMESPACE_FUNCTIONS: Record<string, ReadonlySet<string>> = {
  ip: new Set(['isCanonical']),
  format: new Set([
    'named',
    'dns1123Label',
    'dns1123Subdomain',
    'dns1035Label',
    'qualifiedName',
    'dns1123LabelPrefix',
    'dns1123SubdomainPrefix',
    'dns1035LabelPrefix',
    'labelValue',
    'uri',
    'uuid',
    'byte',
    'date',
    'datetime',
  ]),
};

/** Is a library added in 1.`since` available on server 1.`serverMinor` (to new expressions, or to stored ones)? */
export function libraryAvailable(since: number, serverMinor: number, stored = false): boolean {
  return (stored ? serverMinor : serverMinor - 1) >= since;
}

function undeclared(name: string, start: number, end: number): LintProblem {
  return { code: 'cel-type', start, end, text: msg('cel.undeclared', { name }) };
}
const REGEX_METHODS = new Set(['matches', 'find', 'findAll']);

type Visit = (node: ASTNode) => void;

/** Depth-first walk over every node of a parsed expression. */
export function walkAst(node: ASTNode, visit: Visit): void {
  visit(node);
  for (const child of childrenOf(node)) walkAst(child, visit);
}

function isNode(value: unknown): value is ASTNode {
  return typeof value === 'object' && value !== null && 'op' in value && 'args' in value;
}

function childrenOf(node: ASTNode): ASTNode[] {
  const args: unknown = node.args;
  // A unary operator (`!_`, `-_`) holds its operand as one node, not in a list: walking past it
  // would skip the checks (and the RE2 rewrite) of everything under a `!`.
  if (isNode(args)) return [args];
  if (!Array.isArray(args)) return [];
  const out: ASTNode[] = [];
  for (const a of args) {
    if (isNode(a)) out.push(a);
    else if (Array.isArray(a))
      for (const b of a) {
        if (isNode(b)) out.push(b);
        else if (Array.isArray(b)) out.push(...b.filter(isNode));
      }
  }
  return out;
}

/** Problems in one parsed expression; `variableNames` (when given) are the declared `variables.*`. */
export interface LintOptions {
  variableNames?: readonly string[];
  serverMinor?: number;
  stored?: boolean;
  /** A messageExpression has every variable but `authorizer` (validating/plugin.go: HasAuthorizer false). */
  noAuthorizer?: boolean;
}

export function lintAst(ast: ASTNode, options: LintOptions = {}): LintProblem[] {
  const problems: LintProblem[] = [];
  const serverMinor = options.serverMinor ?? DEFAULT_SERVER_MINOR;
  // A stored expression sees the libraries of the server's own version: shift the gate by one minor.
  const effective = options.stored ? serverMinor + 1 : serverMinor;
  const shadowed = iterationVariables(ast);
  walkAst(ast, (node) => {
    if (options.noAuthorizer && node.op === 'id' && node.args === 'authorizer') {
      problems.push(undeclared('authorizer', node.range.start, node.range.end));
      return;
    }
    const p = lintVersion(node, effective, shadowed) ?? lintNode(node, options.variableNames);
    if (p) problems.push(p);
  });
  return problems;
}

/**
 * What this server's CEL environment does not declare: `cel.bind` (ext.Bindings is not in the
 * Kubernetes base environment, so `cel` is an undeclared identifier), and libraries newer than the
 * compatibility version.
 */
/** `net.IP` / `net.CIDR`, the type names, unless `net` is an iteration variable here. */
function isNetType(node: ASTNode, shadowed: ReadonlySet<string>): boolean {
  if (node.op !== '.') return false;
  const [target, field] = (node as ASTNode & { op: '.' }).args;
  return target.op === 'id' && target.args === 'net' && !shadowed.has('net') && (field === 'IP' || field === 'CIDR');
}

/** Names a macro binds as iteration variables anywhere in the expression (they shadow namespaces). */
function iterationVariables(ast: ASTNode): Set<string> {
  const names = new Set<string>();
  walkAst(ast, (node) => {
    if (node.op !== 'rcall') return;
    for (const arg of node.args[2].slice(0, 2)) if (arg?.op === 'id' && typeof arg.args === 'string') names.add(arg.args);
  });
  return names;
}

function lintVersion(node: ASTNode, serverMinor: number, shadowed: ReadonlySet<string>): LintProblem | null {
  const { start, end } = node.range;
  if (node.op === 'rcall' && node.args[0] === 'bind' && node.args[1]?.op === 'id' && node.args[1].args === 'cel') {
    return undeclared('cel', node.args[1].range.start, node.args[1].range.end);
  }
  if ((node.op === 'call' || node.op === 'rcall') && Object.prototype.hasOwnProperty.call(LIBRARY_SINCE, node.args[0])) {
    if (!libraryAvailable(LIBRARY_SINCE[node.args[0]], serverMinor)) return undeclared(node.args[0], start, end);
  }
  if (isNetType(node, shadowed) && !libraryAvailable(NAMESPACE_SINCE.ip, serverMinor)) return undeclared('net', start, end);
  const receiver = node.op === 'rcall' ? node.args[1] : null;
  const method = node.op === 'rcall' ? node.args[0] : '';
  if (
    receiver?.op === 'id' &&
    typeof receiver.args === 'string' &&
    Object.prototype.hasOwnProperty.call(NAMESPACE_SINCE, receiver.args) &&
    !shadowed.has(receiver.args) &&
    NAMESPACE_FUNCTIONS[receiver.args].has(method)
  ) {
    if (!libraryAvailable(NAMESPACE_SINCE[receiver.args], serverMinor)) return undeclared(receiver.args, receiver.range.start, receiver.range.end);
  }
  if (node.op === 'rcall' && COMPREHENSIONS.has(node.args[0]) && node.args[2].length === 3 && !libraryAvailable(TWO_VARIABLE_SINCE, serverMinor)) {
    return undeclared(node.args[0], start, end);
  }
  return null;
}

function lintNode(node: ASTNode, variableNames?: readonly string[]): LintProblem | null {
  const { start, end } = node.range;
  if ((node.op === 'call' || node.op === 'rcall') && Object.prototype.hasOwnProperty.call(UNSUPPORTED_FUNCTIONS, node.args[0])) {
    return unsupported(UNSUPPORTED_FUNCTIONS[node.args[0]], start, end);
  }
  if (node.op === 'rcall' && REGEX_METHODS.has(node.args[0])) return lintPattern(node.args[2][0]);
  if (node.op === 'call' && node.args[0] === 'matches') return lintPattern(node.args[1][1]);
  if (node.op === '.' && variableNames) return lintVariable(node, variableNames);
  return null;
}

function unsupported(what: string, start: number, end: number): LintProblem {
  return { code: 'cel-unsupported', start, end, text: msg('cel.unsupported', { what }) };
}

function lintPattern(arg: ASTNode | undefined): LintProblem | null {
  if (!arg || arg.op !== 'value' || typeof arg.args !== 'string') return null;
  const re = compileRe2(arg.args);
  if (re.ok) return null;
  return { code: 'cel-regex', start: arg.range.start, end: arg.range.end, text: re.text };
}

function lintVariable(node: ASTNode & { op: '.' }, names: readonly string[]): LintProblem | null {
  const [target, field] = node.args;
  if (target.op !== 'id' || target.args !== 'variables' || names.includes(field)) return null;
  return {
    code: 'cel-undefined-variable',
    start: node.range.start,
    end: node.range.end,
    text: msg('cel.undefinedVariable', { field }),
  };
}
