import type { MetadataRoute } from 'next';

export const dynamic = 'force-static';

/** The web app manifest: the lab can be installed and opened offline (see the service worker). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Kubernetes Security Lab',
    short_name: 'K8s Sec Lab',
    description: 'Learn Kubernetes security hands-on, checked live in your browser. Aprendé seguridad en Kubernetes.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#2156c9',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
