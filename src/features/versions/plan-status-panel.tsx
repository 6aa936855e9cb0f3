// The overview's line on the plan's life cycle: which version it is (or "draft since approved
// version 1.2") and what review is due, with a link to the Versions step; and the same state, read
// only, in the workbook's details (where a Status field used to be typed in).
import { useId } from 'react';
import { Link } from 'react-router';
import { planState } from '../../domain/document-control';
import type { WorkbookSnapshot } from '../../domain/tables';
import { reviewStatus } from '../../domain/review-cadence';
import type { Workbook } from '../../domain/workbook';
import { useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { dueLines } from './review-panel';
import { stateText } from './state-text';

/** `snapshot`: the whole workbook, read once by the overview for all its panels. */
export function PlanStatusPanel({ workbook, snapshot }: { workbook: Workbook; snapshot: WorkbookSnapshot }) {
  const t = useT();
  const review = reviewStatus(
    workbook,
    snapshot.reviewTriggers,
    snapshot.incidents,
    todayIso(),
    snapshot.exercises,
  );
  return (
    <section
      className="page overview-plan-status"
      aria-labelledby="plan-status-heading"
      data-testid="plan-status"
    >
      <h2 id="plan-status-heading">{t('versions.overview.heading')}</h2>
      <p>
        <strong>{stateText(t, planState(snapshot))}</strong>
      </p>
      <ul>
        {dueLines(t, workbook, review).map((line) => (
          <li key={line.text} className={line.urgent ? 'versions-urgent' : undefined}>
            {line.text}
          </li>
        ))}
      </ul>
      <Link to={`/w/${workbook.id}/versions`}>{t('versions.overview.go')}</Link>
    </section>
  );
}

/** The details form's read-only plan status: the state comes from versions and sign-offs only. */
export function PlanStateField({ snapshot }: { snapshot: WorkbookSnapshot }) {
  const t = useT();
  const id = useId();
  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <span className="field-label" id={`${id}-label`}>
        {t('versions.details.state')}
      </span>
      <p data-testid="details-plan-state">
        <strong>{stateText(t, planState(snapshot))}</strong>{' '}
        <Link to={`/w/${snapshot.workbook.id}/versions`}>{t('versions.overview.go')}</Link>
      </p>
      <p className="field-hint" id={`${id}-hint`}>
        {t('versions.details.stateHint')}
      </p>
    </div>
  );
}
