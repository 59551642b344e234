import { existsSync, readFileSync } from 'node:fs';
import { composeFromRegistry } from './supergraph.composer';
import { SUPERGRAPH_PATH } from './subgraphs';

/** The first line that differs, so the failure says where the schemas diverge. */
function firstDifference(expected: string, actual: string): string {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  for (let line = 0; line < Math.max(expectedLines.length, actualLines.length); line++) {
    if (expectedLines[line] !== actualLines[line]) {
      return `line ${line + 1}:\n  committed: ${actualLines[line] ?? '(end of file)'}\n  composed:  ${expectedLines[line] ?? '(end of file)'}`;
    }
  }
  return 'no line differs';
}

describe('committed supergraph', () => {
  it('is the composition of the subgraphs as they are now', async () => {
    const composed = await composeFromRegistry();
    const committed = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
    if (composed !== committed) {
      throw new Error(
        'apps/gateway/supergraph.graphql is out of date with the subgraphs: run `npm run supergraph` and commit ' +
          `the result.\nFirst difference at ${firstDifference(composed, committed)}`,
      );
    }
  }, 120_000);
});
