// The impact-over-time charts of one process in the plan PDF: one small vector chart per impact
// category, three to a row, drawn from the same layout model as the app (domain/bia-chart.ts).
import { Circle, G, Line, Path, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { IMPACT_LEVELS, type ImpactGrid } from '../../../../domain/bia';
import { CHART_BOX, impactCharts, type ImpactChart } from '../../../../domain/bia-chart';
import { PLAN_FONT } from '../fonts';
import type { PlanText } from '../plan-text';
import { colours, lh } from '../styles';

/** Three charts across the 483 pt text width, with a little air between them. */
const CHART_WIDTH = 155;
const CHART_HEIGHT = Math.round((CHART_WIDTH * CHART_BOX.height) / CHART_BOX.width);

const s = StyleSheet.create({
  row: { flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between', marginBottom: 4 },
  cell: { width: CHART_WIDTH, marginBottom: 6 },
  title: { fontSize: 7.5, fontWeight: 700, color: colours.accent, lineHeight: lh(10) },
});

/** Levels 0–4 drawn from light to dark, so the line reads without colour too. */
const levelInk = ['#9aa5b1', '#7b8794', '#c05621', '#9b2c1f', '#6b1a10'];
const font = { fontFamily: PLAN_FONT, fontSize: 10 };

function Chart({ chart, text }: { chart: ImpactChart; text: PlanText }) {
  const { width, height, left, right } = CHART_BOX;
  return (
    <Svg width={CHART_WIDTH} height={CHART_HEIGHT} viewBox={`0 0 ${width} ${height}`}>
      {chart.levels.map((l) => (
        <G key={l.level}>
          <Line x1={left} x2={width - right} y1={l.y} y2={l.y} stroke={colours.rule} strokeWidth={0.6} />
          <Text x={left - 4} y={l.y + 3.5} textAnchor="end" style={font} fill={colours.muted}>
            {text.t(`bia.level.${l.level}`)}
          </Text>
        </G>
      ))}
      {chart.ticks.map((tick) => (
        <Text
          key={tick.bucket}
          x={tick.x}
          y={height - 6}
          textAnchor="middle"
          style={font}
          fill={colours.muted}
        >
          {text.label(`bia.bucketShort.${tick.bucket}`, tick.bucket)}
        </Text>
      ))}
      <Path d={chart.path} stroke={colours.accent} strokeWidth={1.6} fill="none" />
      {chart.points.map((p) => (
        <Circle key={p.bucket} cx={p.x} cy={p.y} r={3} fill={levelInk[IMPACT_LEVELS.indexOf(p.level)]} />
      ))}
    </Svg>
  );
}

export function ImpactCharts({ grid, text }: { grid: ImpactGrid; text: PlanText }) {
  return (
    <View style={s.row}>
      {impactCharts(grid).map((chart) => (
        <View key={chart.category} style={s.cell} wrap={false}>
          <Text style={s.title}>{text.t(`bia.category.${chart.category}`)}</Text>
          <Chart chart={chart} text={text} />
        </View>
      ))}
    </View>
  );
}
