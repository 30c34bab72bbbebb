/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // The pages' CSS (a few kB) comes inside the HTML: the first paint waits for no stylesheet request.
  // globalNotFound: one 404 page (app/global-not-found.tsx) for a site with a root layout per language.
  experimental: { inlineCss: true, globalNotFound: true },
  turbopack: {
    resolveAlias: {
      // monaco-yaml 5.5 imports a path that monaco-editor 0.57 no longer has (monaco-yaml #272).
      'monaco-editor/esm/vs/editor/editor.worker.js': 'monaco-editor/editor/editor.worker.js',
    },
  },
};

export default nextConfig;
