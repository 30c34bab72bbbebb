import type { Finding } from './finding';
import { finding } from './finding';
import { NON_RESOURCE_VERBS, RESOURCE_GROUPS, RESOURCE_VERBS, pluralOf } from './rbacTables';
import { didYouMean } from '../support/didYouMean';
import { indexPath, isRecord, joinPath } from '../parse/paths';

/**
 * PolicyRule validation of Roles and ClusterRoles (pkg/apis/rbac/validation ValidatePolicyRule):
 * at least one verb; `nonResourceURLs` only in a ClusterRole and never with apiGroups,
 * resources or resourceNames; a resource rule needs apiGroups and resources. Plus warnings for
 * rules that are legal but can never match what the learner meant (RBAC compares strings
 * exactly: `Pods`, `apps/v1`, `pods/*` and `deployments` in the core group match nothing).
 */
export function validateRules(rules: unknown, kind: string): Finding[] {
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule, i) => (isRecord(rule) ? validateRule(rule, indexPath('rules', i), kind) : []));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function validateRule(rule: Record<string, unknown>, path: string, kind: string): Finding[] {
  const out: Finding[] = [];
  const verbs = strings(rule.verbs);
  const urls = strings(rule.nonResourceURLs);
  if (verbs.length === 0 && Array.isArray(rule.verbs)) {
    // A missing `verbs` is already a schema error (required field).
    out.push(
      finding(
        'error',
        'rbac-rule-no-verbs',
        joinPath(path, 'verbs'),
        'A rule needs at least one verb (`get`, `list`, ...).',
        'Una regla necesita al menos un verbo (`get`, `list`, ...).',
      ),
    );
  }
  if (urls.length > 0) return [...out, ...nonResourceRule(rule, path, kind), ...verbWarnings(verbs, path, NON_RESOURCE_VERBS)];
  if (!Array.isArray(rule.apiGroups) || rule.apiGroups.length === 0) {
    out.push(
      finding(
        'error',
        'rbac-rule-no-api-groups',
        Array.isArray(rule.apiGroups) ? joinPath(path, 'apiGroups') : path,
        'A resource rule needs `apiGroups`; for core resources (pods, secrets, ...) write `apiGroups: [""]`.',
        'Una regla de recursos necesita `apiGroups`; para los recursos del núcleo (pods, secrets, ...) escribí `apiGroups: [""]`.',
      ),
    );
  }
  if (strings(rule.resources).length === 0) {
    out.push(
      finding(
        'error',
        'rbac-rule-no-resources',
        Array.isArray(rule.resources) ? joinPath(path, 'resources') : path,
        'A resource rule needs at least one entry in `resources`.',
        'Una regla de recursos necesita al menos una entrada en `resources`.',
      ),
    );
  }
  return [
    ...out,
    ...verbWarnings(verbs, path, RESOURCE_VERBS),
    ...groupWarnings(rule, path),
    ...resourceWarnings(rule, path),
    ...resourceNameInfo(rule, verbs, path),
  ];
}

function nonResourceRule(rule: Record<string, unknown>, path: string, kind: string): Finding[] {
  const out: Finding[] = [];
  if (kind === 'Role') {
    out.push(
      finding(
        'error',
        'rbac-non-resource-in-role',
        joinPath(path, 'nonResourceURLs'),
        '`nonResourceURLs` are only allowed in a ClusterRole: URLs have no namespace.',
        '`nonResourceURLs` solo se permiten en un ClusterRole: las URLs no tienen namespace.',
      ),
    );
  }
  const mixed = ['apiGroups', 'resources', 'resourceNames'].filter((f) => strings(rule[f]).length > 0);
  if (mixed.length > 0) {
    out.push(
      finding(
        'error',
        'rbac-non-resource-mixed',
        joinPath(path, mixed[0]),
        `A rule with \`nonResourceURLs\` cannot also have ${mixed.map((f) => `\`${f}\``).join(', ')}: write two rules.`,
        `Una regla con \`nonResourceURLs\` no puede tener también ${mixed.map((f) => `\`${f}\``).join(', ')}: escribí dos reglas.`,
      ),
    );
  }
  return out;
}

function verbWarnings(verbs: string[], path: string, known: string[]): Finding[] {
  return verbs.flatMap((verb, j): Finding[] => {
    if (verb === '*' || known.includes(verb)) return [];
    const at = indexPath(joinPath(path, 'verbs'), j);
    const lower = verb.toLowerCase();
    const guess = known.includes(lower) ? lower : didYouMean(verb, known);
    if (guess === undefined) return [];
    return [
      finding(
        'warning',
        'rbac-unknown-verb',
        at,
        `\`${verb}\` matches no request: verbs are compared exactly. Did you mean \`${guess}\`?`,
        `\`${verb}\` no coincide con ningún pedido: los verbos se comparan exactamente. ¿Quisiste decir \`${guess}\`?`,
      ),
    ];
  });
}

