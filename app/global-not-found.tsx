import type { Metadata } from 'next';
import { inter } from './fonts';
import './globals.css';

// One 404 page for every unknown address (a static export has one 404.html; nginx and
// scripts/serve.mjs send it). It says what happened in both languages and leads back to the
// course map; an address under /es/ or /en/ shows only that language (the script runs before the
// first paint; without JavaScript both are shown).
export const metadata: Metadata = { title: 'Page not found · Página no encontrada', robots: { index: false } };

const pickLanguage = `(function(){var m=/^\\/(en|es)(\\/|$)/.exec(location.pathname);if(m){document.documentElement.lang=m[1];document.documentElement.setAttribute('data-only',m[1])}})();`;

export default function GlobalNotFound() {
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <script dangerouslySetInnerHTML={{ __html: pickLanguage }} />
        <main id="main" className="language-choice not-found" data-testid="not-found">
          <section lang="en" className="not-found-lang">
            <h1>Page not found</h1>
            <p>There is no page at this address. Every lesson, the playground and the workshop pages are on the course map.</p>
            <p>
              <a className="button" href="/en/">
                Go to the course map
              </a>
            </p>
          </section>
          <section lang="es" className="not-found-lang">
            <h1>No encontramos esta página</h1>
            <p>No hay ninguna página en esta dirección. Todas las lecciones, el playground y las páginas del taller están en el mapa del curso.</p>
            <p>
              <a className="button" href="/es/">
                Ir al mapa del curso
              </a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
