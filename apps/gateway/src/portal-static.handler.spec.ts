import { join, resolve } from 'node:path';
import { contentTypeOf, isClientRoute, resolvePortalPath } from './portal-static.handler';

const root = resolve('/srv/portal');

describe('resolvePortalPath', () => {
  it('maps a URL path inside the portal folder', () => {
    expect(resolvePortalPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolvePortalPath(root, '/')).toBe(root);
  });

  it.each(['/../etc/passwd', '/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd', '/%00', '/%E0%A4%A'])(
    'refuses %s',
    (path) => {
      expect(resolvePortalPath(root, path)).toBeUndefined();
    },
  );
});

describe('isClientRoute', () => {
  it('treats paths without an extension as routes of the app', () => {
    expect(isClientRoute('/brest/members')).toBe(true);
    expect(isClientRoute('/')).toBe(true);
  });

  it('treats paths with an asset extension as files', () => {
    expect(isClientRoute('/assets/index-old.js')).toBe(false);
    expect(isClientRoute('/favicon.ico')).toBe(false);
  });
});

describe('contentTypeOf', () => {
  it('knows what Vite emits', () => {
    expect(contentTypeOf('a.js')).toContain('text/javascript');
    expect(contentTypeOf('a.css')).toContain('text/css');
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
