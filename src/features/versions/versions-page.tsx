// The Versions step: where the plan stands (a version, or a draft since one), publish, the list of
// versions with their approval, compare, approvers, distribution list and review cadence.
import { useId, type ReactNode } from 'react';
import { useOpenWorkbook } from '../../components/open-workbook';
import { planState } from '../../domain/document-control';
import { reviewStatus } from '../../domain/review-cadence';
import { useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { ApproversPanel } from './approvers-panel';
import { ComparePanel } from './compare-panel';
import { useSnapshot, useVersionsData } from './data';
import { DistributionPanel } from './distribution-panel';
import { PublishForm } from './publish-form';
import { ReviewPanel } from './review-panel';
import { stateText } from './state-text';
import { VersionList } from './version-list';
import './versions.css';

export default function VersionsPage() {
  const t = useT();
  const id = useId();
  const workbook = useOpenWorkbook();
  const data = useVersionsData(workbook.id);
  const snapshot = useSnapshot(workbook.id);
  if (!data || !snapshot) return <p className="loading">{t('common.loading')}</p>;
  const state = planState(snapshot);
  const review = reviewStatus(workbook, data.triggers, data.incidents, todayIso(), snapshot.exercises);
  const section = (key: string, title: string, body: ReactNode) => (
    <section className="page versions-section" aria-labelledby={`${id}-${key}`}>
      <h3 id={`${id}-${key}`}>{title}</h3>
      {body}
    </section>
  );
  return (
    <div className="versions-page">
      <section className="page" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t('versions.heading')}</h2>
        <p className="muted">{t('versions.intro')}</p>
        <p className="versions-state" data-testid="plan-state">
          <strong>{stateText(t, state)}</strong>
        </p>
        <PublishForm key={data.versions.length} workbookId={workbook.id} versions={data.versions} />
      </section>
      {section(
        'list',
        t('versions.list.heading'),
        <VersionList
          workbookId={workbook.id}
          workbookTitle={workbook.title}
          versions={data.versions}
          approvers={data.approvers}
        />,
      )}
      {section(
        'compare',
        t('versions.compare.heading'),
        <ComparePanel key={data.versions.length} versions={data.versions} current={snapshot} />,
      )}
      {section(
        'signers',
        t('versions.approvers.heading'),
        <ApproversPanel workbookId={workbook.id} approvers={data.approvers} />,
      )}
      {section(
        'distribution',
        t('versions.distribution.heading'),
        <DistributionPanel workbookId={workbook.id} entries={data.distribution} />,
      )}
      {section(
        'review',
        t('versions.review.heading'),
        <ReviewPanel workbook={workbook} status={review} triggers={data.triggers} />,
      )}
    </div>
  );
}
