/**
 * Keeps docker-compose.yml, infra/Dockerfile and infra/k8s in step with the code: every app has a
 * service, every environment variable the processes read is set somewhere, and the ports follow the
 * gateway's PORT + offset scheme (apps/gateway/src/subgraphs.ts). Docker cannot run on the development and
 * CI machines, so this test reads the files instead of starting the stack.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { SUBGRAPHS, urlVariable } from '../apps/gateway/src/subgraphs';

const ROOT = resolve(__dirname, '..');
const COMPOSE_FILE = 'docker-compose.yml';
const K8S_DIR = 'infra/k8s';

/** Apps that have a src/main.ts but no long-running service of their own. */
const NOT_A_SERVICE: Record<string, string> = {
  portal: 'a static build served by the gateway (dist/apps/portal)',
};
/** The app that runs once, before the others, as a one-shot service (a Job in Kubernetes). */
const ONE_SHOT_APP = 'migrate';

/**
 * Variables the processes read that are deliberately absent from docker-compose.yml. Each entry says why.
 * An entry must still be read somewhere (the test fails on a stale entry), and must not be in the file.
 */
const NOT_IN_COMPOSE: Record<string, string> = {
  // Test hooks: slow down mail sending and shorten BullMQ's lock, so that crash tests can kill a worker
  // mid-job.
  MAIL_DELAY_MS: 'test-only: delays every e-mail',
  WORKER_LOCK_MS: 'test-only: BullMQ lock duration',
  // Debugging switch, set by hand when needed (LOG_SQL=1 docker compose up).
  LOG_SQL: 'debugging: logs every SQL query',
  // Read by scripts/start.ts (`npm start`) only, which docker compose replaces.
  ALLIANCE_VERBOSE: 'npm start only: echoes every process output',
  SKIP_PORTAL_BUILD: 'npm start only: the image builds the portal',
  ALLIANCE_EMBEDDED_POSTGRES: 'npm start only: compose always runs its own PostgreSQL container',
  ALLIANCE_IN_PROCESS_JOBS: 'npm start only: compose always runs its own Redis container',
};

/** Where the processes read their environment. libs/testing is the test harness, not a process. */
function scannedSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.(spec|integration-spec|e2e-spec)\.tsx?$/.test(entry.name))
        files.push(path);
    }
  };
  for (const app of readdirSync(join(ROOT, 'apps'))) {
    // The portal runs in the browser and reads no process environment at run time.
    if (app !== 'portal') walk(join(ROOT, 'apps', app, 'src'));
  }
  for (const lib of readdirSync(join(ROOT, 'libs'))) {
    if (lib !== 'testing') walk(join(ROOT, 'libs', lib, 'src'));
  }
  files.push(join(ROOT, 'scripts', 'start.ts'));
  // Test tooling kept beside an app (it imports the test harness) is not a process either.
  return files.filter(
    (file) => existsSync(file) && !/from ['"]@alliance\/testing['"]/.test(readFileSync(file, 'utf8')),
  );
}

