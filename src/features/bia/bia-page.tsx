// The business impact analysis step: the process list and editor (?process=<id>), resources and
// their alternatives, dependencies, the roll-up flags and the what-if timeline.
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { graphFromRecords } from '../../domain/bia-scenario';
import { useT } from '../../i18n/use-i18n';
import { csvBlob } from '../../lib/csv';
import { todayIso } from '../../lib/dates';
import { downloadBlob } from '../../lib/download';
import { impactGridCsv } from './impact-grid-csv';
import { processesCsv } from './processes-csv';
import { ProcessesImport } from './processes-import';
import { AddByName } from './add-by-name';
import { addProcess, useBia } from './data';
import { DependenciesSection, namesOf } from './dependencies-section';
import { FlagsSection } from './flags-section';
import { ProcessEditor } from './process-editor';
import { ResourcesSection } from './resources-section';
import { WhatIf } from './what-if';
import { WorkbookCurrency } from './workbook-currency';
import './bia.css';

export default function BiaPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const [params] = useSearchParams();
  const data = useBia(workbook.id);
  // One graph per loaded data, so the worker is asked again only when the records change.
  const graph = useMemo(() => (data ? graphFromRecords(data) : null), [data]);
  if (!data || !graph) return <p className="loading">{t('common.loading')}</p>;
  const selected = data.processes.find((p) => p.id === params.get('process'));
  const names = namesOf(data);
  return (
    <div className="bia">
      <section className="page" aria-labelledby="bia-heading">
        <h2 id="bia-heading">{t('bia.heading')}</h2>
        <p>{t('bia.intro')}</p>
        <WorkbookCurrency workbookId={workbook.id} currency={workbook.currency} />
        <h3>{t('bia.processes')}</h3>
        {data.processes.length === 0 ? (
          <p className="muted">{t('bia.processesEmpty')}</p>
        ) : (
          <ul className="bia-process-list">
            {data.processes.map((p) => (
              <li key={p.id}>
                <Link
                  to={`?process=${p.id}`}
                  aria-current={p.id === selected?.id ? 'true' : undefined}
                  aria-label={t('bia.editProcess', { name: p.name })}
                >
                  {p.name}
                </Link>{' '}
                <span className="muted">{t('bia.tierShort', { tier: p.tier })}</span>
              </li>
            ))}
          </ul>
        )}
        {data.processes.length > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadBlob(
                csvBlob(processesCsv(t, data.processes, data.contacts)),
                `${t('bia.csvFileName')}-${todayIso()}.csv`,
              )
            }
          >
            {t('bia.exportCsv')}
          </button>
        )}
        {data.processes.length > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadBlob(
                csvBlob(impactGridCsv(t, data.processes)),
                `${t('bia.gridCsvFileName')}-${todayIso()}.csv`,
              )
            }
          >
            {t('bia.exportGridCsv')}
          </button>
        )}
        <AddByName
          label={t('bia.newProcessName')}
          button={t('bia.addProcess')}
          add={(name) => addProcess(workbook.id, name, workbook.currency)}
        />
        <ProcessesImport workbookId={workbook.id} contacts={data.contacts} currency={workbook.currency} />
      </section>
      {selected && (
        <ProcessEditor
          key={selected.id}
          process={selected}
          contacts={data.contacts}
          sites={data.resources.filter((r) => r.kind === 'location')}
        />
      )}
      <ResourcesSection workbookId={workbook.id} data={data} />
      <DependenciesSection workbookId={workbook.id} data={data} />
      <FlagsSection graph={graph} names={names} />
      <WhatIf workbookId={workbook.id} data={data} graph={graph} names={names} />
    </div>
  );
}
