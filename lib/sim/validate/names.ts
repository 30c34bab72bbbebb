import { msg, type Message } from '../messages';

/**
 * Name and label syntax of Kubernetes, as in k8s.io/apimachinery/pkg/util/validation
 * (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label, IsQualifiedName, IsValidLabelValue,
 * IsValidPortName) and apimachinery's ValidatePathSegmentName for RBAC names.
 */
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])*$/;

export type NameRule = 'dns1123-subdomain' | 'dns1123-label' | 'dns1035-label' | 'path-segment' | 'none';

/** Why `name` is not a valid name under `rule`, or null when it is. */
export function nameProblem(name: string, rule: NameRule): Message | null {
  if (rule === 'none') return null;
  if (rule === 'path-segment') {
    if (name === '.' || name === '..') return msg('validate.name.dotSegment', { name });
    if (/[/%]/.test(name)) return msg('validate.name.slashOrPercent', {});
    return null;
  }
  const [max, re] = rule === 'dns1123-subdomain' ? [253, SUBDOMAIN] : [63, rule === 'dns1035-label' ? DNS1035 : LABEL];
  if (name.length > max) return msg('validate.name.tooLong', { max });
  if (re.test(name)) return null;
  if (rule === 'dns1123-subdomain') return msg('validate.name.dns1123Subdomain', {});
  return rule === 'dns1035-label' ? msg('validate.name.dns1035Label', {}) : msg('validate.name.dns1123Label', {});
}

/** A nearby valid name to suggest (`Web_App` -> `web-app`), if one is easy to make. */
export function suggestName(name: string, rule: NameRule): string | undefined {
  const fixed = name
    .toLowerCase()
    .replace(/[_ ]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return fixed !== name && fixed !== '' && nameProblem(fixed, rule) === null ? fixed : undefined;
}

/** Why `key` is not a valid label (or annotation) key, or null. */
export function labelKeyProblem(key: string): Message | null {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : '';
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (slash >= 0 && (prefix === '' || prefix.length > 253 || !SUBDOMAIN.test(prefix))) return msg('validate.labelKey.prefix', {});
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) return msg('validate.labelKey.name', {});
  return null;
}

/** Why `value` is not a valid label value, or null. */
export function labelValueProblem(value: string): Message | null {
  if (value === '') return null;
  if (value.length <= 63 && QUALIFIED_NAME.test(value)) return null;
  return msg('validate.labelValue', {});
}

/** Why `name` is not a valid port name (IANA_SVC_NAME), or null. */
export function portNameProblem(name: string): Message | null {
  if (name.length > 15) return msg('validate.portName.tooLong', {});
  if (!IANA_SVC_NAME.test(name)) return msg('validate.portName.characters', {});
  if (name.includes('--')) return msg('validate.portName.doubleDash', {});
  if (!/[a-z]/.test(name)) return msg('validate.portName.noLetter', {});
  return null;
}
