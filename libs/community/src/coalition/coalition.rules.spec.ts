import { DomainError } from '@alliance/platform';
import { checkStageMove, normalizePerimeterCode } from './coalition.rules';

function refusal(fn: () => void): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a coalition’s stages', () => {
  it('move forward one at a time, and close from any stage', () => {
    expect(() => checkStageMove('forming', 'explore')).not.toThrow();
    expect(() => checkStageMove('plan', 'committed')).not.toThrow();
    expect(() => checkStageMove('committed', 'active')).not.toThrow();
    expect(() => checkStageMove('forming', 'closed')).not.toThrow();
    expect(() => checkStageMove('active', 'closed')).not.toThrow();
  });

  it('never go back, naming both stages', () => {
    const error = refusal(() => checkStageMove('plan', 'explore'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe('stage');
    expect(error.message).toBe(
      'La coalition est à l’étape « Se positionner et planifier » : elle ne peut pas revenir à l’étape « Découvrir et explorer ».',
    );
  });

  it('skip none, naming the next one', () => {
    expect(refusal(() => checkStageMove('explore', 'plan')).message).toBe(
      'La coalition est à l’étape « Découvrir et explorer » : elle passe d’abord à l’étape « S’inspirer » avant « Se positionner et planifier ».',
    );
  });

  it('stay closed once closed, and refuse a move to the same stage', () => {
    expect(refusal(() => checkStageMove('closed', 'active')).message).toMatch(/close/);
    expect(refusal(() => checkStageMove('closed', 'closed')).message).toMatch(/close/);
    expect(refusal(() => checkStageMove('inspire', 'inspire')).message).toBe(
      'La coalition est déjà à l’étape « S’inspirer ».',
    );
  });
});

describe('a coalition’s perimeter code', () => {
  it('is a code of the territory’s configuration, trimmed', () => {
    expect(normalizePerimeterCode(' ECLAIRAGE ', 'theme')).toBe('ECLAIRAGE');
    expect(normalizePerimeterCode('zae-technopole', 'zone')).toBe('zae-technopole');
    expect(normalizePerimeterCode('9.2', 'sector')).toBe('9.2');
  });

  it('names the code and the kind of perimeter when refused', () => {
    const error = refusal(() => normalizePerimeterCode('Industrie navale', 'sector'));
    expect(error.field).toBe('perimeterCode');
    expect(error.message).toMatch(/^Le code de secteur « Industrie navale » n’est pas valide/);
    expect(refusal(() => normalizePerimeterCode('', 'theme')).message).toMatch(/code de thématique/);
    expect(refusal(() => normalizePerimeterCode('x'.repeat(41), 'zone')).message).toMatch(/code de zone/);
  });
});
