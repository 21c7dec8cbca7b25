/**
 * A value made in a test hook (a server, a database) but named where the describe block is written:
 * `proxy` stands for the value and forwards every property read to it once `bind` has given it.
 */
export function lateBound<T extends object>(what: string) {
  let current: T | undefined;
  const value = () => {
    if (current === undefined) throw new Error(`the ${what} is not ready: use it inside a test or a hook`);
    return current;
  };
  return {
    bind(made: T) {
      current = made;
    },
    get value() {
      return value();
    },
    proxy: new Proxy({} as T, {
      get: (_, key) => Reflect.get(value(), key),
      has: (_, key) => Reflect.has(value(), key),
      // Spreading (`{ ...proxy }`) copies the value's own properties.
      ownKeys: () => Reflect.ownKeys(value()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(value(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    }),
  };
}
