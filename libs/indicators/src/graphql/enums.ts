import { registerEnumType } from '@nestjs/graphql';
import { ImportStatus } from '../import/indicator-import.entity';
import { Direction, ObjectiveKind, TrackStatus } from '../trajectory/trajectory';
import { ValueKind } from '../value/indicator-value.entity';

registerEnumType(ObjectiveKind, {
  name: 'ObjectiveKind',
  description: 'How an objective is expressed.',
  valuesMap: {
    ABSOLUTE: { description: 'A value to reach at a year (787 kteq CO2 in 2030).' },
    RELATIVE: { description: 'A change in % against a base year’s value (NOx −69 % from 2005).' },
    RATE: { description: 'A yearly rate of change in % from the base year.' },
    DIRECTION: { description: 'A direction only: up, down, or at least maintained.' },
  },
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'The way an indicator should go.',
  valuesMap: {
    UP: { description: 'Up (hausse).' },
    DOWN: { description: 'Down (baisse).' },
    MAINTAIN: { description: 'At least maintained (au moins maintien).' },
    NOT_UP: { description: 'Down or at least maintained (diminution ou au moins maintien).' },
  },
});
registerEnumType(TrackStatus, {
  name: 'TrackStatus',
  description: 'Whether the latest value keeps to the objective.',
  valuesMap: {
    ON_TRACK: { description: 'On the trajectory’s good side, or the trend goes the right way.' },
    OFF_TRACK: { description: 'Behind the trajectory, or the trend goes the wrong way.' },
    UNKNOWN: { description: 'Cannot be judged: the reason says what is missing.' },
  },
});
registerEnumType(ValueKind, {
  name: 'ValueKind',
  description: 'What a value is.',
  valuesMap: {
    OBSERVED: { description: 'Measured (réel).' },
    ESTIMATED: { description: 'Estimated (estimé).' },
    TARGET: { description: 'A target entered as a value (cible).' },
  },
});
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'Where an import of values stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for the worker.' },
    RUNNING: { description: 'Rows are being checked and written.' },
    SUCCEEDED: { description: 'Every row was written.' },
    FAILED: { description: 'Nothing was written: `errors` lists every faulty row.' },
  },
});
