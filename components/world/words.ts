import type { Lang } from '@/lib/i18n/languages';
import type { Incident, IncidentInput } from './client';

function size(chars: number, lang: Lang): string {
  const format = (n: number) => n.toLocaleString(lang === 'es' ? 'es-AR' : 'en-US', { maximumFractionDigits: 1 });
  if (chars >= 1024 * 1024) return `${format(chars / 1024 / 1024)} MB`;
  if (chars >= 1024) return `${format(chars / 1024)} kB`;
  return lang === 'es' ? `${chars} caracteres` : `${chars} characters`;
}

const QUESTION_WORDS: Record<string, { en: string; es: string }> = {
  check: { en: 'checking the goals', es: 'la revisión de los objetivos' },
  summary: { en: 'reading the manifests', es: 'la lectura de los manifiestos' },
  traffic: { en: 'the traffic view', es: 'la vista de tráfico' },
  explainTraffic: { en: 'explaining a connection', es: 'la explicación de una conexión' },
  subjects: { en: 'the permission view', es: 'la vista de permisos' },
  permissions: { en: 'the permission matrix', es: 'la matriz de permisos' },
  whoCan: { en: 'who can', es: 'quién puede' },
  admission: { en: 'the admission view', es: 'la vista de admisión' },
  canI: { en: 'the can-i question', es: 'la pregunta can-i' },
};

/** The input that made the simulator work too long, in words. */
export function describeInput(input: IncidentInput, lang: Lang): string {
  if (input.kind === 'command') return lang === 'es' ? `el comando «${input.command.slice(0, 80)}»` : `the command “${input.command.slice(0, 80)}”`;
  if (input.kind === 'files') return input.files.map((f) => `${f.name} (${size(f.chars, lang)})`).join(', ');
  const words = QUESTION_WORDS[input.question];
  const on = input.files.length > 0 ? ` ${lang === 'es' ? 'sobre' : 'on'} ${input.files.map((f) => `${f.name} (${size(f.chars, lang)})`).join(', ')}` : '';
  return `${words ? words[lang] : input.question}${on}`;
}

/** What happened when a question ran past its budget, and what the page does next. */
export function describeIncident(incident: Incident, lang: Lang): string {
  const seconds = (incident.budgetMs / 1000).toLocaleString(lang === 'es' ? 'es-AR' : 'en-US');
  const input = describeInput(incident.input, lang);
  return lang === 'es'
    ? `Se cortó: el simulador estuvo más de ${seconds} s con ${input} y se reinició. Tu texto queda como está; el próximo cambio se revisa apenas vuelva.`
    : `Stopped: the simulator worked on ${input} for more than ${seconds} s and was restarted. Your text is kept; the next edit is checked as soon as it is back.`;
}
