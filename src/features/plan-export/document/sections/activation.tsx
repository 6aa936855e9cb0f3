// Activation and response: when the plan is invoked (criteria with thresholds), who may declare and
// how they are reached without the provider's service, escalation, the response roles, the
// first-hour checklist, each recovery procedure's ordered steps, and stand-down / return to normal.
// An empty part says it is empty; nothing reassures about what is not there.
import { Text, View } from '@react-pdf/renderer';
import { isContactStale } from '../../../../domain/call-tree';
import { responsePrint, type PrintRole, type PrintStep } from '../../../../domain/response-print';
import { declareWarning, escalationLoops } from '../../../../domain/response-rules';
import type { MessageKey } from '../../../../i18n';
import { contactLine, roleName, thresholdText, whenText } from '../cards/response-words';
import { Empty, H2, H3, Section, Table } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

function people(r: PrintRole, text: PlanText, today: string) {
  const line = (c: NonNullable<PrintRole['primary']>) => contactLine(c, text, isContactStale(c, today));
  return {
    primary: r.primary ? line(r.primary) : text.t('cards.nobody'),
    alternates: r.alternates.length ? r.alternates.map(line).join('; ') : text.t('cards.nobody'),
  };
}

function reachText(r: PrintRole, text: PlanText) {
  if (r.role.reachMethods.length === 0) return text.t('cards.act.noReach');
  return r.role.reachMethods
    .map((m) =>
      m.dependsOnProvider ? `${oneLine(m.label)} (${text.t('cards.needsProvider')})` : oneLine(m.label),
    )
    .join('; ');
}

/** Step rows: #, when, who, (procedure,) does what, where, how. */
function StepTable({
  steps,
  text,
  showProcedure = false,
}: {
  steps: PrintStep[];
  text: PlanText;
  showProcedure?: boolean;
}) {
  const { t } = text;
  // Who is wide enough for the longest built-in role name on one line ("Communications").
  const w = showProcedure ? [4, 11, 17, 14, 22, 12, 20] : [4, 11, 17, 0, 30, 15, 23];
  const columns = [
    { title: t('cards.col.step'), width: `${w[0]}%` },
    { title: t('cards.col.when'), width: `${w[1]}%` },
    { title: t('cards.col.who'), width: `${w[2]}%` },
    ...(showProcedure ? [{ title: t('cards.col.procedure'), width: `${w[3]}%` }] : []),
    { title: t('cards.col.what'), width: `${w[4]}%` },
    { title: t('cards.col.where'), width: `${w[5]}%` },
    { title: t('cards.col.how'), width: `${w[6]}%` },
  ];
  return (
    <Table
      columns={columns}
      rows={steps.map((s, i) => [
        String(i + 1),
        whenText(s.step.offsetMinutes, text),
        s.role ? roleName(s.role, text) : t('cards.noRole'),
        ...(showProcedure ? [s.procedure.title] : []),
        s.step.action,
        s.step.where,
        s.step.how,
      ])}
    />
  );
}

