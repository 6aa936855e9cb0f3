// Compare any two versions, or a version with the current workbook: what was added, removed and
// changed, per section, in the UI's language (the same words as the PDF's change log).
import { useId, useState } from 'react';
import { formatVersion, newestFirst, type PlanVersion } from '../../domain/plan-version';
import type { WorkbookSnapshot } from '../../domain/tables';
import { compareVersions } from '../../domain/version-compare';
import { parseVersion } from '../../domain/version-snapshot';
import { useT } from '../../i18n/use-i18n';

const CURRENT = 'current';

export function ComparePanel({ versions, current }: { versions: PlanVersion[]; current: WorkbookSnapshot }) {
  const t = useT();
  const id = useId();
  const ordered = newestFirst(versions);
  const [from, setFrom] = useState(ordered[1]?.id ?? ordered[0]?.id ?? '');
  const [to, setTo] = useState(ordered[1] ? (ordered[0]?.id ?? CURRENT) : CURRENT);
  if (ordered.length === 0) return <p className="muted">{t('versions.compare.needTwo')}</p>;
  const contentOf = (key: string) => {
    if (key === CURRENT) return current;
    const v = ordered.find((x) => x.id === key);
    return v ? parseVersion(v.snapshot) : null;
  };
  const before = contentOf(from);
  const after = contentOf(to);
  const changes = before && after ? compareVersions(before, after, t.language) : null;
  const options = [
    <option key={CURRENT} value={CURRENT}>
      {t('versions.compare.current')}
    </option>,
    ...ordered.map((v) => (
      <option key={v.id} value={v.id}>
        {formatVersion(v)}
      </option>
    )),
  ];
  return (
    <div className="versions-compare">
      <div className="versions-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('versions.compare.from')}</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('versions.compare.to')}</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
            {options}
          </select>
        </div>
      </div>
      <div data-testid="compare-result" aria-live="polite">
        {changes === null ? (
          <p className="field-error">{t('versions.errors.unreadable')}</p>
        ) : changes.length === 0 ? (
          <p>{t('versions.compare.none')}</p>
        ) : (
          changes.map((section) => (
            <section key={section.table} aria-label={section.title}>
              <h4>{section.title}</h4>
              <ul>
                {section.lines.map((line, i) => (
                  <li key={i} data-kind={line.kind}>
                    {line.text}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </div>
  );
}
