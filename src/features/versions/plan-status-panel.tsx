// The overview's line on the plan's life cycle: which version it is (or "draft since approved
// version 1.2") and what review is due, with a link to the Versions step.
import { Link } from 'react-router';
import { planState } from '../../domain/document-control';
import { reviewStatus } from '../../domain/review-cadence';
import type { Workbook } from '../../domain/workbook';
import { useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { useSnapshot } from './data';
import { dueLines } from './review-panel';
import { stateText } from './state-text';

export function PlanStatusPanel({ workbook }: { workbook: Workbook }) {
  const t = useT();
  const snapshot = useSnapshot(workbook.id);
  if (!snapshot) return null;
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
