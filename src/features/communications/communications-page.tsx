// The communications step: channels (readiness, cadence, provider and internal channels) and
// contacts (list and call tree), as two views of one URL (?view=contacts).
import { Link, useSearchParams } from 'react-router';
import { fallbackChannels } from '../../domain/communications-readiness';
import type { ProviderChannel } from '../../domain/communications';
import { useOpenWorkbook } from '../../components/open-workbook';
import { useT } from '../../i18n/use-i18n';
import { CadenceForm } from './cadence-form';
import { CallTreeView } from './call-tree-view';
import { ContactsSection } from './contacts-section';
import { useCommunications } from './data';
import { InternalChannels } from './internal-channels';
import { ProviderChannelCard } from './provider-channel-card';
import { ProviderCommitments } from './provider-commitments';
import { ReadinessSummary } from './readiness-summary';
import './communications.css';

const views = ['channels', 'contacts'] as const;

export default function CommunicationsPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const [params] = useSearchParams();
  const view = params.get('view') === 'contacts' ? 'contacts' : 'channels';
  const data = useCommunications(workbook.id);
  if (!data) return <p className="loading">{t('common.loading')}</p>;
  return (
    <div className="communications">
      <section className="page" aria-labelledby="comms-heading">
        <h2 id="comms-heading">{t('communications.heading')}</h2>
        <p>{t('communications.intro')}</p>
        <nav aria-label={t('communications.view.label')} className="communications-views">
          {views.map((v) => (
            <Link key={v} to={`?view=${v}`} aria-current={view === v ? 'page' : undefined}>
              {t(`communications.view.${v}`)}
            </Link>
          ))}
        </nav>
      </section>
      {view === 'channels' ? (
        <>
          <ReadinessSummary
            provider={data.provider}
            internal={data.internal}
            cadenceMinutes={workbook.providerCheckCadenceMinutes}
          />
          <CadenceForm key={workbook.id} workbook={workbook} />
          <ProviderCommitments />
          <section className="page" aria-labelledby="comms-provider-heading">
            <h2 id="comms-provider-heading">{t('communications.provider.heading')}</h2>
            <p>{t('communications.provider.intro')}</p>
            <FallbackOrder channels={data.provider} />
            <div className="communications-list">
              {data.provider.map((c) => (
                <ProviderChannelCard key={c.id} channel={c} />
              ))}
            </div>
          </section>
          <InternalChannels workbookId={workbook.id} channels={data.internal} />
        </>
      ) : (
        <>
          <CallTreeView contacts={data.contacts} />
          <ContactsSection workbookId={workbook.id} contacts={data.contacts} />
        </>
      )}
    </div>
  );
}

function FallbackOrder({ channels }: { channels: ProviderChannel[] }) {
  const t = useT();
  const list = fallbackChannels(channels);
  if (list.length === 0) return <p className="muted">{t('communications.provider.fallbackNone')}</p>;
  return (
    <div data-testid="fallback-order">
      <p>{t('communications.provider.fallbackList')}</p>
      <ol>
        {list.map((c) => (
          <li key={c.id}>
            {t(`communications.channel.${c.kind}.name`)}
            {c.watcher && <span className="muted"> · {c.watcher}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
