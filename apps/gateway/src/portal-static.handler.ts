import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside the portal folder, or undefined when the path would leave it
 * (`..`, encoded or not) or cannot be decoded.
 */
export function resolvePortalPath(portalDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const root = resolve(portalDir);
  const target = resolve(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  return target;
}

/**
 * Paths without an extension are client-side routes (`/brest/members`) and get the app's index.html; a missing
 * file with an extension (`/assets/old-hash.js`) is a real 404, because answering HTML to a script tag hides
 * the error.
 */
export function isClientRoute(urlPath: string): boolean {
  return extname(urlPath) === '' || extname(urlPath) === '.html';
}

export const PORTAL_NOT_BUILT_HTML = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Alliance</title></head>
<body>
<h1>Le portail n’est pas encore construit</h1>
<p>L’API GraphQL répond sur <a href="/graphql">/graphql</a>. Pour servir le portail ici, lancez <code>npm run build</code>
puis redémarrez la passerelle.</p>
</body>
</html>
`;

async function fileSize(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  size: number,
  cacheControl: string,
): void {
  res.writeHead(200, {
    'content-type': contentTypeOf(path),
    'content-length': size,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function sendText(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Serves the portal's static build, with the SPA fallback. Vite fingerprints everything under /assets. */
export function createPortalHandler(portalDir: string) {
  return async function handlePortal(
    req: IncomingMessage,
    res: ServerResponse,
    urlPath: string,
  ): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const indexPath = join(portalDir, 'index.html');
    const indexSize = await fileSize(indexPath);
    if (indexSize === undefined) {
      sendText(res, 200, 'text/html; charset=utf-8', PORTAL_NOT_BUILT_HTML);
      return;
    }
    const target = resolvePortalPath(portalDir, urlPath);
    if (target === undefined) {
      sendText(res, 400, 'text/plain; charset=utf-8', 'Chemin invalide.');
      return;
    }
    const size = await fileSize(target);
    if (size !== undefined) {
      const immutable = urlPath.startsWith('/assets/');
      sendFile(req, res, target, size, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return;
    }
    if (isClientRoute(urlPath)) {
      sendFile(req, res, indexPath, indexSize, 'no-cache');
      return;
    }
    sendText(res, 404, 'text/plain; charset=utf-8', 'Fichier introuvable.');
  };
}
