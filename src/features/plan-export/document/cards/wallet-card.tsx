// The wallet card: credit-card size, two-sided, eight to an A4 sheet with cut marks (card-grid.ts).
// Front: when to activate, who may declare, the bridge line that works without the cloud service.
// Back: how to report your status and what to say, rally point and alternate, the first three
// calls, where to read the provider's status when its admin center is down, the plan's version and
// date. Every line is measured and shortened to fit (fit.ts): nothing runs off a card.
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { responsePrint, walletData, type WalletData } from '../../../../domain/response-print';
import type { WorkbookSnapshot } from '../../../../domain/tables';
import { label } from '../labels';
import { planData } from '../plan-data';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { controlOf, versionWords } from '../sections/document-control';
import { colours, lh } from '../styles';
import { PLAN_FONT } from '../fonts';
import { CARD, cardCells, cutMarks, SHEET_NOTE, type Cell } from './card-grid';
import { fitLines } from './fit';
import { contactPhone, roleName, thresholdText } from './response-words';

const PAD = 7;
const INNER = CARD.width - 2 * PAD;
/** A little room below the measured width, so the layout engine never wraps a fitted line. */
const SAFE = INNER - 3;
/** The front has fewer lines than the back, so it prints larger. */
const SIZE = {
  head: 7,
  label: 5.5,
  line: 6.5,
  strong: 7.5,
  foot: 5.5,
  frontLabel: 6,
  frontLine: 7.5,
  frontStrong: 8.5,
};

const s = StyleSheet.create({
  page: { fontFamily: PLAN_FONT, color: colours.ink, fontFeatureSettings: { ccmp: false } },
  card: {
    position: 'absolute',
    width: CARD.width,
    height: CARD.height,
    paddingHorizontal: PAD,
    paddingTop: 5,
    borderWidth: 0.5,
    borderColor: colours.rule,
    borderRadius: 8,
    overflow: 'hidden',
  },
  head: {
    backgroundColor: colours.accent,
    color: '#ffffff',
    fontSize: SIZE.head,
    fontWeight: 700,
    lineHeight: lh(10),
    paddingHorizontal: 3,
    marginBottom: 3,
  },
  label: { fontSize: SIZE.label, color: colours.muted, lineHeight: lh(7), marginTop: 2 },
  line: { fontSize: SIZE.line, lineHeight: lh(8.5) },
  strong: { fontSize: SIZE.strong, fontWeight: 700, lineHeight: lh(9.5) },
  frontLabel: { fontSize: SIZE.frontLabel, color: colours.muted, lineHeight: lh(8), marginTop: 3 },
  frontLine: { fontSize: SIZE.frontLine, lineHeight: lh(10) },
  frontStrong: { fontSize: SIZE.frontStrong, fontWeight: 700, lineHeight: lh(11) },
  foot: {
    position: 'absolute',
    left: PAD,
    bottom: 4,
    fontSize: SIZE.foot,
    color: colours.muted,
    lineHeight: lh(7),
  },
  writeIn: { flexDirection: 'row', marginTop: 2 },
  writeCell: { width: INNER / 2 - 2, marginRight: 4 },
  writeLine: { borderBottomWidth: 0.5, borderBottomColor: colours.muted, height: 9 },
  mark: { position: 'absolute', backgroundColor: colours.ink },
  note: { position: 'absolute', fontSize: 7.5, color: colours.muted, lineHeight: lh(10) },
});

/** At most `max` items, the last place saying how many more the plan lists. */
function capped(items: string[], max: number, text: PlanText, empty: string): string[] {
  if (items.length === 0) return [empty];
  if (items.length <= max) return items;
  return [...items.slice(0, max - 1), text.t('cards.wallet.more', { n: items.length - max + 1 })];
}

type LineStyle = 'line' | 'strong' | 'frontLine' | 'frontStrong';

function Lines({ items, look = 'line' }: { items: string[]; look?: LineStyle }) {
  return (
    <>
      {items.flatMap((item, i) =>
        fitLines(item, SAFE, SIZE[look], 1).map((line, k) => (
          <Text key={`${i}-${k}`} style={s[look]}>
            {line}
          </Text>
        )),
      )}
    </>
  );
}

const Label = ({ children, front = false }: { children: string; front?: boolean }) => (
  <Text style={front ? s.frontLabel : s.label}>
    {fitLines(children, SAFE, front ? SIZE.frontLabel : SIZE.label, 1)[0] ?? ''}
  </Text>
);

function Card({ cell, children }: { cell: Cell; children: ReactNode }) {
  return <View style={[s.card, { left: cell.x, top: cell.y }]}>{children}</View>;
}

