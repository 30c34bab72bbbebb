import { definitions } from '../schemas/validator.generated.js';
import type { PathSegment } from './paths';
import { isRecord } from './paths';

/**
 * Walks the schema definitions along an object path, to learn which fields a mapping allows
 * and which type a field has (for suggestions and YAML 1.1 boolean checks).
 */
export type SchemaNode = Record<string, unknown>;

/** The schema node for a definition name, or undefined. */
export function definitionNode(name: string): SchemaNode | undefined {
  const node = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
  return isRecord(node) ? node : undefined;
}

/** Follows `$ref` chains (`#/definitions/...`). */
export function resolveRef(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; current !== undefined && typeof current.$ref === 'string' && hops < 20; hops++) {
    current = definitionNode(current.$ref.replace('#/definitions/', ''));
  }
  return current;
}

/** The schema node at `segments` below `root`, or undefined when the path leaves the schema. */
export function schemaAt(root: SchemaNode | undefined, segments: readonly PathSegment[]): SchemaNode | undefined {
  let node = resolveRef(root);
  for (const segment of segments) {
    if (node === undefined) return undefined;
    node = resolveRef(childNode(node, segment));
  }
  return node;
}

function childNode(node: SchemaNode, segment: PathSegment): SchemaNode | undefined {
  if (typeof segment === 'number') return isRecord(node.items) ? node.items : undefined;
  const properties = isRecord(node.properties) ? node.properties : undefined;
  if (properties !== undefined && Object.hasOwn(properties, segment) && isRecord(properties[segment])) return properties[segment];
  return isRecord(node.additionalProperties) ? node.additionalProperties : undefined;
}

/** The field names a mapping schema declares. */
export function propertyNames(node: SchemaNode | undefined): string[] {
  return node !== undefined && isRecord(node.properties) ? Object.keys(node.properties) : [];
}

/** The JSON types a node accepts (`oneOf` branches included). */
export function typesOf(node: SchemaNode | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node.type === 'string') return [node.type];
  if (Array.isArray(node.oneOf)) return node.oneOf.flatMap((b) => (isRecord(b) ? typesOf(resolveRef(b)) : []));
  return [];
}

/**
 * Where a field name that is unknown at `node` does exist a few levels below it
 * (`containers` under a Deployment's `spec` lives at `template.spec.containers`).
 */
export function findNestedField(node: SchemaNode | undefined, field: string, maxDepth = 3): string | undefined {
  let frontier: [SchemaNode, string][] = node === undefined ? [] : [[node, '']];
  for (let depth = 0; depth < maxDepth; depth++) {
    const next: [SchemaNode, string][] = [];
    for (const [n, prefix] of frontier) {
      for (const name of propertyNames(n)) {
        const child = resolveRef(childNode(n, name));
        const path = prefix === '' ? name : `${prefix}.${name}`;
        if (depth > 0 && name === field) return prefix;
        if (child !== undefined && depth + 1 < maxDepth) next.push([child, path]);
      }
    }
    frontier = next;
  }
  return undefined;
}
