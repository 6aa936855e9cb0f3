// The provider's own record on an imported incident: id, status, classification, feature, the
// impact as the provider put it, the timeline of its posts (as text, never markup) and the
// post-incident review document the planner attached.
import { useState } from 'react';
import type { Incident } from '../../domain/incident';
import { MAX_REPORT_BYTES, type ProviderRecord } from '../../domain/provider-health-record';
import { FieldShell } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { downloadBlob } from '../../lib/download';
import { reportUnexpected } from '../../lib/unexpected-error';
import { useFormat, useT } from '../../i18n/use-i18n';
import { setProviderReport } from './provider-import';
import { fileSize, providerLabel } from './provider-labels';
import { readReportFile, reportBlob } from './report-file';

export function ProviderDetails({ incident, provider }: { incident: Incident; provider: ProviderRecord }) {
  const t = useT();
  const fmt = useFormat();
  const notice = provider.kind === 'notice';
  const rows: [string, string][] = [
    [t('incidents.provider.id'), provider.id],
    [
      notice ? t('incidents.provider.severity') : t('incidents.provider.status'),
      providerLabel(t, notice ? 'severity' : 'status', provider.status),
    ],
    [
      notice ? t('incidents.provider.category') : t('incidents.provider.classification'),
      providerLabel(t, notice ? 'category' : 'classification', provider.classification),
    ],
  ];
  if (provider.feature)
    rows.push([
      t('incidents.provider.feature'),
      provider.featureGroup ? `${provider.feature} (${provider.featureGroup})` : provider.feature,
    ]);
  if (provider.impactDescription) rows.push([t('incidents.provider.impact'), provider.impactDescription]);
  if (provider.lastModifiedAt)
    rows.push([t('incidents.provider.lastModified'), fmt.dateTime(provider.lastModifiedAt)]);
  return (
    <section className="page" aria-labelledby="provider-heading" data-testid="provider-details">
      <h2 id="provider-heading">
        {t('incidents.provider.heading')}: {t(`incidents.provider.kind.${provider.kind}`)}
      </h2>
      <dl className="incidents-provider-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('incidents.provider.timeline')}</h3>
      {provider.posts.length === 0 ? (
        <p className="muted">{t('incidents.provider.noPosts')}</p>
      ) : (
        <ol className="incidents-provider-posts" data-testid="provider-posts">
          {provider.posts.map((post, i) => (
            <li key={i}>
              {post.at && <time dateTime={post.at}>{fmt.dateTime(post.at)}</time>}
              {/* Text node only: the provider's HTML was reduced to text on import. */}
              <p>{post.text}</p>
            </li>
          ))}
        </ol>
      )}
      {!notice && <ReportFile incident={incident} provider={provider} />}
    </section>
  );
}

function ReportFile({ incident, provider }: { incident: Incident; provider: ProviderRecord }) {
  const t = useT();
  const [invalid, setInvalid] = useState<string>();
  const save = useGuardedAction(setProviderReport);
  const report = provider.report;
  const limit = fileSize(MAX_REPORT_BYTES);
  const attach = async (file: File, input: HTMLInputElement) => {
    const read = await readReportFile(file);
    input.value = '';
    if (!read.ok)
      return setInvalid(
        read.reason === 'tooLarge'
          ? t('incidents.provider.reportTooLarge', { limit })
          : t('incidents.provider.reportEmpty'),
      );
    setInvalid(undefined);
    save.start(incident.id, read.report);
  };
  return (
    <div className="incidents-provider-report">
      <h3>{t('incidents.provider.report')}</h3>
      {report ? (
        <p>
          {t('incidents.provider.reportAttached', { name: report.name, size: fileSize(report.size) })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => downloadBlob(reportBlob(report), report.name)}
          >
            {t('incidents.provider.reportDownload', { name: report.name })}
          </button>{' '}
          <button
            type="button"
            className="link-button"
            disabled={save.busy}
            onClick={() => save.start(incident.id, null)}
          >
            {t('incidents.provider.reportRemove')}
          </button>
        </p>
      ) : (
        <p className="muted">{t('incidents.provider.reportNone')}</p>
      )}
      <FieldShell
        label={t('incidents.provider.report')}
        hint={t('incidents.provider.reportHint', { limit })}
        error={invalid ? { message: invalid } : undefined}
      >
        {({ id, describedBy, invalid: isInvalid }) => (
          <input
            id={id}
            type="file"
            data-testid="provider-report-file"
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            disabled={save.busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) attach(file, input).catch(reportUnexpected);
            }}
          />
        )}
      </FieldShell>
      <WriteError error={save.error} onRetry={save.retry} />
    </div>
  );
}
