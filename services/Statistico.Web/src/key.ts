// The API key arrives in the URL fragment (#key=...), which browsers never send to the server. It is kept in
// sessionStorage (gone when the tab closes) and removed from the address bar so it does not end up in history,
// bookmarks or screenshots.

const STORAGE_KEY = 'statistico.apiKey';

/** Splits a location.hash into the key it carries (if any) and the fragment that remains without it. */
export function keyFromHash(hash: string): { key: string | null; rest: string } {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { key: null, rest: '' };
  const params = new URLSearchParams(text);
  const raw = params.get('key');
  params.delete('key');
  const rest = params.toString();
  const key = raw?.trim() ? raw.trim() : null;
  return { key, rest: rest ? `#${rest}` : '' };
}

/** Takes the key from the fragment into storage and out of the address bar; answers the key known now. */
export function adoptKey(win: Window = window): string | null {
  const { key, rest } = keyFromHash(win.location.hash);
  if (key !== null) {
    win.sessionStorage.setItem(STORAGE_KEY, key);
  }
  if (win.location.hash.length > 0 && /(^#|&)key=/.test(win.location.hash)) {
    const url = win.location.pathname + win.location.search + rest;
    win.history.replaceState(win.history.state, '', url);
  }
  return storedKey(win);
}

export function storedKey(win: Window = window): string | null {
  return win.sessionStorage.getItem(STORAGE_KEY);
}

export function storeKey(key: string, win: Window = window): void {
  win.sessionStorage.setItem(STORAGE_KEY, key.trim());
}

export function forgetKey(win: Window = window): void {
  win.sessionStorage.removeItem(STORAGE_KEY);
}