function Front({ w, text, title }: { w: WalletData; text: PlanText; title: string }) {
  const { t } = text;
  return (
    <>
      <Text style={s.head}>
        {fitLines(`${t('cards.wallet.front')} · ${title}`, SAFE - 6, SIZE.head, 1)[0]}
      </Text>
      <Label front>{t('cards.wallet.activate')}</Label>
      <Lines
        items={capped(
          w.criteria.map((c) => `${oneLine(c.condition)}: ${thresholdText(c, text)}`),
          3,
          text,
          t('cards.wallet.none'),
        )}
        look="frontLine"
      />
      <Label front>{t('cards.wallet.declare')}</Label>
      {/* Each declaring role's primary, then its first alternate: who to call when the first is out. */}
      <Lines
        items={capped(
          w.declarers.flatMap((r) =>
            [r.primary, r.alternates[0]].flatMap((c, i) =>
              c || i === 0
                ? [
                    [
                      i === 0 ? `${roleName(r.role, text)}:` : `  ${t('cards.wallet.alt')}:`,
                      c ? oneLine(c.name) : t('cards.nobody'),
                      c ? contactPhone(c) : '',
                    ]
                      .filter(Boolean)
                      .join(' '),
                  ]
                : [],
            ),
          ),
          3,
          text,
          t('cards.wallet.none'),
        )}
        look="frontLine"
      />
      <Label front>{t('cards.wallet.bridge')}</Label>
      <Lines items={capped(w.bridge, 2, text, t('cards.wallet.noBridge'))} look="frontStrong" />
    </>
  );
}

function Back({ w, text, version }: { w: WalletData; text: PlanText; version: string }) {
  const { t } = text;
  return (
    <>
      <Text style={s.head}>{fitLines(t('cards.wallet.back'), SAFE - 6, SIZE.head, 1)[0]}</Text>
      <Label>{t('cards.wallet.report')}</Label>
      <Lines items={[w.statusChannels.map((c) => oneLine(c.name)).join(', ') || t('cards.wallet.none')]} />
      {fitLines(t('cards.wallet.say'), SAFE, SIZE.line, 2).map((line, i) => (
        <Text key={i} style={s.line}>
          {line}
        </Text>
      ))}
      <View style={s.writeIn}>
        {(
          [
            ['cards.wallet.rally', w.rallyPoint],
            ['cards.wallet.rallyAlt', w.rallyPointAlternate],
          ] as const
        ).map(([key, place]) => (
          <View key={key} style={s.writeCell}>
            <Text style={s.label}>{fitLines(t(key), INNER / 2 - 6, SIZE.label, 1)[0]}</Text>
            {/* A place the planner has not recorded gets a line to write it in by hand. */}
            {place ? (
              <Text style={s.line}>{fitLines(oneLine(place), INNER / 2 - 6, SIZE.line, 1)[0]}</Text>
            ) : (
              <View style={s.writeLine} />
            )}
          </View>
        ))}
      </View>
      <Label>{t('cards.wallet.calls')}</Label>
      <Lines
        items={
          w.firstCalls.length === 0
            ? [t('cards.wallet.none')]
            : w.firstCalls.map(
                (c, i) =>
                  `${i + 1}. ${oneLine(c.name)}${c.role ? ` (${oneLine(c.role)})` : ''} ${oneLine(c.phone) || t('cards.noPhone')}`,
              )
        }
      />
      <Label>{t('cards.wallet.providerStatus')}</Label>
      <Lines
        items={capped(
          w.providerStatus.map((c) =>
            [label(text, 'providerChannel', c.kind), oneLine(c.address)].filter(Boolean).join(': '),
          ),
          2,
          text,
          t('cards.wallet.none'),
        )}
      />
      <Text style={s.foot}>{fitLines(version, SAFE, SIZE.foot, 1)[0]}</Text>
    </>
  );
}

function Marks() {
  return (
    <>
      {cutMarks().map((m, i) => (
        <View key={i} style={[s.mark, { left: m.x, top: m.y, width: m.width, height: m.height }]} />
      ))}
    </>
  );
}

export function WalletCards({
  snapshot,
  text,
  today,
}: {
  snapshot: WorkbookSnapshot;
  text: PlanText;
  today: string;
}) {
  const data = planData(snapshot);
  const w = walletData(responsePrint(data, today), data);
  const title = oneLine(data.workbook.title);
  // The published version and its date, as on the plan's cover: never the edit counter or print date.
  const control = controlOf(data, text);
  const version = text.t('cards.wallet.version', {
    version: versionWords(control.state, text),
    date: text.date(control.date),
  });
  const note = { left: SHEET_NOTE.x, top: SHEET_NOTE.y, width: SHEET_NOTE.width };
  return (
    <Document
      title={`${title} – ${text.t('cards.wallet.docTitle')}`}
      creator="Continuity Workbook"
      producer="Continuity Workbook"
      language={text.lang === 'ko' ? 'ko-KR' : 'en-GB'}
    >
      <Page size="A4" style={s.page}>
        <Text style={[s.note, note]}>{`${title} · ${text.t('cards.wallet.sheetFront')}`}</Text>
        <Marks />
        {cardCells('front').map((cell) => (
          <Card key={`${cell.row}-${cell.column}`} cell={cell}>
            <Front w={w} text={text} title={title} />
          </Card>
        ))}
      </Page>
      <Page size="A4" style={s.page}>
        <Text style={[s.note, note]}>{`${title} · ${text.t('cards.wallet.sheetBack')}`}</Text>
        <Marks />
        {cardCells('back').map((cell) => (
          <Card key={`${cell.row}-${cell.column}`} cell={cell}>
            <Back w={w} text={text} version={version} />
          </Card>
        ))}
      </Page>
    </Document>
  );
}
