// The authoring contract (docs/lesson-format.md) as JSON Schemas: unknown keys, wrong types and
// bad targets are rejected with a message an instructor understands, at the line and column.
import { describe, expect, it } from 'vitest';
import { checkYaml, CONTENT_SCHEMAS } from '@/lib/lesson/schemas';
import { oldTargetMessage } from '@/lib/lesson/goalTarget';
import { CONTROL_PLANE_CHECKS, HARDENING_CHECKS } from '@/lib/sim';

const head = 'title: { en: T, es: T }\ndescription: { en: D, es: D }\nfiles: [a.yaml]\ngoals:\n';

/** One valid goal of every kind (the body is on line 7 of the file). */
const GOALS: Record<string, { body: string; expect: string }> = {
  can: { body: '{ as: pochoclo, verb: get, resource: pods, namespace: shop }', expect: 'allow' },
  traffic: { body: '{ from: shop/web, to: Deployment/shop/api, port: 8080 }', expect: 'deny' },
  podSecurity: { body: '{ target: Deployment/shop/api, level: restricted }', expect: 'pass' },
  hardening: { body: '{ target: Pod/shop/api, finding: host-network }', expect: 'absent' },
  audit: { body: '{ request: { user: pochoclo, verb: get, resource: secrets } }', expect: '{ level: Metadata }' },
  admission: { body: '{ object: Pod/shop/probe, operation: UPDATE }', expect: 'deny' },
  leastPrivilege: { body: '{ asPod: shop/api, allowed: [{ verbs: [get], resources: [configmaps] }] }', expect: 'pass' },
  controlPlane: { body: '{ check: apiserver-profiling }', expect: 'fail' },
  noAttackPath: { body: '{ from: Pod/shop/web, to: "Secret/shop/*" }', expect: 'pass' },
};

function exercise(kind: string, body: string, expectText = GOALS[kind].expect): string {
  return `${head}  - id: g\n    text: { en: G, es: G }\n    ${kind}: ${body}\n    expect: ${expectText}\n`;
}

function problems(text: string) {
  return checkYaml('exercise', text, { refinePattern: oldTargetMessage }).problems;
}

