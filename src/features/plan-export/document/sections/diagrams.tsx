// The Venn coverage diagram and the likelihood x impact heat map, drawn as vector graphics from
// the same domain models the app draws (domain/venn, domain/heat-map).
import { Circle, G, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { areaColours, bandColours } from '../../../../domain/colours';
import { heatMapModel } from '../../../../domain/heat-map';
import { severityBands } from '../../../../domain/scenario';
import { vennModel } from '../../../../domain/venn';
import { label } from '../labels';
import { Section } from '../parts';
import { PLAN_FONT } from '../fonts';
import type { PlanText } from '../plan-text';
import { colours, lh, styles } from '../styles';
import type { SectionProps } from './section-props';

const s = StyleSheet.create({
  figure: { alignItems: 'center', marginBottom: 6 },
  caption: { fontSize: 8, color: colours.muted, lineHeight: lh(12), marginBottom: 12 },
  legend: { flexDirection: 'row', justifyContent: 'center', marginBottom: 6 },
  legendItem: { flexDirection: 'row', alignItems: 'center', marginHorizontal: 6 },
  swatch: { width: 9, height: 9, marginRight: 3, borderWidth: 0.5, borderColor: colours.rule },
  legendText: { fontSize: 7.5, color: colours.muted, lineHeight: lh(10) },
});

function Venn({ data, text }: { data: SectionProps['data']; text: PlanText }) {
  const model = vennModel(data.scenarios);
  return (
    <Svg
      width={240}
      height={Math.round((240 * model.height) / model.width)}
      viewBox={`0 0 ${model.width} ${model.height}`}
    >
      {model.circles.map((c) => (
        <Circle
          key={c.area}
          cx={c.cx}
          cy={c.cy}
          r={c.r}
          fill={areaColours[c.area]}
          fillOpacity={0.12}
          stroke={areaColours[c.area]}
          strokeWidth={1.5}
        />
      ))}
      {model.circles.map((c) => (
        <Text
          key={`l-${c.area}`}
          x={c.labelX}
          y={c.labelY}
          textAnchor="middle"
          style={{ fontFamily: PLAN_FONT, fontSize: 12, fontWeight: 700 }}
          fill={areaColours[c.area]}
        >
          {label(text, 'area', c.area)}
        </Text>
      ))}
      {model.regions.map((r) => (
        <G key={r.region}>
          <Circle
            cx={r.labelX}
            cy={r.labelY - 4}
            r={13}
            fill={r.worstBand ? bandColours[r.worstBand] : '#ffffff'}
            stroke={r.isGap ? colours.warn : colours.rule}
            strokeWidth={r.isGap ? 1 : 0.6}
            strokeDasharray={r.isGap ? '2,2' : undefined}
          />
          <Text
            x={r.labelX}
            y={r.labelY}
            textAnchor="middle"
            style={{ fontFamily: PLAN_FONT, fontSize: 11, fontWeight: 700 }}
            fill={r.isGap ? colours.warn : colours.ink}
          >
            {String(r.count)}
          </Text>
          {r.isGap && (
            <Text
              x={r.labelX}
              y={r.labelY + 18}
              textAnchor="middle"
              style={{ fontFamily: PLAN_FONT, fontSize: 7.5 }}
              fill={colours.warn}
            >
              {text.t('planExport.diagrams.gap')}
            </Text>
          )}
        </G>
      ))}
    </Svg>
  );
}

function HeatMap({ data, text }: { data: SectionProps['data']; text: PlanText }) {
  const model = heatMapModel(data.scenarios);
  const cell = 32;
  const left = 46;
  const top = 8;
  const width = left + cell * 5 + 8;
  const height = top + cell * 5 + 40;
  const font = { fontFamily: PLAN_FONT, fontSize: 8 };
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {model.rows.map((row, ri) =>
        row.map((c, ci) => (
          <G key={`${c.likelihood}-${c.impact}`}>
            <Rect
              x={left + ci * cell}
              y={top + ri * cell}
              width={cell}
              height={cell}
              fill={bandColours[c.band]}
              stroke="#ffffff"
              strokeWidth={2}
            />
            <Text
              x={left + ci * cell + cell / 2}
              y={top + ri * cell + cell / 2 + 5}
              textAnchor="middle"
              style={{
                fontFamily: PLAN_FONT,
                fontSize: c.count > 0 ? 13 : 8,
                fontWeight: c.count > 0 ? 700 : 400,
              }}
              fill={c.count > 0 ? colours.ink : colours.muted}
            >
              {c.count > 0 ? String(c.count) : '·'}
            </Text>
          </G>
        )),
      )}
      {[5, 4, 3, 2, 1].map((l, i) => (
        <Text
          key={`y${l}`}
          x={left - 8}
          y={top + i * cell + cell / 2 + 3}
          textAnchor="end"
          style={font}
          fill={colours.muted}
        >
          {String(l)}
        </Text>
      ))}
      {[1, 2, 3, 4, 5].map((im, i) => (
        <Text
          key={`x${im}`}
          x={left + i * cell + cell / 2}
          y={top + 5 * cell + 12}
          textAnchor="middle"
          style={font}
          fill={colours.muted}
        >
          {String(im)}
        </Text>
      ))}
      <Text
        x={left + (5 * cell) / 2}
        y={top + 5 * cell + 30}
        textAnchor="middle"
        style={{ ...font, fontWeight: 700 }}
        fill={colours.ink}
      >
        {text.t('planExport.diagrams.impact')}
      </Text>
    </Svg>
  );
}

export function Diagrams({ data, text, marks }: SectionProps) {
  const { t } = text;
  return (
    <Section id="diagrams" title={t('planExport.section.diagrams')} marks={marks}>
      <View wrap={false}>
        <Text style={styles.h2}>{t('planExport.diagrams.venn')}</Text>
        <View style={s.figure}>
          <Venn data={data} text={text} />
        </View>
        <Text style={s.caption}>{t('planExport.diagrams.vennCaption')}</Text>
      </View>
      <View wrap={false}>
        <Text style={styles.h2}>{t('planExport.diagrams.heat')}</Text>
        <Text style={[styles.small, { textAlign: 'center' }]}>
          {`${t('planExport.diagrams.likelihood')} ↑   ·   ${t('planExport.diagrams.impact')} →`}
        </Text>
        <View style={s.figure}>
          <HeatMap data={data} text={text} />
        </View>
        <View style={s.legend}>
          {severityBands.map((b) => (
            <View key={b} style={s.legendItem}>
              <View style={[s.swatch, { backgroundColor: bandColours[b] }]} />
              <Text style={s.legendText}>{label(text, 'band', b)}</Text>
            </View>
          ))}
        </View>
        <Text style={s.caption}>{t('planExport.diagrams.heatCaption')}</Text>
      </View>
    </Section>
  );
}
