import type { Lang } from '@/lib/i18n/languages';
import { tf, tv, type ViewMessageKey } from '@/lib/i18n/views';
import type { Danger, PermissionCell, ResourceRow } from '@/lib/sim';

const DANGER_KEYS: Record<Danger, ViewMessageKey> = {
  secrets: 'dangerSecrets',
  wildcard: 'dangerWildcard',
  escalate: 'dangerEscalate',
  bind: 'dangerBind',
  impersonate: 'dangerImpersonate',
  exec: 'dangerExec',
  privileged: 'dangerPrivileged',
};

/** Why a grant is dangerous, in words. */
export function describeDangers(dangers: readonly Danger[], lang: Lang): string {
  return dangers.map((d) => tv(lang, DANGER_KEYS[d])).join('; ');
}

/** Screen-reader text of a permission cell: "User alice: get secrets: allowed, dangerous: Secrets hold credentials". */
export function describePermissionCell(subject: string, row: ResourceRow, verb: string, cell: PermissionCell, lang: Lang): string {
  const decision = tv(lang, cell.allowed ? 'allowed' : 'denied');
  const base = tf(lang, 'permCell', { subject, verb, resource: row.label, decision });
  return cell.dangers.length > 0 ? `${base}, ${tv(lang, 'dangerous')}: ${describeDangers(cell.dangers, lang)}` : base;
}
