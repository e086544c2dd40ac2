import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FlowNetwork, minCostFlow } from './network-simplex.ts';

interface Arc {
  from: number;
  to: number;
  capacity: number;
  cost: number;
}

const toNetwork = (nodeCount: number, arcs: readonly Arc[], supply?: readonly number[]): FlowNetwork => ({
  nodeCount,
  source: Int32Array.from(arcs, (a) => a.from),
  target: Int32Array.from(arcs, (a) => a.to),
  capacity: Float64Array.from(arcs, (a) => a.capacity),
  cost: Float64Array.from(arcs, (a) => a.cost),
  ...(supply ? { supply: Float64Array.from(supply) } : {}),
});

/**
 * Reference: a feasible flow by augmenting paths from a super source to a super sink, then
 * Bellman-Ford negative-cycle cancelling until none is left (Klein's algorithm). Slow, simple.
 */
function referenceCost(nodeCount: number, arcs: readonly Arc[], supply: readonly number[]): number | null {
  const s = nodeCount;
  const t = nodeCount + 1;
  const edges: { from: number; to: number; residual: number; cost: number; twin: number }[] = [];
  const add = (from: number, to: number, capacity: number, cost: number) => {
    edges.push({ from, to, residual: capacity, cost, twin: edges.length + 1 });
    edges.push({ from: to, to: from, residual: 0, cost: -cost, twin: edges.length - 1 });
  };
  for (const a of arcs) add(a.from, a.to, a.capacity, a.cost);
  supply.forEach((b, u) => {
    if (b > 0) add(s, u, b, 0);
    else if (b < 0) add(u, t, -b, 0);
  });
  const push = (path: number[], amount: number) => {
    for (const e of path) {
      const edge = edges[e] as (typeof edges)[number];
      edge.residual -= amount;
      (edges[edge.twin] as (typeof edges)[number]).residual += amount;
    }
  };
  for (;;) {
    const via = new Array<number>(nodeCount + 2).fill(-1);
    const queue = [s];
    const seen = new Set([s]);
    while (queue.length > 0) {
      const u = queue.shift() as number;
      edges.forEach((edge, e) => {
        if (edge.from === u && edge.residual > 0 && !seen.has(edge.to)) {
          seen.add(edge.to);
          via[edge.to] = e;
          queue.push(edge.to);
        }
      });
    }
    if (!seen.has(t)) break;
    const path: number[] = [];
    for (let v = t; v !== s; v = (edges[via[v] as number] as (typeof edges)[number]).from) path.push(via[v] as number);
    push(path, Math.min(...path.map((e) => (edges[e] as (typeof edges)[number]).residual)));
  }
  if (edges.some((e) => (e.from === s || e.to === t) && e.residual > 0 && e.cost === 0 && e.twin > edges.indexOf(e))) return null;
  for (;;) {
    const dist = new Array<number>(nodeCount + 2).fill(0);
    const via = new Array<number>(nodeCount + 2).fill(-1);
    let changed = -1;
    for (let round = 0; round < nodeCount + 2; round++) {
      changed = -1;
      edges.forEach((edge, e) => {
        if (edge.residual > 0 && (dist[edge.from] as number) + edge.cost < (dist[edge.to] as number)) {
          dist[edge.to] = (dist[edge.from] as number) + edge.cost;
          via[edge.to] = e;
          changed = edge.to;
        }
      });
      if (changed < 0) break;
    }
    if (changed < 0) break;
    let v = changed;
    for (let i = 0; i < nodeCount + 2; i++) v = (edges[via[v] as number] as (typeof edges)[number]).from;
    const cycle: number[] = [];
    for (let u = v; ; ) {
      const e = via[u] as number;
      cycle.push(e);
      u = (edges[e] as (typeof edges)[number]).from;
      if (u === v) break;
    }
    push(cycle, Math.min(...cycle.map((e) => (edges[e] as (typeof edges)[number]).residual)));
  }
  let total = 0;
  arcs.forEach((a, i) => {
    total += (a.capacity - (edges[2 * i] as (typeof edges)[number]).residual) * a.cost;
  });
  return total;
}