const ENV_PATTERNS = [
  // process.env.X, env.X, env?.X
  /\benv\??\.([A-Z][A-Z0-9_]*)\b/g,
  // process.env['X'], env["X"]
  /\benv\[\s*['"`]([A-Z][A-Z0-9_]*)['"`]\s*\]/g,
  // functions called with the environment and a name: readInt(env, 'PORT', 4000)
  /\(\s*(?:process\.)?env\s*,\s*['"`]([A-Z][A-Z0-9_]*)['"`]/g,
];

/** Every variable read in the scanned sources, with the files that read it. */
function variablesReadBySources(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (name: string, file: string) => {
    const files = found.get(name) ?? [];
    if (!files.includes(file)) files.push(file);
    found.set(name, files);
  };
  for (const file of scannedSources()) {
    const source = readFileSync(file, 'utf8');
    const rel = relative(ROOT, file);
    for (const pattern of ENV_PATTERNS) {
      for (const match of source.matchAll(pattern)) add(match[1]!, rel);
    }
    // const { A, B: b } = process.env
    for (const match of source.matchAll(/\{([^{}]*)\}\s*=\s*process\.env\b/g)) {
      for (const part of match[1]!.split(',')) {
        const name = part.split(':')[0]!.trim();
        if (/^[A-Z][A-Z0-9_]*$/.test(name)) add(name, rel);
      }
    }
  }
  // Read through a computed name (env[urlVariable(subgraph)]) by the gateway.
  for (const subgraph of SUBGRAPHS) add(urlVariable(subgraph), 'apps/gateway/src/subgraphs.ts');
  return found;
}

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target?: number; published?: number | string })[];
  expose?: (string | number)[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  restart?: string;
  healthcheck?: unknown;
}

function loadCompose(): Record<string, ComposeService> {
  const path = join(ROOT, COMPOSE_FILE);
  if (!existsSync(path)) throw new Error(`${COMPOSE_FILE} is missing at the repository root.`);
  // Compose resolves `<<` merge keys; so must we.
  const document = parse(readFileSync(path, 'utf8'), { merge: true }) as {
    services?: Record<string, ComposeService>;
  };
  if (!document?.services) throw new Error(`${COMPOSE_FILE} has no services.`);
  return document.services;
}

/** `${X:-default}` and `${X-default}` become the default, `${X}` becomes empty: the value with no overrides. */
function interpolate(value: string): string {
  return value.replace(
    /\$\{([A-Z_][A-Z0-9_]*)(?::?-([^}]*))?\}/g,
    (_match, _name: string, fallback?: string) => fallback ?? '',
  );
}

function environmentOf(service: ComposeService): Record<string, string> {
  const env: Record<string, string> = {};
  const raw = service.environment;
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      const [name, ...rest] = entry.split('=');
      env[name!] = interpolate(rest.join('='));
    }
  } else if (raw) {
    for (const [name, value] of Object.entries(raw))
      env[name] = interpolate(value === null ? '' : String(value));
  }
  return env;
}

function dependsOn(service: ComposeService): Record<string, string | undefined> {
  const raw = service.depends_on;
  if (!raw) return {};
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(raw).map(([name, options]) => [name, options?.condition]));
}

/** Published and container ports, from the short ("4000:4000", "127.0.0.1:4000:4000") or long syntax. */
function portMappings(service: ComposeService): { published?: number; target: number }[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object')
      return {
        published: port.published === undefined ? undefined : Number(port.published),
        target: Number(port.target),
      };
    const parts = interpolate(String(port))
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const target = Number(parts.pop());
    return { published: parts.length ? Number(parts.pop()) : undefined, target };
  });
}

function commandOf(service: ComposeService): string {
  return Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? '');
}

/** The app a service runs: APP in its environment, or an explicit apps/<name>/src/main.ts in its command. */
function appOf(service: ComposeService): string | undefined {
  const fromCommand = /apps\/([\w-]+)\/src\/main\.ts/.exec(commandOf(service))?.[1];
  return fromCommand ?? environmentOf(service).APP;
}

function appsWithMain(): string[] {
  return readdirSync(join(ROOT, 'apps'))
    .filter((name) => statSync(join(ROOT, 'apps', name)).isDirectory())
    .filter((name) => existsSync(join(ROOT, 'apps', name, 'src', 'main.ts')))
    .sort();
}

