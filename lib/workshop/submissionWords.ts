import type { Lang } from '../i18n/languages';
import type { SubmissionProblem, SubmissionProblemCode } from './readSubmission';

type Params = Record<string, string | number>;
type Words = Record<SubmissionProblemCode, (p: Params) => string>;

const n = (lang: Lang, value: string | number | undefined) =>
  typeof value === 'number' ? value.toLocaleString(lang === 'es' ? 'es-AR' : 'en-US') : String(value ?? '');

const en: Words = {
  'too-large': (p) => `the file is too large (${n('en', p.size)} characters; a submission has at most ${n('en', p.max)})`,
  'not-json': () => 'the file is not JSON (damaged, cut short, or not a submission)',
  'not-object': () => 'the file is JSON but not a submission object',
  'not-a-submission': () => 'this is not a submission of this lab (no "format": "k8s-lab-submission/1")',
  'newer-format': (p) => `the file uses format ${p.format}, newer than this lab reads: open it on a newer version of the lab`,
  missing: () => 'a required field is missing',
  'wrong-type': (p) => `wrong type (expected ${p.expected === 'object' ? 'an object' : 'text'})`,
  'too-long': (p) => `too long (${n('en', p.size)} characters; at most ${n('en', p.max)})`,
  'too-many': (p) => `too many entries (${n('en', p.count)}; at most ${n('en', p.max)})`,
  'bad-key': () => 'a name that is not allowed here (only letters, digits, ".", "_", "-" and "/"; never __proto__ or constructor)',
  'bad-date': () => 'not a date and time (ISO 8601, like 2026-12-07T10:30:00Z)',
  'bad-number': (p) => `not a whole number between 0 and ${n('en', p.max)}`,
  'took-too-long': () => 'reading the file took too long and was stopped',
  'link-too-long': () => 'the link is longer than any submission link',
  'link-not-ours': () => 'it is not a submission link, or it was cut short when copied',
  'link-too-large': () => 'the submission in the link is larger than a submission may be',
};

const es: Words = {
  'too-large': (p) => `el archivo es demasiado grande (${n('es', p.size)} caracteres; una entrega tiene como máximo ${n('es', p.max)})`,
  'not-json': () => 'el archivo no es JSON (está dañado, cortado o no es una entrega)',
  'not-object': () => 'el archivo es JSON pero no es un objeto de entrega',
  'not-a-submission': () => 'no es una entrega de este laboratorio (falta "format": "k8s-lab-submission/1")',
  'newer-format': (p) => `el archivo usa el formato ${p.format}, más nuevo del que lee este laboratorio: abrilo en una versión más nueva`,
  missing: () => 'falta un campo obligatorio',
  'wrong-type': (p) => `tipo equivocado (se esperaba ${p.expected === 'object' ? 'un objeto' : 'texto'})`,
  'too-long': (p) => `demasiado largo (${n('es', p.size)} caracteres; como máximo ${n('es', p.max)})`,
  'too-many': (p) => `demasiadas entradas (${n('es', p.count)}; como máximo ${n('es', p.max)})`,
  'bad-key': () => 'un nombre que no se permite acá (solo letras, dígitos, ".", "_", "-" y "/"; nunca __proto__ ni constructor)',
  'bad-date': () => 'no es una fecha y hora (ISO 8601, como 2026-12-07T10:30:00Z)',
  'bad-number': (p) => `no es un número entero entre 0 y ${n('es', p.max)}`,
  'took-too-long': () => 'leer el archivo tardó demasiado y se detuvo',
  'link-too-long': () => 'el link es más largo que cualquier link de entrega',
  'link-not-ours': () => 'no es un link de entrega, o se cortó al copiarlo',
  'link-too-large': () => 'la entrega que trae el link es más grande de lo que puede ser una entrega',
};

/** One problem in the reader's language, prefixed by where it is (`exercises["a/b"].files: too many entries`). */
export function describeSubmissionProblem(problem: SubmissionProblem, lang: Lang): string {
  const words = (lang === 'es' ? es : en)[problem.code](problem.params ?? {});
  return problem.path ? `${problem.path}: ${words}` : words;
}
