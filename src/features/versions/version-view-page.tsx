// One published version, read only: its content by section, every record field by field in the
// UI's language. Nothing here writes: it renders from the stored snapshot string.
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { formatVersion } from '../../domain/plan-version';
import type { WorkbookSnapshot } from '../../domain/tables';
import { describeRecord, sectionTitle } from '../../domain/version-compare';
import { parseVersion, versionTables } from '../../domain/version-snapshot';
import { useT } from '../../i18n/use-i18n';
import { useVersionsData } from './data';
import './versions.css';

export default function VersionViewPage() {
  const t = useT();
  const id = useId();
  const workbook = useOpenWorkbook();
  const { versionId } = useParams();
  const data = useVersionsData(workbook.id);
  if (!data) return <p className="loading">{t('common.loading')}</p>;
  const back = <Link to={`/w/${workbook.id}/versions`}>{t('versions.view.back')}</Link>;
  const version = data.versions.find((v) => v.id === versionId);
  if (!version) {
    return (
      <section className="page">
        <p>{t('versions.view.notFound')}</p>
        {back}
      </section>
    );
  }
  const content = parseVersion(version.snapshot);
  return (
    <section className="page versions-view" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t('versions.view.heading', {
          number: formatVersion(version),
          status: t(`versions.status.${version.status}`),
        })}
      </h2>
      <p className="muted">
        {version.publishedDate} · {t('versions.view.readOnly')}
      </p>
      <p className="versions-summary">{version.summary}</p>
      {back}
      {content ? (
        <Content content={content} />
      ) : (
        <p className="field-error">{t('versions.errors.unreadable')}</p>
      )}
    </section>
  );
}

/** The plan's own details come first, under their section title. */
const PLAN = 'workbooks' as const;

function Content({ content }: { content: WorkbookSnapshot }) {
  const t = useT();
  const lang = t.language;
  const plan = describeRecord(PLAN, content.workbook, lang, content);
  return (
    <div data-testid="version-content">
      <section aria-label={sectionTitle(PLAN, lang)}>
        <h3>{sectionTitle(PLAN, lang)}</h3>
        <Fields fields={plan.fields} />
      </section>
      {versionTables
        .filter((table) => content[table].length > 0)
        .map((table) => (
          <section key={table} aria-label={sectionTitle(table, lang)}>
            <h3>{sectionTitle(table, lang)}</h3>
            {(content[table] as Record<string, unknown>[]).map((row, i) => {
              const record = describeRecord(table, row, lang, content);
              return (
                <details key={typeof row.id === 'string' ? row.id : i} className="versions-record">
                  <summary>{record.name}</summary>
                  <Fields fields={record.fields} />
                </details>
              );
            })}
          </section>
        ))}
    </div>
  );
}

const Fields = ({ fields }: { fields: [string, string][] }) => (
  <dl className="versions-fields">
    {fields.map(([label, value], i) => (
      <div key={i}>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ))}
  </dl>
);
