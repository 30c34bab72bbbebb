import localFont from 'next/font/local';

// Inter (OFL-1.1), latin subset (covers Spanish: U+0000-00FF), copied from @fontsource-variable/inter
// and served from our own origin: no request leaves the site.
export const inter = localFont({
  src: [{ path: './inter-latin-wght-normal.woff2', weight: '100 900', style: 'normal' }],
  // The CSS is inline, so the first paint can come before the font: with `swap` the late font
  // re-laid out the page (Lighthouse: layout shift 0.14 on a lesson). `optional`: the font is used
  // if it is there for the first paint (it is preloaded, and cached after the first visit).
  display: 'optional',
  variable: '--font-inter',
  fallback: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
});
