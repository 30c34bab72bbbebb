import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { Playground } from '@/components/playground/Playground';
import { isLang, LANGS, type Lang } from '@/lib/i18n/languages';
import { tv } from '@/lib/i18n/views';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return isLang(lang) ? { title: tv(lang, 'pgTitle'), description: tv(lang, 'pgIntro') } : {};
}

export default async function PlaygroundPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang: raw } = await params;
  const lang: Lang = isLang(raw) ? raw : 'en';
  return (
    <>
      <SiteHeader lang={lang} alternates={{ en: '/en/playground/', es: '/es/playground/' }} />
      <main id="main" className="page playground-page">
        <h1>{tv(lang, 'pgTitle')}</h1>
        <Playground lang={lang} />
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
