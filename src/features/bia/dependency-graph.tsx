// The dependency picture, drawn from domain/bia-graph-layout.ts: processes on the left, what they
// need to the right; a process that cannot be back within its RTO and a single point of failure
// are outlined and named in the title. The accessible table (flags-section.tsx) says the same.
import { GRAPH_BOX, layoutGraph } from '../../domain/bia-graph-layout';
import type { EngineGraph } from '../../domain/bia-engine';
import { useT } from '../../i18n/use-i18n';

export function DependencyGraph({
  graph,
  names,
  marked,
}: {
  graph: EngineGraph;
  names: Map<string, string>;
  /** Node keys ("p:id", "r:id") to mark as a gap or a single point of failure. */
  marked: Set<string>;
}) {
  const t = useT();
  const layout = layoutGraph(graph);
  if (layout.nodes.length === 0) return null;
  const at = new Map(layout.nodes.map((n) => [n.key, n]));
  const { width, height } = GRAPH_BOX;
  return (
    // Focusable so a keyboard user can scroll a picture wider than the screen.
    <div className="bia-grid-scroll" tabIndex={0} role="group" aria-label={t('bia.graphLabel')}>
      <svg
        className="bia-graph"
        role="img"
        aria-label={t('bia.graphLabel')}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
      >
        {layout.edges.map((e, i) => {
          const a = at.get(e.from)!;
          const b = at.get(e.to)!;
          return (
            <line
              key={i}
              x1={a.x + width}
              y1={a.y + height / 2}
              x2={b.x}
              y2={b.y + height / 2}
              className="bia-graph-edge"
            />
          );
        })}
        {layout.nodes.map((n) => {
          const name = names.get(n.key) ?? '?';
          return (
            <g key={n.key} data-marked={marked.has(n.key) || undefined}>
              <rect
                x={n.x}
                y={n.y}
                width={width}
                height={height}
                rx={4}
                className={n.key.startsWith('p:') ? 'bia-graph-process' : 'bia-graph-resource'}
              />
              <text x={n.x + 6} y={n.y + height / 2 + 4}>
                {marked.has(n.key) ? '⚠ ' : ''}
                {name.length > 20 ? `${name.slice(0, 19)}…` : name}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
