import * as migration_20261127_003037_initial from './20261127_003037_initial';

export const migrations = [
  {
    up: migration_20261127_003037_initial.up,
    down: migration_20261127_003037_initial.down,
    name: '20261127_003037_initial'
  },
];
