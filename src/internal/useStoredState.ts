'use client';
import { useState, useSyncExternalStore } from 'react';

/** Turns a value into the stored string and back; `parse` may throw or return undefined for garbage. */
export interface StoredStateCodec<T> {
  parse(raw: string): T | undefined;
  stringify(value: T): string;
}

/*
 * localStorage with a memory fallback. Private modes, sandboxed frames and blocked
 * cookies throw on `window.localStorage` itself, on getItem or on setItem (quota).
 * A key whose last write did not round-trip is served from memory until a write
 * succeeds, so the state keeps working for this page and nothing is ever thrown.
 */
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function read(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, raw: string): void {
  try {
    window.localStorage.setItem(key, raw);
    if (window.localStorage.getItem(key) !== raw) throw 0;
    memory.delete(key);
  } catch {
    memory.set(key, raw);
  }
  listeners.forEach((listener) => listener());
}

// Other tabs write through the `storage` event, so lists stay in step across tabs.
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

const serverSnapshot = () => null;

/**
 * `useState` kept in localStorage under `key` (or in component state when `key` is
 * null). The server and hydration render `initial`; the stored value follows right
 * after hydration, so the HTML always matches. Garbage in storage reads as `initial`.
 */
export function useStoredState<T>(key: string | null, initial: T, codec: StoredStateCodec<T>): [T, (next: T) => void] {
  const [local, setLocal] = useState(initial);
  const raw = useSyncExternalStore(subscribe, () => (key ? read(key) : null), serverSnapshot);
  let stored: T | undefined;
  try {
    stored = raw === null ? undefined : codec.parse(raw);
  } catch {
    // Garbage reads as nothing stored.
  }
  const set = (next: T) => (key ? write(key, codec.stringify(next)) : setLocal(next));
  return [key && stored !== undefined ? stored : local, set];
}
