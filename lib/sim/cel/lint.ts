// Checks on the parsed expression that the library does not do: features the simulator does not
// model (reported, never silently passed), RE2 literal patterns, and `variables.<name>` references.
import type { ASTNode } from '@marcbachmann/cel-js';
import { compileRe2 } from './regex';
import { DEFAULT_SERVER_MINOR } from '../version';

export interface LintProblem {
  code: string;
  message: string;
  messageEs: string;
  start: number;
  end: number;
}

/** Kubernetes functions the simulator does not evaluate (none today; each would be a cel-unsupported warning). */
const UNSUPPORTED_FUNCTIONS: Record<string, [string, string]> = {};
const COMPREHENSIONS = new Set(['all', 'exists', 'exists_one', 'existsOne']);

/**
 * The release that added each library to the Kubernetes CEL base environment
 * (staging/src/k8s.io/apiserver/pkg/cel/environment/base.go). Expressions written now are compiled
 * with the NewExpressions environment at the compatibility version, one minor behind the server
 * (DefaultCompatibilityVersion = MinCompatibilityVersion), so a library added in 1.N can be used
 * in new expressions from server 1.N+1.
 */
const LIBRARY_SINCE: Record<string, number> = {
  ip: 30, isIP: 30, cidr: 30, isCIDR: 30,
  transformList: 32, transformMap: 32, transformMapEntry: 32,
  fieldSelector: 31, labelSelector: 31,
  semver: 33, isSemver: 33, image: 33, isImage: 33,
};
const TWO_VARIABLE_SINCE = 32;
/** Namespaces of functions (`ip.isCanonical`, `format.dns1123Label()`, `format.named()`), by release. */
const NAMESPACE_SINCE: Record<string, number> = { ip: 30, format: 31 };

/** Is a library added in 1.`since` available on server 1.`serverMinor` (to new expressions, or to stored ones)? */
export function libraryAvailable(since: number, serverMinor: number, stored = false): boolean {
  return (stored ? serverMinor : serverMinor - 1) >= since;
}

function undeclared(name: string, start: number, end: number): LintProblem {
  return {
    code: 'cel-type', start, end,
    message: `undeclared reference to '${name}' (in container '')`,
    messageEs: `referencia no declarada a '${name}' (en el contenedor '')`,
  };
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
    else if (Array.isArray(a)) for (const b of a) {
      if (isNode(b)) out.push(b);
      else if (Array.isArray(b)) out.push(...b.filter(isNode));
    }
  }
  return out;
}

/** Problems in one parsed expression; `variableNames` (when given) are the declared `variables.*`. */
export function lintAst(ast: ASTNode, variableNames?: readonly string[], serverMinor: number = DEFAULT_SERVER_MINOR, stored = false): LintProblem[] {
  const problems: LintProblem[] = [];
  // A stored expression sees the libraries of the server's own version: shift the gate by one minor.
  const effective = stored ? serverMinor + 1 : serverMinor;
  walkAst(ast, (node) => {
    const p = lintVersion(node, effective) ?? lintNode(node, variableNames);
    if (p) problems.push(p);
  });
  return problems;
}

/**
 * What this server's CEL environment does not declare: `cel.bind` (ext.Bindings is not in the
 * Kubernetes base environment, so `cel` is an undeclared identifier), and libraries newer than the
 * compatibility version.
 */
function lintVersion(node: ASTNode, serverMinor: number): LintProblem | null {
  const { start, end } = node.range;
  if (node.op === 'rcall' && node.args[0] === 'bind' && node.args[1]?.op === 'id' && node.args[1].args === 'cel') {
    return undeclared('cel', node.args[1].range.start, node.args[1].range.end);
  }
  if ((node.op === 'call' || node.op === 'rcall') && Object.prototype.hasOwnProperty.call(LIBRARY_SINCE, node.args[0])) {
    if (!libraryAvailable(LIBRARY_SINCE[node.args[0]], serverMinor)) return undeclared(node.args[0], start, end);
  }
  if (node.op === 'id' && node.args === 'net' && !libraryAvailable(NAMESPACE_SINCE.ip, serverMinor)) return undeclared('net', start, end);
  const receiver = node.op === 'rcall' ? node.args[1] : null;
  if (receiver?.op === 'id' && typeof receiver.args === 'string' && Object.prototype.hasOwnProperty.call(NAMESPACE_SINCE, receiver.args)) {
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
    const [en, es] = UNSUPPORTED_FUNCTIONS[node.args[0]];
    return unsupported(en, es, start, end);
  }
  if (node.op === 'rcall' && REGEX_METHODS.has(node.args[0])) return lintPattern(node.args[2][0]);
  if (node.op === 'call' && node.args[0] === 'matches') return lintPattern(node.args[1][1]);
  if (node.op === '.' && variableNames) return lintVariable(node, variableNames);
  return null;
}

function unsupported(what: string, whatEs: string, start: number, end: number): LintProblem {
  return {
    code: 'cel-unsupported', start, end,
    message: `not supported by the simulator: ${what}`,
    messageEs: `el simulador no soporta ${whatEs}`,
  };
}

function lintPattern(arg: ASTNode | undefined): LintProblem | null {
  if (!arg || arg.op !== 'value' || typeof arg.args !== 'string') return null;
  const re = compileRe2(arg.args);
  if (re.ok) return null;
  return { code: 'cel-regex', start: arg.range.start, end: arg.range.end, message: re.message, messageEs: re.messageEs };
}

function lintVariable(node: ASTNode & { op: '.' }, names: readonly string[]): LintProblem | null {
  const [target, field] = node.args;
  if (target.op !== 'id' || target.args !== 'variables' || names.includes(field)) return null;
  return {
    code: 'cel-undefined-variable', start: node.range.start, end: node.range.end,
    message: `undefined field '${field}': no variable named "${field}" is declared before this expression`,
    messageEs: `campo indefinido '${field}': no hay una variable "${field}" declarada antes de esta expresión`,
  };
}
