/**
 * A value a parent may control (`prop` is defined) or leave to `state`, a
 * `[value, setValue]` pair such as useState's or useStoredState's. Setting updates
 * `state` only when uncontrolled and calls `onChange` with the plain value either way.
 */
export function useControllableState<T>(
  prop: T | undefined,
  state: readonly [T, (next: T) => void],
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const controlled = prop !== undefined;
  return [
    controlled ? prop : state[0],
    (next: T) => {
      if (!controlled) state[1](next);
      onChange?.(next);
    },
  ];
}
