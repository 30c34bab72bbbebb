// The one CEL environment of the simulator: the variables of admission CEL and the Kubernetes
// extension libraries (https://kubernetes.io/docs/reference/using-api/cel/).
import { Environment } from '@marcbachmann/cel-js';
import { registerAuthz } from './extensions/authz';
import { registerTwoVarComprehensions } from './extensions/comprehensions';
import { registerFormat } from './extensions/format';
import { registerImage } from './extensions/image';
import { registerNet } from './extensions/ip';
import { registerSemver } from './extensions/semver';
import { registerLists } from './extensions/lists';
import { registerQuantity } from './extensions/quantity';
import { registerRegex } from './extensions/regexFunctions';
import { registerSets } from './extensions/sets';
import { registerStrings } from './extensions/strings';
import { registerUrls } from './extensions/urls';

/** Variables of ValidatingAdmissionPolicy / webhook matchCondition CEL, declared `dyn` (`authorizer` is typed: extensions/authz.ts). */
export const CEL_VARIABLES = ['object', 'oldObject', 'request', 'params', 'namespaceObject', 'variables'] as const;

let shared: Environment | null = null;

/** Builds (once) the environment: variables declared `dyn`, optional types on, homogeneous literals kept. */
export function celEnvironment(): Environment {
  if (shared) return shared;
  const env = new Environment({
    enableOptionalTypes: true,
    limits: { maxAstNodes: 5000, maxDepth: 100, maxListElements: 1000, maxMapEntries: 1000, maxCallArguments: 32 },
  });
  for (const name of CEL_VARIABLES) env.registerVariable(name, 'dyn');
  registerStrings(env);
  registerLists(env);
  registerSets(env);
  registerRegex(env);
  registerQuantity(env);
  registerUrls(env);
  registerNet(env);
  registerTwoVarComprehensions(env);
  registerFormat(env);
  registerAuthz(env);
  registerImage(env);
  registerSemver(env);
  shared = env;
  return env;
}
