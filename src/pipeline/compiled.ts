/**
 * Stages compile their rule data (regular expressions, sets) once per resources object,
 * not once per document: compiled(resource, build) caches build(resource) by identity.
 */
const cache = new WeakMap<object, Map<string, unknown>>();

export function compiled<R extends object, T>(resource: R, key: string, build: (r: R) => T): T {
  let byKey = cache.get(resource);
  if (!byKey) cache.set(resource, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, build(resource));
  return byKey.get(key) as T;
}
