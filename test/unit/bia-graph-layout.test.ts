// The dependency picture's layout: processes in column 0, resources at their shortest distance,
// cycles placed once, unreached resources in column 1, and the picture's size from the boxes.
import { describe, expect, it } from 'vitest';
import { GRAPH_BOX, layoutGraph } from '../../src/domain/bia-graph-layout';

const res = (id: string) => ({
  id,
  kind: 'systems' as const,
  processId: null,
  recoveryHours: null,
  headcount: null,
});

describe('layoutGraph', () => {
  it('places each node once, by breadth-first distance from the processes, cycle included', () => {
    const layout = layoutGraph({
      processes: [{ id: 'p', tier: 1, rtoHours: 1, mtpdHours: 2, minimumStaff: null }],
      resources: [res('a'), res('b'), res('lonely')],
      dependencies: [
        { processId: 'p', dependentResourceId: null, resourceId: 'a' },
        { processId: null, dependentResourceId: 'a', resourceId: 'b' },
        { processId: null, dependentResourceId: 'b', resourceId: 'a' },
      ],
      alternatives: [],
    });
    expect(layout.nodes.map((n) => [n.key, n.column, n.row])).toEqual([
      ['p:p', 0, 0],
      ['r:a', 1, 0],
      ['r:b', 2, 0],
      ['r:lonely', 1, 1],
    ]);
    expect(layout.edges).toHaveLength(3);
    const { width, height, columnGap, rowGap, margin } = GRAPH_BOX;
    expect(layout.width).toBe(2 * margin + 3 * width + 2 * columnGap);
    expect(layout.height).toBe(2 * margin + 2 * height + rowGap);
  });
});
