// The role cards: one A4 page per response role, to print and keep at home. Each says what the role
// is for, whether it may declare, its first-hour checklist (the role's first-hour steps from every
// procedure, in the order they fall due), who holds it with phones, availability and time zone,
// how to reach them without the provider's service, and whom to escalate to.
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { isContactStale } from '../../../../domain/call-tree';
import type { Contact } from '../../../../domain/communications';
import { responsePrint, type PrintRole } from '../../../../domain/response-print';
import type { WorkbookSnapshot } from '../../../../domain/tables';
import type { MessageKey } from '../../../../i18n';
import { Empty, H2, Paragraphs } from '../parts';
import { planData } from '../plan-data';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { controlOf, versionWords } from '../sections/document-control';
import { colours, lh, styles } from '../styles';
import { availabilityText, contactPhone, roleName, whenText } from './response-words';

const s = StyleSheet.create({
  kicker: { fontSize: 9, color: colours.muted, lineHeight: lh(12) },
  title: { fontSize: 22, fontWeight: 700, color: colours.accent, lineHeight: lh(28), marginBottom: 4 },
  check: { flexDirection: 'row', marginBottom: 4 },
  box: { width: 9, height: 9, borderWidth: 0.75, borderColor: colours.ink, marginTop: 2.5, marginRight: 8 },
  when: { width: 70, fontWeight: 700, lineHeight: lh(14) },
  what: { flex: 1 },
  contact: { marginBottom: 5 },
});

function ContactBlock({ c, kind, text, today }: { c: Contact; kind: string; text: PlanText; today: string }) {
  const details = [contactPhone(c), oneLine(c.email)].filter(Boolean).join(' · ');
  return (
    <View style={s.contact} wrap={false}>
      <Text style={styles.p}>
        <Text style={styles.bold}>{oneLine(c.name)}</Text>
        {` · ${kind}${c.role ? ` · ${oneLine(c.role)}` : ''}`}
      </Text>
      {details !== '' && <Text style={styles.p}>{details}</Text>}
      <Text style={styles.muted}>
        {availabilityText(c, text)}
        {isContactStale(c, today) ? ` · ${text.t('cards.stale')}` : ''}
      </Text>
    </View>
  );
}

type RolePageProps = { r: PrintRole; all: PrintRole[]; text: PlanText; today: string; footer: string };

function RolePage({ r, all, text, today, footer }: RolePageProps) {
  const { t } = text;
  const target = r.escalatesTo ? all.find((x) => x.role.id === r.escalatesTo!.id) : undefined;
  const targetName = target
    ? [
        roleName(target.role, text),
        target.primary
          ? `(${oneLine(target.primary.name)} ${contactPhone(target.primary)})`.replace(' )', ')')
          : '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  const from = all.filter((x) => x.escalatesTo?.id === r.role.id);
  const holders = [
    ...(r.primary ? [{ c: r.primary, kind: t('cards.role.primary') }] : []),
    ...r.alternates.map((c) => ({ c, kind: t('cards.role.alternate') })),
  ];
  return (
    <Page size="A4" style={styles.page}>
      <Text style={s.kicker}>{t('cards.role.kicker')}</Text>
      <Text style={s.title}>{roleName(r.role, text)}</Text>
      {r.role.mayDeclare && <Text style={[styles.p, styles.bold]}>{t('cards.role.declares')}</Text>}
      {r.flags.map((f) => (
        <Text key={f} style={styles.warn}>{`! ${t(`response.flags.${f}` as MessageKey)}`}</Text>
      ))}
      <H2>{t('cards.role.responsibilities')}</H2>
      <Paragraphs text={r.role.responsibilities} empty={t('cards.role.noResponsibilities')} />

      <H2>{t('cards.role.checklist')}</H2>
      {r.firstHour.length === 0 ? (
        <Empty>{t('cards.role.noChecklist')}</Empty>
      ) : (
        r.firstHour.map((step) => (
          <View key={step.step.id} style={s.check} wrap={false}>
            <View style={s.box} />
            <Text style={s.when}>{whenText(step.step.offsetMinutes, text)}</Text>
            <View style={s.what}>
              <Text style={styles.p}>{oneLine(step.step.action)}</Text>
              <Text style={styles.small}>
                {[oneLine(step.step.where), oneLine(step.step.how), oneLine(step.procedure.title)]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </View>
          </View>
        ))
      )}

      <H2>{t('cards.role.contacts')}</H2>
      {holders.length === 0 ? (
        <Empty>{t('cards.role.noContacts')}</Empty>
      ) : (
        holders.map((h) => <ContactBlock key={h.c.id} c={h.c} kind={h.kind} text={text} today={today} />)
      )}
      {r.role.reachMethods.length > 0 && (
        <>
          <Text style={styles.h3}>{t('cards.role.reach')}</Text>
          {r.role.reachMethods.map((m, i) => (
            <Text key={i} style={styles.p}>
              {`• ${oneLine(m.label)}${m.dependsOnProvider ? ` (${t('cards.needsProvider')})` : ''}`}
            </Text>
          ))}
        </>
      )}

      <H2>{t('cards.role.escalation')}</H2>
      {target && r.role.escalateAfterMinutes !== null ? (
        <Text style={styles.p}>
          {t('cards.role.escalateLine', { minutes: r.role.escalateAfterMinutes, target: targetName })}
        </Text>
      ) : (
        <Empty>{t('cards.role.noEscalation')}</Empty>
      )}
      {from.map((x) => (
        <Text key={x.role.id} style={styles.p}>
          {t('cards.role.escalatedFrom', {
            role: roleName(x.role, text),
            minutes: x.role.escalateAfterMinutes ?? '—',
          })}
        </Text>
      ))}
      <Text style={[styles.small, { marginTop: 12 }]}>{t('cards.role.keep')}</Text>
      <View style={styles.footer} fixed>
        <Text>{footer}</Text>
      </View>
    </Page>
  );
}

export function RoleCards({
  snapshot,
  text,
  today,
}: {
  snapshot: WorkbookSnapshot;
  text: PlanText;
  today: string;
}) {
  const data = planData(snapshot);
  const print = responsePrint(data, today);
  const title = oneLine(data.workbook.title);
  const control = controlOf(data, text);
  const footer = text.t('cards.role.plan', {
    title,
    version: versionWords(control.state, text),
    date: text.date(control.date),
  });
  return (
    <Document
      title={`${title} – ${text.t('cards.role.docTitle')}`}
      creator="Continuity Workbook"
      producer="Continuity Workbook"
      language={text.lang === 'ko' ? 'ko-KR' : 'en-GB'}
    >
      {print.roles.length === 0 ? (
        <Page size="A4" style={styles.page}>
          <Text style={s.title}>{text.t('cards.role.docTitle')}</Text>
          <Empty>{text.t('cards.role.none')}</Empty>
        </Page>
      ) : (
        print.roles.map((r) => (
          <RolePage key={r.role.id} r={r} all={print.roles} text={text} today={today} footer={footer} />
        ))
      )}
    </Document>
  );
}
