/** A localStorage stand-in for Node: a quota in characters (as browsers count), or blocked access. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  used() {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }
  setItem(key: string, value: string) {
    const before = this.items.get(key);
    const size = this.used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
    if (size > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}

/** Install a storage (or a throwing getter, as when the browser blocks storage) for the next import. */
export function installStorage(storage: Storage | 'blocked'): void {
  Object.defineProperty(globalThis, 'window', { value: globalThis, configurable: true, writable: true });
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      if (storage === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
      return storage;
    },
  });
}