describe('exercise.schema.json', () => {
  it.each(Object.keys(GOALS))('accepts a %s goal', (kind) => {
    expect(problems(exercise(kind, GOALS[kind].body))).toEqual([]);
  });

  it.each(Object.keys(GOALS))('rejects an unknown key inside a %s goal, at the key', (kind) => {
    const body = GOALS[kind].body.replace(/ }$/, ', bogus: 1 }');
    const found = problems(exercise(kind, body));
    expect(found).toEqual([
      expect.objectContaining({
        line: 7,
        column: 5 + kind.length + 2 + body.indexOf('bogus'),
        message: expect.stringMatching(new RegExp(`^goals\\[0\\]\\.${kind}: unknown key 'bogus'; allowed: `)),
      }),
    ]);
  });

  it.each(Object.keys(GOALS))('rejects an expect a %s goal cannot have', (kind) => {
    expect(problems(exercise(kind, GOALS[kind].body, 'maybe'))).toEqual([expect.objectContaining({ line: 8, column: 13, path: 'goals[0].expect' })]);
  });

  it('suggests the key that was meant', () => {
    const found = problems(exercise('podSecurity', '{ target: Pod/shop/api, levle: baseline }'));
    expect(found.map((p) => p.message)).toEqual([
      "goals[0].podSecurity: missing key 'level'",
      "goals[0].podSecurity: unknown key 'levle' (did you mean 'level'?); allowed: target, level, version",
    ]);
    expect(found[1]).toMatchObject({ line: 7, column: 42 });
  });

  it.each([
    ['a port out of range', 'traffic', '{ from: shop/web, to: shop/api, port: 70000 }', 'goals[0].traffic.port', /70000 is out of range/],
    ['a port that is a list', 'traffic', '{ from: shop/web, to: shop/api, port: [80] }', 'goals[0].traffic.port', /must be a whole number or a string/],
    [
      'a level misspelled',
      'podSecurity',
      '{ target: Pod/shop/api, level: restricted-v2 }',
      'goals[0].podSecurity.level',
      /is not one of privileged, baseline, restricted/,
    ],
    ['a finding misspelled', 'hardening', '{ target: Pod/shop/api, finding: host-netwrok }', 'goals[0].hardening.finding', /did you mean 'host-network'/],
    ['groups as a string', 'can', '{ as: a, groups: devs, verb: get, resource: pods }', 'goals[0].can.groups', /must be a list/],
    ['outage as a string', 'admission', '{ object: Pod/shop/p, outage: "yes" }', 'goals[0].admission.outage', /must be true or false/],
    [
      'both as and asPod',
      'can',
      '{ as: a, asPod: shop/api, verb: get, resource: pods }',
      'goals[0].can',
      /takes only one of 'as', 'asPod' \(found 'as' and 'asPod'\)/,
    ],
    ['neither resource nor path', 'can', '{ as: a, verb: get }', 'goals[0].can', /needs at least one of 'resource', 'path'/],
    ['a check without equals', 'admission', '{ object: Pod/shop/p, check: { path: spec.x } }', 'goals[0].admission.check', /missing key 'equals'/],
  ])('rejects %s', (_name, kind, body, path, message) => {
    const found = problems(exercise(kind, body));
    expect(found.map((p) => p.path)).toContain(path);
    expect(found.find((p) => p.path === path)?.message).toMatch(message);
  });

  it.each([
    [
      'hardening',
      '{ target: shop/api, finding: host-network }',
      'goals[0].hardening.target',
      "'shop/api' is not a target Kind/namespace/name, e.g. Deployment/shop/frontend",
    ],
    ['podSecurity', '{ target: pod/shop/api, level: baseline }', 'goals[0].podSecurity.target', "'pod/shop/api' is not a target Kind/namespace/name"],
    [
      'admission',
      '{ object: shop/probe }',
      'goals[0].admission.object',
      "'shop/probe' is not a target Kind/namespace/name (Kind/name for a cluster-scoped object)",
    ],
    [
      'traffic',
      '{ from: shop/deploy/web, to: shop/api, port: 80 }',
      'goals[0].traffic.from',
      "'shop/deploy/web' is the old target form, no longer read: write 'Deployment/shop/web'",
    ],
    [
      'traffic',
      '{ from: shop/web, to: { service: shop/svc/api }, port: 80 }',
      'goals[0].traffic.to.service',
      "'shop/svc/api' is the old target form, no longer read: write 'Service/shop/api'",
    ],
    [
      'traffic',
      '{ from: shop/web, to: Secret/shop/api, port: 80 }',
      'goals[0].traffic.to',
      "'Secret/shop/api' is not Kind/namespace/name (Pod, a workload or Service)",
    ],
    ['can', '{ asPod: shop/sts/db, verb: get, resource: pods }', 'goals[0].can.asPod', "write 'StatefulSet/shop/db'"],
    [
      'noAttackPath',
      '{ from: "pod:shop/web", to: "secrets:shop" }',
      'goals[0].noAttackPath.from',
      "'pod:shop/web' is the old target form, no longer read: write 'Pod/shop/web'",
    ],
    ['noAttackPath', '{ from: "pod:shop/web", to: "secrets:shop" }', 'goals[0].noAttackPath.to', "write 'Secret/shop/*'"],
  ])('rejects a bad %s target: %s', (kind, body, path, message) => {
    const found = problems(exercise(kind, body));
    const problem = found.find((p) => p.path === path);
    expect(problem?.message).toContain(message);
    expect(problem?.line).toBe(7);
  });

  it('rejects unknown top-level keys and reports YAML errors and duplicate keys at their place', () => {
    expect(problems(`${exercise('can', GOALS.can.body)}autor: me\n`)).toEqual([
      { line: 9, column: 1, path: '', message: "unknown key 'autor'; allowed: title, description, world, files, goals, hints, acceptedMutants, serverVersion" },
    ]);
    expect(problems(`${head}  - id: g\n    id: h\n`)[0]).toMatchObject({
      line: 6,
      column: 5,
      message: expect.stringMatching(/^not valid YAML: Map keys must be unique/),
    });
    expect(problems('title: [unclosed\n')[0].message).toMatch(/^not valid YAML/);
  });

  it('lists exactly the finding and check ids the simulator knows', () => {
    const defs = CONTENT_SCHEMAS.exercise.$defs;
    expect([...defs.hardening.properties.finding.enum].sort()).toEqual(HARDENING_CHECKS.map((c) => c.id).sort());
    expect([...defs.controlPlane.properties.check.enum].sort()).toEqual(CONTROL_PLANE_CHECKS.map((c) => c.id).sort());
  });
});

describe('demo, track and front matter schemas', () => {
  it('rejects a demo step with two actions, an unknown key and a pause as text', () => {
    const text = 'title: { en: T, es: T }\nsteps:\n  - say: { en: a, es: b }\n    run: ls\n  - run: ls\n    expectfail: true\n  - pause: "1s"\n';
    expect(checkYaml('demo', text).problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 5, "steps[0]: takes only one of 'say', 'run', 'apply', 'pause' (found 'say' and 'run')"],
      [6, 5, "steps[1]: unknown key 'expectfail' (did you mean 'expectFail'?); allowed: say, run, apply, pause, expectFail, file"],
      [7, 12, "steps[2].pause: must be a whole number, not '1s'"],
    ]);
  });

  it('rejects a track without Spanish and with an unknown key', () => {
    expect(checkYaml('track', 'title: { en: RBAC }\nsummary: { en: a, es: b }\ncolor: red\n').problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 8, "title: missing key 'es'"],
      [3, 1, "unknown key 'color'; allowed: title, summary"],
    ]);
  });

  it('rejects front matter with minutes out of range and empty objectives', () => {
    expect(checkYaml('frontMatter', 'title: T\nsummary: S\nminutes: 300\nobjectives: []\n').problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 10, 'minutes: 300 is out of range: must be <= 240'],
      [4, 13, 'objectives: must not be an empty list'],
    ]);
  });
});
