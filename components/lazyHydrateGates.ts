// The gates of LazyHydrate: one promise per block, opened when the block is wanted. React reads a
// promise's `status`/`value` (https://react.dev/reference/react/use): a gate marked fulfilled
// renders at once, without suspending again.

// React itself sets `status` to 'pending' while it waits, so whether a gate is open is kept apart.
type Gate = Promise<void> & { status?: string; value?: undefined; opened?: boolean };

const gates = new Map<string, Gate>();
/** Text typed into a block's textareas before React took the block over (React resets it). */
const earlyInput = new WeakMap<Element, string>();
const live = new Set<string>();
/** How to open each gate by hand (a click on its block). */
const openers = new Map<string, () => void>();
/** The control clicked in each block before it was live, to be clicked again once it is. */
const heldClicks = new Map<string, HTMLElement>();
const idleQueue: (() => void)[] = [];
let idleStarted = false;

/** How near the screen (CSS margin) a block starts hydrating, so it is live when it arrives. */
const NEAR = '600px 0px';
const WAKE_EVENTS = ['focusin', 'pointerover', 'pointerdown', 'touchstart'] as const;

/** The gate of block `id` (created and watched on first use). */
export function gateFor(id: string): Gate {
  const existing = gates.get(id);
  if (existing) return existing;
  let resolve!: () => void;
  const gate: Gate = new Promise<void>((r) => {
    resolve = r;
  });
  gates.set(id, gate);
  const open = () => {
    if (gate.opened) return;
    gate.opened = true;
    gate.status = 'fulfilled';
    gate.value = undefined;
    resolve();
  };
  openers.set(id, open);
  watch(id, gate, open);
  holdEarlyClicks();
  return gate;
}

/** Opens `open` when the element `id` is near the screen or touched; queues it for idle time. */
function watch(id: string, gate: Gate, open: () => void, frames = 0): void {
  const element = document.getElementById(id);
  if (!element) {
    // Rendered on the client (a navigation): the element exists once React commits.
    if (frames < 60) requestAnimationFrame(() => watch(id, gate, open, frames + 1));
    else open();
    return;
  }
  const stop: (() => void)[] = [];
  const wake = () => {
    for (const s of stop) s();
    open();
  };
  for (const type of WAKE_EVENTS) {
    element.addEventListener(type, wake, { capture: true, passive: true });
    stop.push(() => element.removeEventListener(type, wake, { capture: true }));
  }
  if (typeof IntersectionObserver !== 'undefined') {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) wake();
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    stop.push(() => observer.disconnect());
  }
  idleQueue.push(() => {
    if (!gate.opened) wake();
  });
  startIdle();
}

const idle = (callback: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 3000 });
  else setTimeout(callback, 200);
};

/**
 * After the page has loaded, the blocks nobody reached yet hydrate one per idle period (so a
 * learner who jumps by the table of contents or a test reading the page finds them live).
 */
function startIdle(): void {
  if (idleStarted) return;
  idleStarted = true;
  const next = () => {
    const open = idleQueue.shift();
    if (!open) {
      idleStarted = false;
      return;
    }
    open();
    setTimeout(() => idle(next), 100);
  };
  const begin = () => idle(next);
  if (document.readyState === 'complete') begin();
  else window.addEventListener('load', begin, { once: true });
}

/**
 * What the learner typed into `field` before its block hydrated (React resets a textarea to its
 * server text when it hydrates), once; the editor hands it on as an edit.
 */
export function takeEarlyInput(field: Element | null): string | undefined {
  if (!field) return undefined;
  const text = earlyInput.get(field);
  earlyInput.delete(field);
  return text;
}

/**
 * Called as block `id` starts hydrating: keeps what was typed into its textareas until now (even
 * before the page's JavaScript arrived), which React is about to reset to the server's text.
 */
export function keepEarlyInput(id: string): void {
  if (live.has(id)) return;
  for (const field of document.getElementById(id)?.querySelectorAll('textarea') ?? []) {
    if (field.value !== field.defaultValue) earlyInput.set(field, field.value);
  }
}

/** The block is live: its own handlers see every keystroke and click from now on. */
export function markHydrated(id: string): void {
  live.add(id);
  document.getElementById(id)?.setAttribute('data-hydrated', '');
  const held = heldClicks.get(id);
  heldClicks.delete(id);
  // In a task of its own, after React has run the block's effects: the click its handlers missed.
  if (held) setTimeout(() => held.isConnected && held.click(), 0);
}

/** What a click can act on (a textarea's caret needs no replay: typed text is kept apart). */
const CONTROLS = 'button, a[href], summary, label, input, select, [role="tab"], [role="button"]';
let holding = false;

/**
 * React does not deliver a click on a block that is still hydrating, or whose code has not
 * arrived: it tries to hydrate the block at once and, when it cannot, stops the event
 * (react-dom 19, ReactDOMEventListener.js `dispatchEvent`: `stopPropagation` while blocked).
 * So a click on a block that is not live yet is taken here, before React sees it (window,
 * capture phase), the block is woken, and the click is given again to the same control once
 * the block is live: never lost, never delivered twice.
 */
function holdEarlyClicks(): void {
  if (holding) return;
  holding = true;
  window.addEventListener(
    'click',
    (event) => {
      const control = event.target instanceof Element ? event.target.closest<HTMLElement>(CONTROLS) : null;
      const block = control?.closest('.lazy-hydrate');
      if (!control || !block || live.has(block.id) || !openers.has(block.id)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      heldClicks.set(block.id, control);
      openers.get(block.id)!();
    },
    { capture: true },
  );
}
