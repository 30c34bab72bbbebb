import { EmbedCheck } from '@/components/embed/EmbedCheck';

/** `/embed/`: made for iframes (the only page whose CSP allows framing: scripts/build/headers.mjs). */
export default function EmbedPage() {
  return <EmbedCheck />;
}
