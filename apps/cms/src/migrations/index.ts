import * as migration_20261127_003037_initial from './20261127_003037_initial';
import * as migration_20261127_034050_preview_and_review from './20261127_034050_preview_and_review';

export const migrations = [
  {
    up: migration_20261127_003037_initial.up,
    down: migration_20261127_003037_initial.down,
    name: '20261127_003037_initial',
  },
  {
    up: migration_20261127_034050_preview_and_review.up,
    down: migration_20261127_034050_preview_and_review.down,
    name: '20261127_034050_preview_and_review'
  },
];
