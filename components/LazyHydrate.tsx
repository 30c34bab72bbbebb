'use client';
import { Suspense, use, useEffect, type ReactNode } from 'react';
import { gateFor, keepEarlyInput, markHydrated } from './lazyHydrateGates';

/**
 * Server-rendered HTML that React hydrates only when it is wanted: when the block comes near the
 * screen, when a pointer or the keyboard focus enters it, or (one block at a time) when the
 * browser is idle after the page loaded. Until then the block is the static HTML the server sent
 * (readable, and its links work), and its JavaScript (the exercise, the editor, the view) does
 * not run, so loading a long lesson does not hydrate every block at once.
 *
 * How: a client component that suspends during hydration keeps the server's HTML in place
 * (React's selective hydration, https://react.dev/reference/react/Suspense); the gate's
 * promise opens when the block is wanted and React hydrates that boundary alone, in short
 * slices. On a client-side navigation the block renders as soon as it is wanted too.
 */
export function LazyHydrate({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="lazy-hydrate">
      <Suspense fallback={null}>
        <Gate id={id}>{children}</Gate>
      </Suspense>
    </div>
  );
}

function Gate({ id, children }: { id: string; children: ReactNode }) {
  if (typeof window !== 'undefined') {
    use(gateFor(id) as Promise<void>);
    keepEarlyInput(id);
  }
  return (
    <>
      {children}
      <HydratedMark id={id} />
    </>
  );
}

/** Marks the block `data-hydrated` once it is live (browser tests and the bench wait for it). */
function HydratedMark({ id }: { id: string }) {
  useEffect(() => markHydrated(id), [id]);
  return null;
}