const instanceArb = fc
  .integer({ min: 2, max: 7 })
  .chain((nodeCount) =>
    fc.record({
      nodeCount: fc.constant(nodeCount),
      arcs: fc.array(
        fc.record({
          from: fc.nat(nodeCount - 1),
          to: fc.nat(nodeCount - 1),
          capacity: fc.integer({ min: 0, max: 6 }),
          cost: fc.integer({ min: -10, max: 10 }),
        }),
        { maxLength: 18 },
      ),
      supply: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: nodeCount, maxLength: nodeCount }),
      // Most runs get a ring of roomy arcs, so that most are feasible; the others test refusals.
      ring: fc.option(fc.array(fc.integer({ min: -3, max: 10 }), { minLength: nodeCount, maxLength: nodeCount }), { freq: 4 }),
    }),
  )
  .map(({ nodeCount, arcs, supply, ring }) => ({
    nodeCount,
    supply,
    arcs: [...arcs, ...(ring ?? []).map((cost, u) => ({ from: u, to: (u + 1) % nodeCount, capacity: 40, cost }))],
  }));

describe('minCostFlow (network simplex)', () => {
  it('finds the cheapest flow of a small transportation problem', () => {
    // Two suppliers (3 and 2 units), two customers (2 and 3 units).
    const arcs = [
      { from: 0, to: 2, capacity: 10, cost: 4 },
      { from: 0, to: 3, capacity: 10, cost: 6 },
      { from: 1, to: 2, capacity: 10, cost: 5 },
      { from: 1, to: 3, capacity: 10, cost: 3 },
    ];
    const solution = minCostFlow(toNetwork(4, arcs, [3, 2, -2, -3]));
    expect([...solution.flow]).toEqual([2, 1, 0, 2]);
    expect(solution.cost).toBe(20);
  });

  it('cancels a negative cycle of a circulation up to its capacity', () => {
    const arcs = [
      { from: 0, to: 1, capacity: 4, cost: -5 },
      { from: 1, to: 2, capacity: 3, cost: 1 },
      { from: 2, to: 0, capacity: Number.POSITIVE_INFINITY, cost: 0 },
    ];
    const solution = minCostFlow(toNetwork(3, arcs));
    expect([...solution.flow]).toEqual([3, 3, 3]);
    expect(solution.cost).toBe(-12);
  });

  it('refuses supplies that do not balance, or that no flow can carry', () => {
    expect(() => minCostFlow(toNetwork(2, [{ from: 0, to: 1, capacity: 5, cost: 1 }], [2, -1]))).toThrow(/déséquilibrées/);
    expect(() => minCostFlow(toNetwork(2, [{ from: 0, to: 1, capacity: 1, cost: 1 }], [2, -2]))).toThrow(/Aucun flot/);
  });

  it('matches a cycle-cancelling reference on random networks, and its flow is feasible', () => {
    fc.assert(
      fc.property(instanceArb, ({ nodeCount, arcs, supply }) => {
        const sum = supply.reduce((a, b) => a + b, 0);
        const balanced = supply.map((b, u) => (u === 0 ? b - sum : b));
        const expected = referenceCost(nodeCount, arcs, balanced);
        let solution: ReturnType<typeof minCostFlow>;
        try {
          solution = minCostFlow(toNetwork(nodeCount, arcs, balanced));
        } catch {
          expect(expected).toBeNull();
          return;
        }
        expect(solution.cost).toBe(expected);
        const balance = new Array<number>(nodeCount).fill(0);
        arcs.forEach((a, e) => {
          const f = solution.flow[e] as number;
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(a.capacity);
          balance[a.from] = (balance[a.from] as number) + f;
          balance[a.to] = (balance[a.to] as number) - f;
        });
        expect(balance).toEqual(balanced);
      }),
      { numRuns: 500 },
    );
  });
});
