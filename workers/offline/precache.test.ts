import { describe, expect, it } from 'vitest';
import { cacheName, routeRequest, staleCaches } from './precache.ts';

const SCOPE = 'http://127.0.0.1:4427/';
const FILES = new Set(['index.html', 'assets/app-1.js', 'sample/murmur-sample.csv', 'a b.txt']);
const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('routeRequest', () => {
  it('answers every navigation with the kept page, whatever the path or query', () => {
    expect(routeRequest(get(`${SCOPE}?x=1`, 'navigate'), SCOPE, FILES)).toEqual({
      kind: 'page',
      url: `${SCOPE}index.html`,
    });
    expect(routeRequest(get(`${SCOPE}somewhere/else`, 'navigate'), SCOPE, FILES).kind).toBe('page');
  });

  it('answers a kept file from the cache, without its query, and decodes its name', () => {
    expect(routeRequest(get(`${SCOPE}sample/murmur-sample.csv?v=2`), SCOPE, FILES)).toEqual({
      kind: 'file',
      url: `${SCOPE}sample/murmur-sample.csv`,
    });
    expect(routeRequest(get(`${SCOPE}a%20b.txt`), SCOPE, FILES).kind).toBe('file');
  });

  it('leaves unknown files, other origins, writes and sockets to the network', () => {
    expect(routeRequest(get(`${SCOPE}assets/gone.js`), SCOPE, FILES).kind).toBe('network');
    expect(routeRequest(get('https://example.com/index.html'), SCOPE, FILES).kind).toBe('network');
    expect(routeRequest(get('http://127.0.0.1:5173/index.html'), SCOPE, FILES).kind).toBe(
      'network',
    );
    expect(
      routeRequest({ url: `${SCOPE}index.html`, method: 'POST', mode: 'cors' }, SCOPE, FILES).kind,
    ).toBe('network');
  });

  it('keeps to a scope below the root', () => {
    const scope = 'https://example.org/murmur/';
    expect(routeRequest(get(`${scope}assets/app-1.js`), scope, FILES).kind).toBe('file');
    expect(routeRequest(get('https://example.org/assets/app-1.js'), scope, FILES).kind).toBe(
      'network',
    );
  });
});

describe('staleCaches', () => {
  it("deletes only earlier builds' caches, never this build's or another app's", () => {
    const names = [cacheName('old1'), cacheName('new'), 'someone-else', cacheName('old2')];
    expect(staleCaches(names, 'new')).toEqual([cacheName('old1'), cacheName('old2')]);
  });
});
