import type { INestApplication } from '@nestjs/common';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { placeholderUrl, SUBGRAPHS, type SubgraphDefinition } from './subgraphs';

const execFileAsync = promisify(execFile);

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..');

export const SUPERGRAPH_HEADER =
  '# Composed from the subgraphs listed in apps/gateway/src/subgraphs.ts by `npm run supergraph`: do not edit.\n' +
  '# Subgraph URLs are placeholders; the gateway replaces them at start-up.\n\n';

export interface SubgraphSdl {
  name: string;
  sdl: string;
}

export async function fetchSubgraphSdl(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const text = await response.text();
  let body: { data?: { _service?: { sdl?: string } }; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(
      `${url} answered ${response.status} with something that is not JSON: ${text.slice(0, 200)}`,
    );
  }
  const sdl = body.data?._service?.sdl;
  if (!sdl) {
    throw new Error(`${url} did not return its SDL: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return sdl;
}

/** Composes a supergraph whose subgraph URLs are the registry's placeholders, so the result is stable. */
export function composeSupergraph(
  sdls: readonly SubgraphSdl[],
  subgraphs: readonly SubgraphDefinition[] = SUBGRAPHS,
): string {
  const services = [...sdls]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, sdl }) => {
      const definition = subgraphs.find((subgraph) => subgraph.name === name);
      if (!definition) throw new Error(`Subgraph "${name}" is not listed in apps/gateway/src/subgraphs.ts.`);
      return { name, url: placeholderUrl(definition), typeDefs: parse(sdl) };
    });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(
      `The subgraphs do not compose:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`,
    );
  }
  return SUPERGRAPH_HEADER + result.supergraphSdl.trimEnd() + '\n';
}

export function subgraphModulePath(subgraph: SubgraphDefinition): string {
  return resolve(REPOSITORY_ROOT, `${subgraph.module}.ts`);
}

/** Builds a registered subgraph's Nest app, lets it listen on a free port, and returns its GraphQL URL. */
export async function startRegisteredSubgraph(
  subgraph: SubgraphDefinition,
): Promise<{ url: string; close: () => Promise<void> }> {
  const modulePath = subgraphModulePath(subgraph);
  if (!existsSync(modulePath)) {
    throw new Error(
      `Subgraph "${subgraph.name}": ${modulePath} does not exist (see apps/gateway/src/subgraphs.ts).`,
    );
  }
  const loaded = require(modulePath) as Record<string, unknown>;
  const factory = loaded[subgraph.factory];
  if (typeof factory !== 'function') {
    throw new Error(
      `Subgraph "${subgraph.name}": ${subgraph.module} does not export a function ${subgraph.factory}.`,
    );
  }
  const app = (await (factory as () => Promise<INestApplication>)()) as INestApplication;
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${subgraph.graphqlPath}`, close: () => app.close() };
}

/**
 * Starts a registered subgraph in a process of its own (see serve-subgraph.ts for why), with the same
 * environment, hence the same database; `close` stops the process.
 */
export function startSubgraphInOwnProcess(
  subgraph: SubgraphDefinition,
  timeoutMs = 120_000,
): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', resolve(__dirname, 'serve-subgraph.ts'), subgraph.name],
    {
      cwd: REPOSITORY_ROOT,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const close = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((ready, fail) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => {
      void close();
      fail(
        new Error(
          `Subgraph "${subgraph.name}" did not start within ${timeoutMs} ms.\n${errors.slice(-2000)}`,
        ),
      );
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^READY (\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        ready({ url: match[1], close });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Subgraph "${subgraph.name}" exited with ${code}.\n${errors.slice(-2000)}`));
    });
  });
}

/**
 * Reads a registered subgraph's SDL from a process of its own (see print-subgraph-sdl.ts for why), started
 * with the same environment, hence the same database.
 */
export async function subgraphSdlInOwnProcess(subgraph: SubgraphDefinition): Promise<string> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ['-r', '@swc-node/register', resolve(__dirname, 'print-subgraph-sdl.ts'), subgraph.name],
    { cwd: REPOSITORY_ROOT, env: process.env, maxBuffer: 64 * 1024 * 1024 },
  );
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{"sdl"'));
  if (!line) throw new Error(`Subgraph "${subgraph.name}" printed no SDL.`);
  return (JSON.parse(line) as { sdl: string }).sdl;
}

/** Starts each registered subgraph, reads its SDL, and composes them. */
export async function composeFromRegistry(
  subgraphs: readonly SubgraphDefinition[] = SUBGRAPHS,
): Promise<string> {
  const sdls: SubgraphSdl[] = await Promise.all(
    subgraphs.map(async (subgraph) => ({
      name: subgraph.name,
      sdl: await subgraphSdlInOwnProcess(subgraph),
    })),
  );
  return composeSupergraph(sdls, subgraphs);
}
