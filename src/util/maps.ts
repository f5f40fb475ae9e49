/** The value under a key, created (and stored) by `make` the first time: `entry(groups, key, () => []).push(x)`. */
export function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}
