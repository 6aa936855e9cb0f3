// A role's name as the planner reads it: their own name, or the built-in kind's label when empty.
import type { ResponseRole } from '../../domain/response';
import type { T } from '../../i18n/use-i18n';

export const roleName = (t: T, role: Pick<ResponseRole, 'name' | 'kind'>) =>
  role.name.trim() || t(`response.kind.${role.kind}`);
