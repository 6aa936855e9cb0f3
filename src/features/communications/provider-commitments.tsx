// What the provider promises about its incident communications (timely, targeted, highly
// available), shown beside the provider channels so the plan is built on known promises.
import { useT } from '../../i18n/use-i18n';

/** The three promises, in the order the provider states them (also printed in the plan PDF). */
const promises = ['timely', 'targeted', 'available'] as const;

export function ProviderCommitments() {
  const t = useT();
  return (
    <section className="page" aria-labelledby="comms-commitments-heading">
      <h2 id="comms-commitments-heading">{t('communications.commitments.heading')}</h2>
      <p>{t('communications.commitments.intro')}</p>
      <ul>
        {promises.map((p) => (
          <li key={p}>{t(`communications.commitments.${p}`)}</li>
        ))}
      </ul>
    </section>
  );
}