function fail(problems: string[], advice: string): void {
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n${advice}`);
}

describe('docker-compose.yml', () => {
  const services = loadCompose();
  const servicesByApp = new Map<string, string[]>();
  for (const [name, service] of Object.entries(services)) {
    const app = appOf(service);
    if (app) servicesByApp.set(app, [...(servicesByApp.get(app) ?? []), name]);
  }

  it('parses, with postgres and redis services that report their health', () => {
    for (const name of ['postgres', 'redis']) {
      expect(services[name]).toBeDefined();
      expect(services[name]!.healthcheck).toBeDefined();
    }
    expect(services.postgres!.image).toMatch(/^postgres:15/);
    expect(services.redis!.image).toMatch(/^redis:7/);
  });

  it('runs every app that has a src/main.ts, in a service of the same name', () => {
    const problems: string[] = [];
    for (const app of appsWithMain()) {
      if (NOT_A_SERVICE[app]) {
        if (servicesByApp.has(app))
          problems.push(
            `apps/${app} is ${NOT_A_SERVICE[app]}, yet service(s) ${servicesByApp.get(app)!.join(', ')} run it.`,
          );
        continue;
      }
      const service = services[app];
      if (!service)
        problems.push(`apps/${app}/src/main.ts exists but ${COMPOSE_FILE} has no "${app}" service.`);
      else if (appOf(service) !== app)
        problems.push(
          `service "${app}" must run apps/${app}/src/main.ts (set APP: ${app} in its environment); it runs ${appOf(service) ?? 'nothing Alliance knows'}.`,
        );
    }
    for (const [app, names] of servicesByApp) {
      if (!existsSync(join(ROOT, 'apps', app, 'src', 'main.ts')))
        problems.push(`service(s) ${names.join(', ')} run apps/${app}, which has no src/main.ts.`);
    }
    fail(
      problems,
      `Add the service to ${COMPOSE_FILE} (build from infra/Dockerfile, APP: <app>, the shared environment) and a Deployment to ${K8S_DIR}.`,
    );
  });

  it('runs migrate once with --seed, after postgres is healthy, and starts the other apps after it', () => {
    const migrate = services[ONE_SHOT_APP];
    expect(migrate).toBeDefined();
    expect(commandOf(migrate!)).toContain('--seed');
    expect(migrate!.restart ?? 'no').toBe('no');
    expect(migrate!.ports ?? []).toEqual([]);
    expect(dependsOn(migrate!).postgres).toBe('service_healthy');
    expect(environmentOf(migrate!).DATABASE_URL).toMatch(/^postgres(ql)?:\/\/[^@]+@postgres:5432\//);

    const problems: string[] = [];
    for (const app of appsWithMain()) {
      if (NOT_A_SERVICE[app] || app === ONE_SHOT_APP || !services[app]) continue;
      // Directly, or through a service that itself waits for migrate.
      const waits = (name: string, seen: Set<string>): boolean => {
        if (seen.has(name)) return false;
        seen.add(name);
        const deps = dependsOn(services[name] ?? {});
        if (deps[ONE_SHOT_APP] === 'service_completed_successfully') return true;
        return Object.keys(deps).some((dep) => waits(dep, seen));
      };
      if (!waits(app, new Set()))
        problems.push(
          `service "${app}" does not wait for "${ONE_SHOT_APP}" (depends_on: ${ONE_SHOT_APP}: condition: service_completed_successfully).`,
        );
    }
    fail(problems, 'The services must start on a migrated database.');
  });

  it('sets every environment variable the processes read, in at least one service', () => {
    const read = variablesReadBySources();
    const set = new Set(Object.values(services).flatMap((service) => Object.keys(environmentOf(service))));
    const missing = [...read.keys()]
      .filter((name) => !set.has(name) && !(name in NOT_IN_COMPOSE))
      .sort()
      .map(
        (name) => `${name} (read in ${read.get(name)!.join(', ')}) is set by no service in ${COMPOSE_FILE}.`,
      );
    fail(
      missing,
      `Add it to the services that need it (usually the x-env or x-runtime-env block), with a \${NAME:-default} if it is optional, or add it to NOT_IN_COMPOSE in ${relative(ROOT, __filename)} with the reason.`,
    );
  });

  it('keeps its list of deliberately absent variables accurate', () => {
    const read = variablesReadBySources();
    const set = new Set(Object.values(services).flatMap((service) => Object.keys(environmentOf(service))));
    const problems: string[] = [];
    for (const name of Object.keys(NOT_IN_COMPOSE)) {
      if (!read.has(name))
        problems.push(
          `${name} is listed in NOT_IN_COMPOSE but nothing reads it any more: remove it from the list.`,
        );
      if (set.has(name))
        problems.push(
          `${name} is listed in NOT_IN_COMPOSE but ${COMPOSE_FILE} sets it: remove it from one or the other.`,
        );
    }
    fail(problems, `See NOT_IN_COMPOSE in ${relative(ROOT, __filename)}.`);
  });

  it('publishes the gateway on PORT and puts every subgraph on PORT + its offset', () => {
    const gateway = services.gateway;
    expect(gateway).toBeDefined();
    const gatewayEnv = environmentOf(gateway!);
    const port = Number(gatewayEnv.PORT);
    expect(Number.isInteger(port) && port > 0).toBe(true);
    const problems: string[] = [];
    const mappings = portMappings(gateway!);
    if (!mappings.some((m) => m.target === port && m.published === port)) {
      problems.push(
        `service "gateway" must publish "${port}:${port}" (its PORT); it publishes ${JSON.stringify(gateway!.ports ?? [])}.`,
      );
    }
    if (gatewayEnv.HOST && gatewayEnv.HOST !== '0.0.0.0')
      problems.push(
        `service "gateway" must listen on every interface (HOST unset or 0.0.0.0), not ${gatewayEnv.HOST}.`,
      );

    for (const subgraph of SUBGRAPHS) {
      const expected = port + subgraph.offset;
      const service = services[subgraph.name];
      if (!service) {
        problems.push(
          `subgraph "${subgraph.name}" (apps/gateway/src/subgraphs.ts) has no service in ${COMPOSE_FILE}.`,
        );
        continue;
      }
      const env = environmentOf(service);
      if (Number(env.PORT) !== port)
        problems.push(
          `service "${subgraph.name}" must have PORT ${port}, like the gateway (it listens on PORT + ${subgraph.offset}); it has ${env.PORT ?? 'none'}.`,
        );
      const ownPort = env[`${subgraph.name.toUpperCase()}_PORT`];
      const listens = ownPort ? Number(ownPort) : Number(env.PORT) + subgraph.offset;
      if (listens !== expected)
        problems.push(
          `service "${subgraph.name}" listens on ${listens}; the scheme says ${port} + ${subgraph.offset} = ${expected}.`,
        );
      if (env.HOST !== '0.0.0.0')
        problems.push(
          `service "${subgraph.name}" must set HOST: 0.0.0.0 so that the gateway can reach it from its own container.`,
        );
      if (service.expose && !service.expose.map(Number).includes(expected))
        problems.push(`service "${subgraph.name}" exposes ${service.expose.join(', ')}, not ${expected}.`);
      for (const mapping of portMappings(service)) {
        if (mapping.target !== expected)
          problems.push(
            `service "${subgraph.name}" maps container port ${mapping.target}; it listens on ${expected}.`,
          );
      }

      const variable = urlVariable(subgraph);
      const url = gatewayEnv[variable];
      if (!url) {
        problems.push(
          `service "gateway" has no ${variable}: set it to http://${subgraph.name}:${expected}${subgraph.graphqlPath}.`,
        );
      } else {
        const parsed = new URL(url);
        if (parsed.hostname !== subgraph.name || Number(parsed.port) !== expected) {
          problems.push(
            `service "gateway" has ${variable}=${url}; expected http://${subgraph.name}:${expected}${subgraph.graphqlPath}.`,
          );
        }
      }
      if (!(subgraph.name in dependsOn(gateway!)))
        problems.push(`service "gateway" does not depend on "${subgraph.name}".`);
    }
    fail(
      problems,
      'The port scheme is in apps/gateway/src/subgraphs.ts: the gateway on PORT, each subgraph on PORT + offset.',
    );
  });

  it('builds from Dockerfiles that exist, and the image runs the app named by APP as a non-root user', () => {
    const problems: string[] = [];
    const dockerfiles = new Set<string>();
    for (const [name, service] of Object.entries(services)) {
      if (!service.build) continue;
      const context = typeof service.build === 'string' ? service.build : (service.build.context ?? '.');
      const dockerfile =
        typeof service.build === 'string' ? 'Dockerfile' : (service.build.dockerfile ?? 'Dockerfile');
      const path = join(ROOT, context, dockerfile);
      if (!existsSync(path))
        problems.push(`service "${name}" builds from ${relative(ROOT, path)}, which does not exist.`);
      else dockerfiles.add(path);
    }
    for (const app of appsWithMain()) {
      const service = services[app];
      if (service && !service.build && !service.image)
        problems.push(`service "${app}" has neither build nor image.`);
    }
    fail(problems, 'Every Alliance service builds from infra/Dockerfile.');

    expect([...dockerfiles].map((path) => relative(ROOT, path))).toEqual(['infra/Dockerfile']);
    const dockerfile = readFileSync(join(ROOT, 'infra/Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM \$\{NODE_IMAGE\}|^FROM node:20-bookworm-slim/m);
    expect(dockerfile).toContain('node:20-bookworm-slim');
    expect(dockerfile).toContain('npm ci');
    expect(dockerfile).toContain('apps/portal/vite.config.ts');
    expect(dockerfile).toContain('apps/${APP}/src/main.ts');
    expect(dockerfile).toMatch(/^USER (?!root\b)\S+/m);
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['node_modules', 'dist', '.data', 'test-results']) expect(ignored).toContain(entry);
  });
});

