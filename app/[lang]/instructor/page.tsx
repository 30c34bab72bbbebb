import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { InstructorRoster } from '@/components/workshop/InstructorRoster';
import { isLang, LANGS, type Lang } from '@/lib/i18n/languages';
import { tw } from '@/lib/i18n/workshop';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return isLang(lang) ? { title: tw(lang, 'instructorTitle'), description: tw(lang, 'instructorLead') } : {};
}

export default async function InstructorPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang: raw } = await params;
  const lang: Lang = isLang(raw) ? raw : 'en';
  return (
    <>
      <SiteHeader lang={lang} alternates={{ en: '/en/instructor/', es: '/es/instructor/' }} />
      <main id="main" className="page instructor-page">
        <h1>{tw(lang, 'instructorTitle')}</h1>
        <p className="lead">{tw(lang, 'instructorLead')}</p>
        <InstructorRoster lang={lang} />
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
