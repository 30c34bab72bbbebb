import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { inter } from '../fonts';
import { SiteNotices } from '@/components/SiteNotices';
import { isLang, LANGS } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  return { title: { default: t(lang, 'siteTitle'), template: `%s · ${t(lang, 'siteTitle')}` }, description: t(lang, 'siteTagline') };
}

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <html lang={lang} className={inter.variable}>
      <body>
        {children}
        <SiteNotices lang={lang} />
      </body>
    </html>
  );
}
