/**
 * The portal's JavaScript weight: the first page's total (gzipped) against its 300 kB budget, and the
 * largest route chunks. Reads the Vite manifest of dist/apps/portal, building the portal first when it
 * is missing (or when BENCH_PORTAL_REBUILD=1).
 *
 * A = the JavaScript the first page (`/`) loads; B = the budget. A ratio below 1 is within budget.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchCase } from '../harness';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist/apps/portal');
const MANIFEST = join(DIST, '.vite/manifest.json');
export const FIRST_PAGE_BUDGET_KB = 300;
/** The route the first page shows: `/` renders the landing page. */
const FIRST_ROUTE = 'src/features/tenants/landing-page.tsx';
const LARGEST_SHOWN = 8;

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteBundle {
  /** Source of the route's lazy module, e.g. src/features/members/members-page.tsx. */
  route: string;
  /** Gzipped bytes the route adds to what the entry already loaded. */
  gzipBytes: number;
}

export interface PortalBundleReport {
  firstPageGzipBytes: number;
  firstPageFiles: string[];
  routes: RouteBundle[];
}

export function ensurePortalBuilt(): void {
  if (existsSync(MANIFEST) && process.env.BENCH_PORTAL_REBUILD !== '1') return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(ROOT, 'apps/portal/vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/** Every chunk key loaded with `key`: itself and its static imports, transitively. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

/** Measures the build described by `manifest`, whose files are under `distDir`. */
export function analysePortalBundles(manifest: Manifest, distDir: string): PortalBundleReport {
  const sizes = new Map<string, number>();
  const gzipped = (key: string) => {
    const file = manifest[key].file;
    if (!file.endsWith('.js')) return 0;
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(distDir, file))).length;
      sizes.set(file, size);
    }
    return size;
  };
  const sum = (keys: Iterable<string>) => [...keys].reduce((total, key) => total + gzipped(key), 0);

  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('The portal manifest has no entry chunk.');
  const entryClosure = closure(manifest, [entry]);
  const firstRoute = Object.keys(manifest).find(
    (key) => key.endsWith(FIRST_ROUTE) || manifest[key].src?.endsWith(FIRST_ROUTE),
  );
  const firstPage = closure(manifest, firstRoute ? [entry, firstRoute] : [entry]);

  const routes = Object.keys(manifest)
    .filter((key) => manifest[key].isDynamicEntry)
    .map((key) => {
      const added = [...closure(manifest, [key])].filter((chunk) => !entryClosure.has(chunk));
      return { route: manifest[key].src ?? key, gzipBytes: sum(added) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);

  return {
    firstPageGzipBytes: sum(firstPage),
    firstPageFiles: [...firstPage].map((key) => manifest[key].file).filter((file) => file.endsWith('.js')),
    routes,
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function readPortalBundles(): PortalBundleReport {
  ensurePortalBuilt();
  return analysePortalBundles(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest, DIST);
}

function reportLines(report: PortalBundleReport): string[] {
  const ratio = report.firstPageGzipBytes / 1024 / FIRST_PAGE_BUDGET_KB;
  return [
    `first page (/) JavaScript, gzipped: ${kb(report.firstPageGzipBytes)} of ${FIRST_PAGE_BUDGET_KB} kB budget ` +
      `(ratio ${ratio.toFixed(2)}${ratio <= 1 ? ', within budget' : ', OVER BUDGET'}) in ${report.firstPageFiles.length} files`,
    `largest route chunks (gzipped, beyond the entry):`,
    ...report.routes
      .slice(0, LARGEST_SHOWN)
      .map((route) => `  ${kb(route.gzipBytes).padStart(9)}  ${route.route}`),
  ];
}

/** The contract for harnesses that print lines: the case's name and its report. */
export async function portalBundles(): Promise<{ name: string; lines: string[] }> {
  return { name: 'portal-bundles', lines: reportLines(readPortalBundles()) };
}

/** The same report as a BenchCase of bench/harness.ts: A = first page JS, B = budget, ratio A/B. */
export const portalBundlesCase: BenchCase = {
  name: 'portal-bundles',
  summary: "the portal's first page JavaScript (gzipped) against its 300 kB budget",
  ratioName: 'first page/budget',
  metrics: [{ key: 'firstPageJs', label: 'first page JS', unit: 'kB' }],
  rounds: 1,
  async prepare() {
    const report = readPortalBundles();
    return {
      notes: reportLines(report),
      a: {
        label: 'first page (/) JS, gzipped',
        measure: async () => ({ firstPageJs: report.firstPageGzipBytes / 1024 }),
      },
      b: {
        label: `budget (${FIRST_PAGE_BUDGET_KB} kB)`,
        measure: async () => ({ firstPageJs: FIRST_PAGE_BUDGET_KB }),
      },
      teardown: async () => undefined,
    };
  },
};
