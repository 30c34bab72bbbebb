import { allValidators } from '#schema-validators';
import { kindTable, validatorLoaders } from './validator.generated.js';
import type { GeneratedValidator } from './validator.generated.js';

/**
 * The kinds' schema validators (ajv standalone code, one module per group of kinds: validators/,
 * scripts/build-schema-validator.mjs). Outside the browser every one is loaded with the simulator
 * (`#schema-validators` is validators/all.generated.js): parsing is synchronous and complete. In a
 * browser bundle none is (validators/none.js): the page worker loads the groups of the kinds a
 * world names before it builds the world (`schemaKindsNamed`, `loadSchemaValidators`), so a world
 * of Roles compiles no Pod validator.
 * A kind's validator asked for before it is loaded is noted (`takeMissingSchemaValidators`):
 * the worker then loads it and builds again, so an answer never lacks a schema finding.
 */
const loaded = new Map<string, GeneratedValidator>(Object.entries(allValidators));
const loading = new Map<string, Promise<void>>();
const missing = new Set<string>();

const definitionsByKind = new Map<string, string[]>();
for (const { kind, definition } of kindTable) definitionsByKind.set(kind, [...(definitionsByKind.get(kind) ?? []), definition]);
const KIND_NAMES = new RegExp(`\\b(?:${[...definitionsByKind.keys()].join('|')})\\b`, 'g');

/** The validator of a kind's definition, or undefined (noted) when it is not loaded. */
export function schemaValidator(definition: string): GeneratedValidator | undefined {
  const validate = loaded.get(definition);
  if (validate === undefined && Object.hasOwn(validatorLoaders, definition)) missing.add(definition);
  return validate;
}

/** Whether every kind's validator is loaded. */
export function allSchemaValidatorsLoaded(): boolean {
  return loaded.size === kindTable.length;
}

/**
 * Loads the validators of these definitions (every kind's without an argument). Undefined when
 * they are loaded already; a failed load rejects, and is tried again on the next call.
 */
export function loadSchemaValidators(definitions: Iterable<string> = kindTable.map((k) => k.definition)): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const definition of definitions) {
    if (loaded.has(definition) || !Object.hasOwn(validatorLoaders, definition)) continue;
    let wait = loading.get(definition);
    if (wait === undefined) {
      wait = validatorLoaders[definition]().then(
        (module) => {
          for (const [name, validate] of Object.entries(module.validators)) loaded.set(name, validate);
        },
        (error: unknown) => {
          loading.delete(definition);
          throw error;
        },
      );
      loading.set(definition, wait);
    }
    waits.push(wait);
  }
  return waits.length === 0 ? undefined : Promise.all(waits).then(() => undefined);
}

/** The definitions asked for while not loaded since the last call (the list is emptied). */
export function takeMissingSchemaValidators(): string[] {
  const out = [...missing].filter((definition) => !loaded.has(definition));
  missing.clear();
  return out;
}

/**
 * The definitions of every kind whose name appears in the texts as a word: a superset of the
 * kinds the texts hold (a name in a comment counts too). A kind spelled with escapes (`"P\x6fd"`)
 * is not seen here; building the world notes it (`takeMissingSchemaValidators`).
 */
export function schemaKindsNamed(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(KIND_NAMES)) {
      for (const definition of definitionsByKind.get(match[0]) ?? []) found.add(definition);
      if (found.size === kindTable.length) return [...found];
    }
  }
  return [...found];
}

/** Forgets every loaded validator, as in a fresh page worker (tests of the loading path). */
export function forgetSchemaValidators(): void {
  loaded.clear();
  loading.clear();
  missing.clear();
}
