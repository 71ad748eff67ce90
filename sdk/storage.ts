/**
 * Where a signed-in user's token is kept between page loads or runs. A client given a storage
 * and no explicit credential reads the token from it on every request, so every client sharing
 * the storage follows a sign-in or a sign-out.
 */
export interface TokenStorage {
  get(): string | null | Promise<string | null>;
  set(token: string): void | Promise<void>;
  clear(): void | Promise<void>;
}

/** Keeps the token in memory: for scripts, tests and servers. */
export function memoryStorage(initial: string | null = null): TokenStorage {
  let token = initial;
  return {
    get: () => token,
    set: (value) => {
      token = value;
    },
    clear: () => {
      token = null;
    },
  };
}

/**
 * Keeps the token in `localStorage` under `key`, so it survives reloads. Where there is no
 * localStorage (a server, a sandboxed frame), or it refuses (private mode), it acts as memory.
 */
export function browserStorage(key = 'tehostamo.token'): TokenStorage {
  const fallback = memoryStorage();
  const local = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    get: () => {
      try {
        return local()?.getItem(key) ?? fallback.get();
      } catch {
        return fallback.get();
      }
    },
    set: (token) => {
      try {
        const store = local();
        if (store) return store.setItem(key, token);
      } catch {
        // Quota or privacy mode: keep it for this page at least.
      }
      return fallback.set(token);
    },
    clear: () => {
      try {
        local()?.removeItem(key);
      } catch {
        // Nothing to do: the fallback is cleared below.
      }
      return fallback.clear();
    },
  };
}