export function Activation({ data, text, marks, today }: SectionProps) {
  const { t } = text;
  const print = responsePrint(data, today);
  const warning = declareWarning(data.responseRoles);
  const roleById = new Map(data.responseRoles.map((r) => [r.id, r]));
  const loops = escalationLoops(data.responseRoles);
  const escalating = print.roles.filter((r) => r.role.escalateAfterMinutes !== null || r.escalatesTo);
  const standDown = print.procedures.flatMap((p) => [...p.steps.stand_down, ...p.steps.return_to_normal]);
  return (
    <Section id="activation" title={t('planExport.section.activation')} marks={marks}>
      <Text style={styles.p}>{t('cards.act.intro')}</Text>

      <H2>{t('cards.act.criteria')}</H2>
      {print.criteria.length === 0 ? (
        <Empty>{t('cards.act.noCriteria')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('cards.act.condition'), width: '45%' },
            { title: t('cards.act.threshold'), width: '20%' },
            { title: t('cards.act.notes'), width: '35%' },
          ]}
          rows={print.criteria.map((c) => [c.condition, thresholdText(c, text), c.notes])}
        />
      )}

      <H2>{t('cards.act.declare')}</H2>
      {warning && warning !== 'noDeclarer' && (
        <Text style={styles.warn}>{t(`response.warnings.${warning}` as MessageKey)}</Text>
      )}
      {print.declarers.length === 0 ? (
        <Empty>{t('cards.act.noDeclarer')}</Empty>
      ) : (
        <Table
          columns={[
            { title: t('cards.act.role'), width: '18%' },
            { title: t('cards.act.primary'), width: '27%' },
            { title: t('cards.act.alternates'), width: '27%' },
            { title: t('cards.act.reach'), width: '28%' },
          ]}
          rows={print.declarers.map((r) => {
            const p = people(r, text, today);
            return [roleName(r.role, text), p.primary, p.alternates, reachText(r, text)];
          })}
        />
      )}

      <H2>{t('cards.act.escalation')}</H2>
      {loops.map((loop) => (
        <Text key={loop.join()} style={styles.warn}>
          {t('cards.act.loop', {
            roles: loop.map((id) => (roleById.get(id) ? roleName(roleById.get(id)!, text) : id)).join(' → '),
          })}
        </Text>
      ))}
      {escalating.length === 0 ? (
        <Empty>{t('cards.act.noEscalation')}</Empty>
      ) : (
        escalating.map((r) => (
          <Text key={r.role.id} style={styles.p}>
            {`• ${roleName(r.role, text)}: ${t('cards.act.escalationLine', {
              minutes: r.role.escalateAfterMinutes ?? '—',
              target: r.escalatesTo ? roleName(r.escalatesTo, text) : t('cards.nobody'),
            })}`}
          </Text>
        ))
      )}

      <H2>{t('cards.act.roles')}</H2>
      {print.roles.length === 0 ? (
        <Empty>{t('cards.act.noRoles')}</Empty>
      ) : (
        print.roles.map((r) => {
          const p = people(r, text, today);
          return (
            <View key={r.role.id} style={styles.card} wrap={false}>
              <H3>{roleName(r.role, text)}</H3>
              <Text style={styles.p}>
                {oneLine(r.role.responsibilities) || t('cards.role.noResponsibilities')}
              </Text>
              <Text style={styles.p}>{`${t('cards.act.primary')}: ${p.primary}`}</Text>
              <Text style={styles.p}>{`${t('cards.act.alternates')}: ${p.alternates}`}</Text>
              {r.role.mayDeclare && <Text style={styles.p}>{t('cards.role.declares')}</Text>}
              {r.flags.map((f) => (
                <Text key={f} style={styles.warn}>
                  {`! ${t(`response.flags.${f}` as MessageKey)}`}
                </Text>
              ))}
            </View>
          );
        })
      )}

      <H2>{t('cards.act.firstHour')}</H2>
      {print.firstHour.length === 0 ? (
        <Empty>{t('cards.act.noFirstHour')}</Empty>
      ) : (
        <StepTable steps={print.firstHour} text={text} showProcedure />
      )}

      <H2>{t('cards.act.procedures')}</H2>
      {print.procedures.length === 0 ? (
        <Empty>{t('cards.act.noProcedures')}</Empty>
      ) : (
        print.procedures.map((p) => {
          const scope = p.scopeName
            ? t(p.procedure.scope === 'scenario' ? 'cards.act.scope.scenario' : 'cards.act.scope.process', {
                name: oneLine(p.scopeName),
              })
            : t('cards.act.scope.none');
          const steps = [...p.steps.first_hour, ...p.steps.recovery];
          return (
            <View key={p.procedure.id}>
              <H3>{p.procedure.title}</H3>
              <Text style={styles.muted}>
                {[
                  scope,
                  `${t('cards.act.owner')}: ${p.owner ? oneLine(p.owner.name) : t('cards.nobody')}`,
                  ...(p.procedure.scope === 'scenario'
                    ? [
                        `${t('cards.act.scenarioOwner')}: ${p.scenarioOwner ? oneLine(p.scenarioOwner.name) : t('cards.nobody')}`,
                      ]
                    : []),
                ].join(' · ')}
              </Text>
              {steps.length === 0 ? (
                <Empty>{t('cards.act.noSteps')}</Empty>
              ) : (
                <StepTable steps={steps} text={text} />
              )}
            </View>
          );
        })
      )}

      <H2>{t('cards.act.standDown')}</H2>
      {standDown.length === 0 ? (
        <Empty>{t('cards.act.noStandDown')}</Empty>
      ) : (
        <StepTable steps={standDown} text={text} showProcedure />
      )}
    </Section>
  );
}
