// All migrations, oldest first. Never edit or remove a shipped one.
import { migration001 } from './001-initial';
import { migration002 } from './002-bia';
import { migration003 } from './003-response';
import { migration004 } from './004-exercises-versions-resources';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004];
export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
