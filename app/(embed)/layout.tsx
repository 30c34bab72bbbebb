import type { ReactNode } from 'react';
import { inter } from '../fonts';
import '../globals.css';

export const metadata = { title: 'Kubernetes Security Lab · check', robots: { index: false } };

/** The embeddable check's own root: no header, footer or notices (it lives in someone else's page). */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="embed-body">{children}</body>
    </html>
  );
}
