import type { Lang } from './languages';

/** Every UI string, in every language. Adding a key to `en` without `es` is a type error. */
const en = {
  siteTitle: 'Kubernetes Security Lab',
  siteTagline: 'Learn Kubernetes security hands-on: RBAC, hardening and networking, checked live in your browser.',
  skipToContent: 'Skip to content',
  courseMap: 'Course map',
  language: 'Language',
  chooseLanguage: 'Choose your language',
  minutes: 'min',
  minutesLong: 'minutes',
  comingSoon: 'Coming soon',
  lessons: 'lessons',
  start: 'Start',
  contents: 'On this page',
  objectives: 'What you will learn',
  previous: 'Previous',
  next: 'Next',
  hint: 'Hint',
  warning: 'Watch out',
  solution: 'Solution',
  exercise: 'Exercise',
  demo: 'Demo',
  readInOther: 'Leer en español',
  footer: 'An open-source lab. Everything runs in your browser: no cluster, no account, nothing sent anywhere.',
  track: 'Track',
  breadcrumbs: 'Breadcrumbs',
  lessonNav: 'Lesson navigation',
  home: 'Home',
} as const;

type Dictionary = { [K in keyof typeof en]: string };

const es: Dictionary = {
  siteTitle: 'Laboratorio de Seguridad en Kubernetes',
  siteTagline: 'Aprendé seguridad en Kubernetes haciendo: RBAC, hardening y networking, verificado en vivo en tu navegador.',
  skipToContent: 'Saltar al contenido',
  courseMap: 'Mapa del curso',
  language: 'Idioma',
  chooseLanguage: 'Elegí tu idioma',
  minutes: 'min',
  minutesLong: 'minutos',
  comingSoon: 'Próximamente',
  lessons: 'lecciones',
  start: 'Empezar',
  contents: 'En esta página',
  objectives: 'Qué vas a aprender',
  previous: 'Anterior',
  next: 'Siguiente',
  hint: 'Pista',
  warning: 'Ojo',
  solution: 'Solución',
  exercise: 'Ejercicio',
  demo: 'Demo',
  readInOther: 'Read in English',
  footer: 'Un laboratorio de código abierto. Todo corre en tu navegador: sin cluster, sin cuenta, nada se envía a ningún lado.',
  track: 'Módulo',
  breadcrumbs: 'Migas de pan',
  lessonNav: 'Navegación entre lecciones',
  home: 'Inicio',
};

export type MessageKey = keyof typeof en;
const dictionaries: Record<Lang, Dictionary> = { en, es };

/** Translate a UI string. */
export function t(lang: Lang, key: MessageKey): string {
  return dictionaries[lang][key];
}
