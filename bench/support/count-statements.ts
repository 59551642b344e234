/**
 * Counts the SQL statements one GraphQL operation costs the community subgraph, in a process of its own (the
 * bench process has loaded other contexts' GraphQL types, which a second schema in it would collide with).
 *
 *   count-statements.ts <token> <query> <variables as JSON>...   prints one count per set of variables
 */
import { DataSource } from 'typeorm';
import { loadConfig } from '@alliance/platform';
import { createCommunityApp } from '../../apps/community/src/community.app';

async function main(): Promise<void> {
  const [token, query, ...variableSets] = process.argv.slice(2);
  const app = await createCommunityApp(loadConfig());
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = app.getHttpServer().address() as { port: number };
    const logger = app.get(DataSource).logger;
    const counts: number[] = [];
    for (const variables of variableSets) {
      const original = logger.logQuery.bind(logger);
      let statements = 0;
      logger.logQuery = (sql, parameters, runner) => {
        if (/"?community"?\./.test(sql)) statements += 1;
        return original(sql, parameters, runner);
      };
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: JSON.parse(variables!) }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      } finally {
        logger.logQuery = original;
      }
      counts.push(statements);
    }
    process.stdout.write(`COUNTS ${JSON.stringify(counts)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
