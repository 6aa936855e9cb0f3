// One layout model for the BIA dependency picture: processes in the first column, each resource in
// the column of its shortest distance from a process (breadth-first, so cycles cannot loop), rows in
// list order. The SVG in the app draws exactly these boxes and lines; the numbers are SVG units.
import type { EngineGraph } from './bia-engine';

export const GRAPH_BOX = { width: 160, height: 30, columnGap: 60, rowGap: 14, margin: 8 } as const;

export type GraphNode = { key: string; column: number; row: number; x: number; y: number };
export type GraphEdge = { from: string; to: string };
export type GraphLayout = { nodes: GraphNode[]; edges: GraphEdge[]; width: number; height: number };

export function layoutGraph(graph: EngineGraph): GraphLayout {
  const edges: GraphEdge[] = [];
  const out = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    edges.push({ from, to });
    const list = out.get(from);
    if (list) list.push(to);
    else out.set(from, [to]);
  };
  for (const d of graph.dependencies) {
    const from = d.processId !== null ? `p:${d.processId}` : `r:${d.dependentResourceId}`;
    link(from, `r:${d.resourceId}`);
  }
  for (const r of graph.resources)
    if (r.kind === 'process' && r.processId !== null) link(`r:${r.id}`, `p:${r.processId}`);

  const column = new Map<string, number>(graph.processes.map((p) => [`p:${p.id}`, 0]));
  const queue = graph.processes.map((p) => `p:${p.id}`);
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i]!;
    for (const next of out.get(key) ?? []) {
      if (column.has(next)) continue;
      column.set(next, column.get(key)! + 1);
      queue.push(next);
    }
  }
  // Resources no process reaches sit in the second column.
  for (const r of graph.resources) if (!column.has(`r:${r.id}`)) column.set(`r:${r.id}`, 1);

  const rows = new Map<number, number>();
  const { width, height, columnGap, rowGap, margin } = GRAPH_BOX;
  const keys = [...graph.processes.map((p) => `p:${p.id}`), ...graph.resources.map((r) => `r:${r.id}`)];
  const nodes = keys.map((key): GraphNode => {
    const c = column.get(key)!;
    const row = rows.get(c) ?? 0;
    rows.set(c, row + 1);
    return { key, column: c, row, x: margin + c * (width + columnGap), y: margin + row * (height + rowGap) };
  });
  const columns = Math.max(0, ...nodes.map((n) => n.column)) + 1;
  const maxRows = Math.max(0, ...rows.values());
  return {
    nodes,
    edges: edges.filter((e) => column.has(e.from) && column.has(e.to)),
    width: margin * 2 + columns * width + (columns - 1) * columnGap,
    height: margin * 2 + maxRows * height + Math.max(0, maxRows - 1) * rowGap,
  };
}