describe('infra/k8s', () => {
  interface K8sObject {
    kind?: string;
    metadata?: { name?: string };
    spec?: {
      ports?: { port?: number }[];
      template?: {
        spec?: {
          containers?: { env?: { name: string; value?: string }[]; ports?: { containerPort?: number }[] }[];
        };
      };
    };
  }
  const objects: K8sObject[] = readdirSync(join(ROOT, K8S_DIR))
    .filter((file) => /\.ya?ml$/.test(file))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(ROOT, K8S_DIR, file), 'utf8')).map((document) => {
        if (document.errors.length > 0) throw new Error(`${K8S_DIR}/${file}: ${document.errors[0]!.message}`);
        return document.toJS() as K8sObject;
      }),
    )
    .filter(Boolean);
  const find = (kind: string, name: string) =>
    objects.find((o) => o.kind === kind && o.metadata?.name === name);
  const appEnv = (o: K8sObject | undefined) =>
    o?.spec?.template?.spec?.containers?.[0]?.env?.find((e) => e.name === 'APP')?.value;

  it('has a Deployment per app, a Job for migrate, and Services on the PORT + offset scheme', () => {
    const problems: string[] = [];
    for (const app of appsWithMain()) {
      if (NOT_A_SERVICE[app]) continue;
      const kind = app === ONE_SHOT_APP ? 'Job' : 'Deployment';
      const object = find(kind, app);
      if (!object) problems.push(`apps/${app} has no ${kind} named "${app}" in ${K8S_DIR}.`);
      else if (appEnv(object) !== app) problems.push(`${kind} "${app}" must set APP=${app}.`);
    }
    const port = Number(
      (find('ConfigMap', 'alliance-config') as { data?: Record<string, string> } | undefined)?.data?.PORT,
    );
    if (!port) problems.push(`${K8S_DIR} needs a ConfigMap "alliance-config" with PORT.`);
    const gatewayService = find('Service', 'gateway');
    if (!gatewayService?.spec?.ports?.some((p) => p.port === port))
      problems.push(`${K8S_DIR} needs a Service "gateway" on port ${port}.`);
    for (const subgraph of SUBGRAPHS) {
      const expected = port + subgraph.offset;
      if (!find('Service', subgraph.name)?.spec?.ports?.some((p) => p.port === expected)) {
        problems.push(
          `${K8S_DIR} needs a Service "${subgraph.name}" on port ${expected} (PORT + ${subgraph.offset}).`,
        );
      }
      const url = find('Deployment', 'gateway')?.spec?.template?.spec?.containers?.[0]?.env?.find(
        (e) => e.name === urlVariable(subgraph),
      )?.value;
      if (!url || Number(new URL(url).port) !== expected)
        problems.push(
          `Deployment "gateway" must set ${urlVariable(subgraph)} to http://${subgraph.name}:${expected}${subgraph.graphqlPath}.`,
        );
    }
    fail(problems, `Keep ${K8S_DIR} in step with the apps (see infra/README.md).`);
  });
});
