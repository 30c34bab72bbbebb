import { LANG_NAMES } from '@/lib/i18n/languages';

// Sends the visitor to /en/ or /es/ by browser language; the links stay visible as a choice
// (and are the whole page without JavaScript).
const redirect = `(function(){try{var ls=navigator.languages||[navigator.language||'en'];var c='en';for(var i=0;i<ls.length;i++){var l=(ls[i]||'').toLowerCase();if(l.indexOf('es')===0){c='es';break}if(l.indexOf('en')===0){c='en';break}}if(!/[?&]stay/.test(location.search))location.replace(c+'/')}catch(e){}})();`;

export default function LanguageChoice() {
  return (
    <main id="main" className="language-choice">
      <script dangerouslySetInnerHTML={{ __html: redirect }} />
      <h1>
        <span lang="en">Kubernetes Security Lab</span>
        <br />
        <span lang="es" className="muted">
          Laboratorio de Seguridad en Kubernetes
        </span>
      </h1>
      <p>
        <span lang="en">Choose your language</span> · <span lang="es">Elegí tu idioma</span>
      </p>
      <ul className="language-options">
        <li>
          <a href="en/" hrefLang="en" lang="en">
            {LANG_NAMES.en}
          </a>
        </li>
        <li>
          <a href="es/" hrefLang="es" lang="es">
            {LANG_NAMES.es}
          </a>
        </li>
      </ul>
    </main>
  );
}
