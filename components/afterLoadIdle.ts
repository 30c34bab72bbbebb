/**
 * Runs `run` once the page has loaded and the browser is then idle (at the latest `timeout` ms
 * later); returns a canceller. For work that must not compete with the first paint and hydration.
 */
export function afterLoadIdle(run: () => void, timeout = 2000): () => void {
  let handle: number | undefined;
  const idle = () => {
    handle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout }) : window.setTimeout(run, 200);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  return () => {
    window.removeEventListener('load', idle);
    if (handle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}

/** Runs `run` in a task of its own right after the page's load event; returns a canceller. */
export function afterLoad(run: () => void): () => void {
  let handle: number | undefined;
  const later = () => {
    handle = window.setTimeout(run, 0);
  };
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
  return () => {
    window.removeEventListener('load', later);
    if (handle !== undefined) window.clearTimeout(handle);
  };
}
