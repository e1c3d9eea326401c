// Lazily computed properties on plain objects: the first read computes the value and replaces the
// getter with an ordinary property, so later reads cost nothing and the object stays plain.

/** Defines `key` on `target` as computed by `compute` on first read. */
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
