// The export step: choose leadership summary or full plan, the sections and the PDF's language
// (independent of the UI's), then create the PDF in a Web Worker with progress and cancel.
import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { loadSnapshot } from '../../db/workbooks';
import { snapshotOfVersion } from '../../domain/document-control';
import { formatVersion } from '../../domain/plan-version';
import { languages, type Language, type MessageKey } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/use-i18n';
import { downloadBlob } from '../../lib/download';
import { todayIso } from '../../lib/dates';
import { planSections, summarySections, type PlanSection } from './document/options';
import { describeCharacter, unprintableCharacters } from './document/unprintable';
import { cardFileName, pdfFileName } from './file-name';
import { usePdfExport } from './use-pdf-export';
import './plan-export.css';

export default function PlanExportPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const uiLanguage = useLanguageStore((s) => s.language);
  const [summary, setSummary] = useState(true);
  const [sections, setSections] = useState<PlanSection[]>([...summarySections]);
  const [lang, setLang] = useState<Language>(uiLanguage);
  const onPdf = useCallback((pdf: Blob, fileName: string) => downloadBlob(pdf, fileName), []);
  const { state, start, cancel } = usePdfExport(onPdf);
  const running = state.status === 'running';
  // Named before export, so nothing prints as □ by surprise (kept live while the planner edits).
  // A read that fails here only loses the warning: the export itself reads again and says why.
  const unprintable = useLiveQuery(async () => {
    try {
      return unprintableCharacters(await loadSnapshot(workbook.id));
    } catch {
      return null;
    }
  }, [workbook.id]);

  const chooseKind = (isSummary: boolean) => {
    setSummary(isSummary);
    setSections(isSummary ? [...summarySections] : [...planSections]);
  };
  const toggle = (id: PlanSection, on: boolean) =>
    setSections((list) => planSections.filter((s) => (s === id ? on : list.includes(s))));

  // ?version=<id> (from the Versions step): the plan PDF of that published version, from its snapshot.
  const versionId = useSearchParams()[0].get('version');
  const version = useLiveQuery(
    async () =>
      versionId
        ? ((await loadSnapshot(workbook.id))?.planVersions.find((v) => v.id === versionId && !v.deletedAt) ??
          null)
        : null,
    [workbook.id, versionId],
  );
  const load = () =>
    loadSnapshot(workbook.id).then((s) => (s && version ? (snapshotOfVersion(s, version.id) ?? s) : s));

  const create = () => {
    const today = todayIso();
    start(
      load,
      { lang, summary, sections, today },
      pdfFileName(
        version ? `${workbook.title}-v${formatVersion(version)}` : workbook.title,
        today,
        summary,
        lang,
      ),
    );
  };

  /** The wallet or role cards, in the document language chosen above (not the plan's sections). */
  const createCards = (kind: 'walletCard' | 'roleCards') => {
    const today = todayIso();
    start(
      () => loadSnapshot(workbook.id),
      { lang, summary: false, sections: [], today },
      cardFileName(workbook.title, today, kind, lang),
      kind,
    );
  };

  return (
    <section className="page plan-export" aria-labelledby="plan-export-heading">
      <h2 id="plan-export-heading">{t('planExport.title')}</h2>
      <p className="plan-export-intro">{t('planExport.intro')}</p>
      {versionId && version !== undefined && (
        <p className="field-warning" role="status" data-testid="plan-export-version">
          {version
            ? t('versions.export.versionNotice', {
                number: formatVersion(version),
                date: version.publishedDate,
              })
            : t('versions.export.versionMissing')}
        </p>
      )}
      <form
        className="plan-export-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!running && sections.length > 0) create();
        }}
      >
        <fieldset className="plan-export-kind" disabled={running}>
          <legend>{t('planExport.kind')}</legend>
          {[true, false].map((isSummary) => (
            <label key={String(isSummary)} className="plan-export-choice">
              <input
                type="radio"
                name="plan-kind"
                checked={summary === isSummary}
                onChange={() => chooseKind(isSummary)}
              />
              <span>
                <strong>{t(isSummary ? 'planExport.kind.summary' : 'planExport.kind.full')}</strong>
                <span className="plan-export-hint">
                  {t(isSummary ? 'planExport.kind.summaryHint' : 'planExport.kind.fullHint')}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="plan-export-sections" disabled={running}>
          <legend>{t('planExport.sections')}</legend>
          {planSections.map((id) => (
            <label key={id} className="plan-export-check">
              <input
                type="checkbox"
                checked={sections.includes(id)}
                onChange={(e) => toggle(id, e.target.checked)}
              />
              {t(`planExport.section.${id}` as MessageKey)}
            </label>
          ))}
          {sections.length === 0 && (
            <p className="field-error" role="alert">
              {t('planExport.noSections')}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor="plan-export-lang">{t('planExport.docLanguage')}</label>
          <select
            id="plan-export-lang"
            value={lang}
            disabled={running}
            onChange={(e) => setLang(e.target.value as Language)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(l === 'ko' ? 'common.korean' : 'common.english')}
              </option>
            ))}
          </select>
        </div>
        {unprintable && unprintable.length > 0 && (
          <p className="field-warning" role="status" data-testid="plan-export-unprintable">
            {t('planExport.unprintable', { chars: unprintable.map(describeCharacter).join(', ') })}
          </p>
        )}
        <div className="plan-export-actions">
          <button type="submit" className="primary" disabled={running || sections.length === 0}>
            {t('planExport.create')}
          </button>
          {running && (
            <button type="button" onClick={cancel}>
              {t('planExport.cancel')}
            </button>
          )}
        </div>
        <div className="plan-export-cards" role="group" aria-labelledby="plan-export-cards-heading">
          <h3 id="plan-export-cards-heading">{t('cards.export.heading')}</h3>
          <p className="plan-export-hint">{t('cards.export.intro')}</p>
          <div className="plan-export-actions">
            <button type="button" disabled={running} onClick={() => createCards('walletCard')}>
              {t('cards.export.wallet')}
            </button>
            <button type="button" disabled={running} onClick={() => createCards('roleCards')}>
              {t('cards.export.roles')}
            </button>
          </div>
        </div>
      </form>
      <div className="plan-export-status" aria-live="polite">
        {running && (
          <>
            <progress aria-label={t('planExport.progressLabel')} />
            <p>
              {t('planExport.creating')} {t(`planExport.stage.${state.stage}`)}
            </p>
          </>
        )}
        {state.status === 'done' && (
          <p data-testid="plan-export-done">
            {t('planExport.done', { file: state.fileName, pages: state.pages })}
          </p>
        )}
        {state.status === 'cancelled' && <p>{t('planExport.cancelled')}</p>}
        {state.status === 'error' && (
          <p className="field-error" role="alert">
            {t('planExport.failed', { detail: state.message })}
          </p>
        )}
      </div>
    </section>
  );
}
