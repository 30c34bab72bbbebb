// Every fast-check property runs from one fixed seed, so CI is reproducible; a failure prints
// its seed and path as usual. PROPERTY_SEED=<n> explores other inputs or replays a failure.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.PROPERTY_SEED ?? 20261207) });
