import { domainsOf, type TreeNode } from './tree';

const node = (
  code: string,
  parentCode: string | null,
  isCriterion: boolean,
  organisationTypes: string[] = [],
) =>
  ({
    code,
    parentCode,
    depth: 0,
    title: code,
    guidance: null,
    isCriterion,
    organisationTypes,
    levels: [],
  }) as TreeNode;

describe('the domains of a referential, as an organisation answers them', () => {
  const nodes = [
    node('1', null, false),
    node('1.1', '1', true),
    node('1.2', '1', false),
    node('1.2.1', '1.2', true),
    node('2', null, false, ['ENTREPRISES']),
    node('2.1', '2', true),
    node('3', null, false),
    node('3.1', '3', true, ['ASSOCIATIONS']),
  ];

  it('gathers criteria at any depth under their top-level domain', () => {
    expect(domainsOf(nodes, 'ENTREPRISES').map((d) => [d.node.code, d.criteria.map((c) => c.code)])).toEqual([
      ['1', ['1.1', '1.2.1']],
      ['2', ['2.1']],
    ]);
  });

  it('leaves out what applies to other types of organisation, and domains left empty', () => {
    expect(domainsOf(nodes, 'ASSOCIATIONS').map((d) => d.node.code)).toEqual(['1', '3']);
  });
});
