/**
 * Audit Policy weakening operators. The first rule that matches a request sets its level
 * (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy): a lower level, a
 * deleted rule, a rule moved past others that overlap it, a `None` rule matching more requests,
 * or a broad `None` rule first all record less; Request or RequestResponse on Secrets records
 * their values; omitting the ResponseComplete stage writes no event for most requests.
 */
import type { MutationSpec } from '../types';
import type { WorkDoc } from '../workspace';
import { apiGroupOf, asArray, asObj, kindOf, str, type Obj } from '../objects';
import { del, insert, spec, set, type Operator } from './context';

const LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'];

function disjoint(a: unknown, b: unknown): boolean {
  const x = asArray(a).map(String);
  const y = asArray(b).map(String);
  if (!x.length || !y.length || x.includes('*') || y.includes('*')) return false;
  return !x.some((v) => y.includes(v));
}

function resourcesDisjoint(a: unknown, b: unknown): boolean {
  const x = asArray(a).map(asObj);
  const y = asArray(b).map(asObj);
  if (!x.length || !y.length) return false;
  return !x.some((gx) => y.some((gy) => (str(gx.group) ?? '') === (str(gy.group) ?? '') && !disjoint(gx.resources, gy.resources)));
}

/** Could one request match both rules? (false only when provably not). */
export function rulesOverlap(a: Obj, b: Obj): boolean {
  if (disjoint(a.verbs, b.verbs) || disjoint(a.namespaces, b.namespaces) || resourcesDisjoint(a.resources, b.resources)) return false;
  if ((a.resources && b.nonResourceURLs) || (a.nonResourceURLs && b.resources)) return false;
  if (!a.userGroups && !b.userGroups && disjoint(a.users, b.users)) return false;
  return true;
}

function differs(a: Obj, b: Obj): boolean {
  return a.level !== b.level || JSON.stringify(a.omitStages ?? null) !== JSON.stringify(b.omitStages ?? null);
}

function moveMutants(doc: WorkDoc, rules: Obj[], i: number): MutationSpec[] {
  const out: MutationSpec[] = [];
  const rule = rules[i];
  const jumpsOver = (others: Obj[]) => others.some((o) => rulesOverlap(rule, o) && differs(rule, o));
  if (i > 0 && jumpsOver(rules.slice(0, i)))
    out.push(
      spec('audit.move-first', doc, ['rules', i], `rule ${i} (${String(rule.level)}) moved first`, [
        { op: 'move', doc: doc.ref, path: ['rules'], from: i, to: 0 },
      ]),
    );
  if (i < rules.length - 1 && jumpsOver(rules.slice(i + 1)))
    out.push(
      spec('audit.move-last', doc, ['rules', i], `rule ${i} (${String(rule.level)}) moved last`, [
        { op: 'move', doc: doc.ref, path: ['rules'], from: i, to: rules.length - 1 },
      ]),
    );
  return out;
}

const MATCHERS = ['users', 'userGroups', 'verbs', 'resources', 'namespaces', 'nonResourceURLs'];

function ruleMutants(doc: WorkDoc, rules: Obj[], i: number): MutationSpec[] {
  const rule = rules[i];
  const at = ['rules', i];
  const level = LEVELS.indexOf(String(rule.level));
  const out: MutationSpec[] = [];
  if (level > 0) {
    out.push(spec('audit.lower-level', doc, at, `rule ${i}: level ${LEVELS[level]} → ${LEVELS[level - 1]}`, [set(doc, [...at, 'level'], LEVELS[level - 1])]));
    const later = rules.slice(i + 1).find((o) => rulesOverlap(rule, o));
    if (!later || differs(rule, later)) out.push(spec('audit.delete-rule', doc, at, `rule ${i} (${LEVELS[level]}) deleted`, [del(doc, at)]));
  }
  const secrets = asArray(rule.resources)
    .map(asObj)
    .some((g) => (str(g.group) ?? '') === '' && asArray(g.resources).includes('secrets'));
  if (secrets && level >= 1 && level < 3)
    out.push(
      spec('audit.log-secret-values', doc, at, `rule ${i}: level ${LEVELS[level]} → RequestResponse on Secrets (records their values)`, [
        set(doc, [...at, 'level'], 'RequestResponse'),
      ]),
    );
  if (level === 0) {
    for (const key of MATCHERS.filter((k) => rule[k] !== undefined))
      out.push(spec('audit.widen-none', doc, [...at, key], `None rule ${i}: ${key} removed (silences more requests)`, [del(doc, [...at, key])]));
  }
  return [...out, ...moveMutants(doc, rules, i)];
}

const policyMutants: Operator = (doc) => {
  if (kindOf(doc.value) !== 'Policy' || apiGroupOf(doc.value) !== 'audit.k8s.io') return [];
  const rules = asArray(asObj(doc.value).rules).map(asObj);
  const out = rules.flatMap((_, i) => ruleMutants(doc, rules, i));
  const first = asObj(rules[0]);
  if (!(first.level === 'None' && MATCHERS.every((k) => first[k] === undefined))) {
    out.push(spec('audit.none-first', doc, ['rules'], 'a `level: None` rule for every request inserted first', [insert(doc, ['rules'], { level: 'None' }, 0)]));
    out.push(
      spec('audit.none-first-serviceaccounts', doc, ['rules'], 'a `level: None` rule for every ServiceAccount inserted first', [
        insert(doc, ['rules'], { level: 'None', userGroups: ['system:serviceaccounts'] }, 0),
      ]),
    );
  }
  // Events are written per stage: omitting RequestReceived and ResponseComplete leaves no event
  // for any request that is not a watch, whatever the levels say.
  const omitted = asArray(asObj(doc.value).omitStages).map(String);
  if (!omitted.includes('ResponseComplete'))
    out.push(
      spec('audit.omit-response-complete', doc, ['omitStages'], 'omitStages: RequestReceived and ResponseComplete (no event for a finished request)', [
        set(doc, ['omitStages'], [...new Set([...omitted, 'RequestReceived', 'ResponseComplete'])]),
      ]),
    );
  return out;
};

export const AUDIT_OPERATORS: Operator[] = [policyMutants];
