import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { CourseMap } from '@/components/CourseMap';
import { ProgressTools } from '@/components/ProgressTools';
import { ExportSubmission } from '@/components/workshop/ExportSubmission';
import { currentCourseVersion } from '@/lib/content/courseVersion';
import { SimulatedVersion } from '@/components/SimulatedVersion';
import { getCourse, SIMULATED_VERSION } from '@/lib/content';
import { t } from '@/lib/i18n/dictionary';
import { isLang, type Lang } from '@/lib/i18n/languages';

export default async function CoursePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang: raw } = await params;
  const lang: Lang = isLang(raw) ? raw : 'en';
  return (
    <>
      <SiteHeader lang={lang} alternates={{ en: '/en/', es: '/es/' }} />
      <main id="main" className="page course-page">
        <section className="hero">
          <h1>{t(lang, 'siteTitle')}</h1>
          <p className="lead">{t(lang, 'siteTagline')}</p>
          <SimulatedVersion lang={lang} version={SIMULATED_VERSION} />
        </section>
        <h2 className="visually-hidden">{t(lang, 'courseMap')}</h2>
        <CourseMap lang={lang} course={getCourse()} />
        <ProgressTools lang={lang} />
        <ExportSubmission lang={lang} courseVersion={currentCourseVersion()} />
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
