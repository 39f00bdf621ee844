const warned = new Set<string>();

/** True in development builds; bundlers replace `process.env.NODE_ENV` statically. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** Warns once per message, in development only. Never throws. */
export function warnOnce(message: string): void {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[wellread] ${message}`);
}
