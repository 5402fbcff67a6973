import * as migration_20261127_003037_initial from './20261127_003037_initial';
import * as migration_20261127_034050_preview_and_review from './20261127_034050_preview_and_review';
import * as migration_20261202_113827_initiatives from './20261202_113827_initiatives';
import * as migration_20261202_113834_move_current_efforts from './20261202_113834_move_current_efforts';
import * as migration_20261202_120257_change_notes from './20261202_120257_change_notes';
import * as migration_20261202_170339_translator_role from './20261202_170339_translator_role';
import * as migration_20261202_173623_translation_clock from './20261202_173623_translation_clock';
import * as migration_20261203_120000_search_indexes from './20261203_120000_search_indexes';
import * as migration_20261203_122929_created_by from './20261203_122929_created_by';
import * as migration_20261203_192218_media_storage_fields from './20261203_192218_media_storage_fields';

export const migrations = [
  {
    up: migration_20261127_003037_initial.up,
    down: migration_20261127_003037_initial.down,
    name: '20261127_003037_initial',
  },
  {
    up: migration_20261127_034050_preview_and_review.up,
    down: migration_20261127_034050_preview_and_review.down,
    name: '20261127_034050_preview_and_review',
  },
  {
    up: migration_20261202_113827_initiatives.up,
    down: migration_20261202_113827_initiatives.down,
    name: '20261202_113827_initiatives',
  },
  {
    up: migration_20261202_113834_move_current_efforts.up,
    down: migration_20261202_113834_move_current_efforts.down,
    name: '20261202_113834_move_current_efforts',
  },
  {
    up: migration_20261202_120257_change_notes.up,
    down: migration_20261202_120257_change_notes.down,
    name: '20261202_120257_change_notes',
  },
  {
    up: migration_20261202_170339_translator_role.up,
    down: migration_20261202_170339_translator_role.down,
    name: '20261202_170339_translator_role',
  },
  {
    up: migration_20261202_173623_translation_clock.up,
    down: migration_20261202_173623_translation_clock.down,
    name: '20261202_173623_translation_clock',
  },
  {
    up: migration_20261203_120000_search_indexes.up,
    down: migration_20261203_120000_search_indexes.down,
    name: '20261203_120000_search_indexes',
  },
  {
    up: migration_20261203_122929_created_by.up,
    down: migration_20261203_122929_created_by.down,
    name: '20261203_122929_created_by',
  },
  {
    up: migration_20261203_192218_media_storage_fields.up,
    down: migration_20261203_192218_media_storage_fields.down,
    name: '20261203_192218_media_storage_fields'
  },
];
