// The words for where a workbook stands: "Version 1.2: Approved", "Draft since approved version 1.2".
import type { PlanState } from '../../domain/document-control';
import { formatVersion } from '../../domain/plan-version';
import type { useT } from '../../i18n/use-i18n';

export function stateText(t: ReturnType<typeof useT>, state: PlanState): string {
  if (state.kind === 'unpublished') return t('versions.state.unpublished');
  if (state.kind === 'version') {
    return t('versions.state.version', {
      number: formatVersion(state.version),
      status: t(`versions.status.${state.version.status}`),
    });
  }
  return state.approved
    ? t('versions.state.draftSinceApproved', { number: formatVersion(state.approved) })
    : t('versions.state.draftSince', { number: formatVersion(state.latest) });
}
