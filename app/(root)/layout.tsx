import type { ReactNode } from 'react';
import { inter } from '../fonts';
import { ServiceWorkerUpdate } from '@/components/ServiceWorkerUpdate';
import '../globals.css';

export const metadata = { title: 'Kubernetes Security Lab · Laboratorio de Seguridad en Kubernetes' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body>
        {children}
        <ServiceWorkerUpdate lang="en" />
      </body>
    </html>
  );
}
