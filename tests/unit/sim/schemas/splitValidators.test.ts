// The per-kind validator modules (scripts/splitValidatorCode.mjs moves ajv's standalone code into
// modules by the kinds that use it) answer exactly as ajv compiling the same schema does: the same
// verdict and the same errors, in the same order, for every kind, on the lessons' objects and on
// random mutations of them (wrong types, missing and unknown fields).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build script without type declarations
import { SCHEMA_PATH, strip } from '../../../../scripts/build-schema-validator.mjs';
import { allValidators } from '../../../../lib/sim/schemas/validators/all.generated.js';
import { kindTable } from '../../../../lib/sim/schemas/validator.generated.js';

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
ajv.addSchema(strip(JSON.parse(readFileSync(String(SCHEMA_PATH), 'utf8'))) as object, 'k8s');

function* yamlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) yield* yamlFiles(path);
    else if (/\.ya?ml$/.test(name)) yield path;
  }
}

/** Every object of the lessons' YAML whose kind the schema covers, with its definition. */
function lessonObjects(): { definition: string; object: Record<string, unknown> }[] {
  const byKind = new Map(kindTable.map((k) => [`${k.apiVersion} ${k.kind}`, k.definition]));
  const out: { definition: string; object: Record<string, unknown> }[] = [];
  for (const file of yamlFiles('lessons')) {
    let docs: unknown[] = [];
    try {
      docs = loadAll(readFileSync(file, 'utf8'));
    } catch {
      continue; // a lesson's deliberately broken YAML
    }
    for (const doc of docs) {
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
      const object = doc as Record<string, unknown>;
      const definition = byKind.get(`${String(object.apiVersion)} ${String(object.kind)}`);
      if (definition !== undefined) out.push({ definition, object });
    }
  }
  return out;
}

function verdict(validate: { (data: unknown): boolean; errors?: unknown }, object: unknown): string {
  const valid = validate(object);
  return JSON.stringify({ valid, errors: validate.errors ?? null });
}

function expectSame(definition: string, object: unknown): void {
  const compiled = ajv.getSchema(`k8s#/definitions/${definition}`)!;
  expect(verdict(allValidators[definition], object), definition).toBe(verdict(compiled, object));
}

/** The paths of every value in an object (for the mutations). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

type Mutation = { pick: number; action: 'set' | 'delete' | 'unknown'; value: unknown };

function mutate(object: Record<string, unknown>, mutations: Mutation[]): unknown {
  const copy = structuredClone(object) as Record<string, unknown>;
  for (const { pick, action, value } of mutations) {
    const paths = pathsOf(copy).filter((p) => p.length > 0);
    if (paths.length === 0) break;
    const path = paths[pick % paths.length];
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy) as Record<string | number, unknown>;
    const key = path[path.length - 1];
    if (action === 'delete' && !Array.isArray(parent)) delete parent[key];
    else if (action === 'unknown' && typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key]))
      (parent[key] as Record<string, unknown>).notAField = value;
    else parent[key] = value;
  }
  return copy;
}

describe('the per-kind validator modules', () => {
  const objects = lessonObjects();

  it('cover every kind of the table', () => {
    expect(Object.keys(allValidators).sort()).toEqual(kindTable.map((k) => k.definition).sort());
  });

  it('answer as ajv does on every lesson object; one object of each kind against every kind', () => {
    expect(objects.length).toBeGreaterThan(100);
    for (const { definition, object } of objects) expectSame(definition, object);
    const oneOfEach = new Map(objects.map((o) => [o.definition, o.object]));
    expect(oneOfEach.size).toBeGreaterThan(15);
    for (const object of oneOfEach.values()) for (const { definition } of kindTable) expectSame(definition, object);
  });

  it('answer as ajv does on mutated lesson objects (wrong types, missing and unknown fields)', () => {
    const mutation = fc.record({ pick: fc.nat(), action: fc.constantFrom('set', 'delete', 'unknown'), value: fc.jsonValue({ maxDepth: 2 }) });
    fc.assert(
      fc.property(fc.nat(objects.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        const { definition, object } = objects[index];
        expectSame(definition, mutate(object, mutations as Mutation[]));
      }),
      { numRuns: 400 },
    );
  });
});
