import { readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
const opts = JSON.parse(process.argv[2] || '{}');
function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'description' && typeof v === 'string') || k.startsWith('x-kubernetes-')) continue;
    out[k] = strip(v);
  }
  return out;
}
const schema = strip(JSON.parse(readFileSync('lib/sim/schemas/kubernetes-subset.json', 'utf8')));
const kinds = [];
for (const [definition, def] of Object.entries(schema.definitions)) {
  const a = def.properties?.apiVersion?.enum, k = def.properties?.kind?.enum;
  if (a?.length === 1 && k?.length === 1) kinds.push({ definition, fn: definition.replace(/[^A-Za-z0-9]/g, '_') });
}
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, ...opts, code: { source: true, esm: true, optimize: true } });
ajv.addSchema(schema, 'k8s');
const code = standaloneCode(ajv, Object.fromEntries(kinds.map((k) => [k.fn, `k8s#/definitions/${k.definition}`])));
writeFileSync('/tmp/ws/gen.js', code);
console.log(JSON.stringify(opts), code.length, (code.match(/function validate\d+/g) || []).length, 'functions');
