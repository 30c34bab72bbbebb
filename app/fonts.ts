import localFont from 'next/font/local';

// Inter (OFL-1.1), latin subset (covers Spanish: U+0000-00FF), copied from @fontsource-variable/inter
// and served from our own origin: no request leaves the site.
export const inter = localFont({
  src: [{ path: './inter-latin-wght-normal.woff2', weight: '100 900', style: 'normal' }],
  display: 'swap',
  variable: '--font-inter',
  fallback: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
});
