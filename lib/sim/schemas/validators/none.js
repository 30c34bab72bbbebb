// The browser's `#schema-validators` (lib/sim/package.json): no validator is loaded with the
// simulator. The page worker loads each kind's when a world holds that kind (schemaValidators.ts).
export const allValidators = {};
