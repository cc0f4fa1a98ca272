import { describe, expect, it } from 'vitest';
import { adoptKey, keyFromHash, storedKey } from '../src/key';

describe('keyFromHash', () => {
  it('takes the key and leaves nothing behind', () => {
    expect(keyFromHash('#key=abc123')).toEqual({ key: 'abc123', rest: '' });
  });

  it('keeps other fragment parameters', () => {
    expect(keyFromHash('#tab=trades&key=abc&x=1')).toEqual({ key: 'abc', rest: '#tab=trades&x=1' });
  });

  it('decodes an encoded key', () => {
    expect(keyFromHash('#key=a%2Bb%3D%3D')).toEqual({ key: 'a+b==', rest: '' });
  });

  it('answers no key for an empty, absent or blank one', () => {
    expect(keyFromHash('')).toEqual({ key: null, rest: '' });
    expect(keyFromHash('#')).toEqual({ key: null, rest: '' });
    expect(keyFromHash('#section=x')).toEqual({ key: null, rest: '#section=x' });
    expect(keyFromHash('#key=')).toEqual({ key: null, rest: '' });
  });
});

/** A stand-in window with just the parts adoptKey uses. */
function fakeWindow(href: string) {
  const url = new URL(href);
  const store = new Map<string, string>();
  const replaced: string[] = [];
  const win = {
    location: { get hash() { return url.hash; }, pathname: url.pathname, search: url.search },
    sessionStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    },
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, to: string) => {
        replaced.push(to);
        url.hash = new URL(to, url).hash;
      },
    },
  };
  return { win: win as unknown as Window, replaced, url };
}

describe('adoptKey', () => {
  it('stores the key and removes it from the address bar', () => {
    const { win, replaced, url } = fakeWindow('http://localhost:5170/?v=1#key=secret');
    expect(adoptKey(win)).toBe('secret');
    expect(storedKey(win)).toBe('secret');
    expect(replaced).toEqual(['/?v=1']);
    expect(url.hash).toBe('');
  });

  it('keeps a stored key when the fragment has none and leaves the address alone', () => {
    const { win, replaced } = fakeWindow('http://localhost:5170/');
    win.sessionStorage.setItem('statistico.apiKey', 'kept');
    expect(adoptKey(win)).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('removes even an empty key parameter from the address bar', () => {
    const { win, replaced } = fakeWindow('http://localhost:5170/#key=');
    expect(adoptKey(win)).toBeNull();
    expect(replaced).toEqual(['/']);
  });
});