function groupWarnings(rule: Record<string, unknown>, path: string): Finding[] {
  return strings(rule.apiGroups).flatMap((group, j): Finding[] => {
    const at = indexPath(joinPath(path, 'apiGroups'), j);
    if (group === 'core' || group === 'v1') {
      return [
        finding(
          'warning',
          'rbac-api-group-core',
          at,
          `The core API group is written \`""\`, not \`${group}\`.`,
          `El grupo núcleo de la API se escribe \`""\`, no \`${group}\`.`,
        ),
      ];
    }
    if (!group.includes('/')) return [];
    const bare = group.split('/')[0];
    return [
      finding(
        'warning',
        'rbac-api-group-with-version',
        at,
        `\`apiGroups\` takes the group without version: \`${bare}\`, not \`${group}\`.`,
        `\`apiGroups\` lleva el grupo sin versión: \`${bare}\`, no \`${group}\`.`,
      ),
    ];
  });
}

function resourceWarnings(rule: Record<string, unknown>, path: string): Finding[] {
  // Read groups as meant (`apps/v1` as `apps`, `core` as ""): groupWarnings already flags them.
  const groups = strings(rule.apiGroups).map((g) => (g === 'core' || g === 'v1' ? '' : g.split('/')[0]));
  return strings(rule.resources).flatMap((resource, j): Finding[] => {
    const at = indexPath(joinPath(path, 'resources'), j);
    const [base, sub] = resource.split('/', 2);
    if (sub === '*') {
      return [
        finding(
          'warning',
          'rbac-subresource-wildcard',
          at,
          `RBAC has no \`${base}/*\` wildcard: it only matches a subresource literally named \`*\`. List the subresources (\`${base}/log\`) or use \`*\`.`,
          `RBAC no tiene el comodín \`${base}/*\`: solo coincide con un subrecurso llamado literalmente \`*\`. Listá los subrecursos (\`${base}/log\`) o usá \`*\`.`,
        ),
      ];
    }
    const plural = pluralOf(base);
    if (plural !== undefined) {
      return [
        finding(
          'warning',
          'rbac-resource-name',
          at,
          `Resources are lowercase plurals: \`${plural}\`, not \`${base}\`.`,
          `Los recursos van en plural y minúsculas: \`${plural}\`, no \`${base}\`.`,
        ),
      ];
    }
    const homes = RESOURCE_GROUPS.get(base);
    if (homes === undefined || groups.length === 0 || groups.includes('*') || homes.some((g) => groups.includes(g))) return [];
    const where = homes.map((g) => `\`"${g}"\``).join(' or ');
    return [
      finding(
        'warning',
        'rbac-resource-wrong-group',
        at,
        `\`${base}\` are in the API group ${where}, which this rule's \`apiGroups\` do not list: the rule never matches them.`,
        `\`${base}\` están en el grupo de API ${where.replace(' or ', ' o ')}, que no figura en \`apiGroups\` de esta regla: nunca coincide con ellos.`,
      ),
    ];
  });
}

function resourceNameInfo(rule: Record<string, unknown>, verbs: string[], path: string): Finding[] {
  const nameless = verbs.filter((v) => v === 'create' || v === 'list' || v === 'watch' || v === 'deletecollection');
  if (strings(rule.resourceNames).length === 0 || nameless.length === 0) return [];
  return [
    finding(
      'info',
      'rbac-resource-names-nameless-verb',
      joinPath(path, 'resourceNames'),
      `With \`resourceNames\`, ${nameless.map((v) => `\`${v}\``).join(', ')} requests carry no name and do not match (list/watch only with a \`metadata.name\` field selector).`,
      `Con \`resourceNames\`, los pedidos ${nameless.map((v) => `\`${v}\``).join(', ')} no llevan nombre y no coinciden (list/watch solo con un field selector \`metadata.name\`).`,
    ),
  ];
}
