// biome-ignore-all lint/style/noNonNullAssertion: every index below is in range by construction (nodes 0..n, arcs 0..m+n-1); the typed-array reads stay unchecked in this hot loop.
/**
 * Minimum-cost flow by the primal network simplex method, after LEMON's `NetworkSimplex`
 * (Kovács, "Minimum-cost flow algorithms: an experimental evaluation", Optimization Methods &
 * Software 30(1), 2015): a strongly feasible spanning tree stored as parent / thread /
 * reverse-thread / subtree-size / last-successor arrays, block-search pricing, and an artificial
 * root joined to every node. Exact on whole-number data (costs, capacities and supplies below
 * 2^53, as doubles hold them): every flow and potential it computes is a sum of them.
 */

/** A network: arcs `source[e]! → target[e]!` with capacity (`Infinity` allowed) and cost per unit. */
export interface FlowNetwork {
  nodeCount: number;
  source: Int32Array;
  target: Int32Array;
  capacity: Float64Array;
  cost: Float64Array;
  /** Supply (> 0) or demand (< 0) per node, summing to 0; omitted: a circulation. */
  supply?: Float64Array;
}

export interface FlowSolution {
  /** Flow on each arc of the network. */
  flow: Float64Array;
  cost: number;
  pivots: number;
}

const LOWER = 1;
const TREE = 0;
const UPPER = -1;
const UP = 1;
const DOWN = -1;

/**
 * Solves the network for a minimum-cost flow meeting every supply. `onPivot` is called every
 * `pivotReport` pivots (progress). Throws when no flow meets the supplies, or when a
 * negative-cost cycle has no capacity limit.
 */
export function minCostFlow(
  network: FlowNetwork,
  options: { onPivot?: (pivots: number) => void; pivotReport?: number } = {},
): FlowSolution {
  const n = network.nodeCount;
  const m = network.source.length;
  const all = m + n;
  const root = n;
  const source = new Int32Array(all);
  const target = new Int32Array(all);
  const cap = new Float64Array(all);
  const cost = new Float64Array(all);
  const flow = new Float64Array(all);
  const state = new Int8Array(all);
  source.set(network.source);
  target.set(network.target);
  cap.set(network.capacity);
  cost.set(network.cost);
  state.fill(LOWER, 0, m);

  const parent = new Int32Array(n + 1);
  const pred = new Int32Array(n + 1);
  const thread = new Int32Array(n + 1);
  const revThread = new Int32Array(n + 1);
  const succNum = new Int32Array(n + 1);
  const lastSucc = new Int32Array(n + 1);
  const predDir = new Int8Array(n + 1);
  const pi = new Float64Array(n + 1);
  const dirtyRevs: number[] = [];

  // Artificial arcs cost more than any simple path of real arcs, so no optimum keeps flow on
  // them when a feasible flow exists (a cycle through the root then costs less than A).
  let maxCost = 0;
  for (let e = 0; e < m; e++) maxCost = Math.max(maxCost, cost[e]!);
  const artificialCost = (maxCost + 1) * (n + 1);
  let sumSupply = 0;
  parent[root] = -1;
  pred[root] = -1;
  thread[root] = 0;
  revThread[0] = root;
  succNum[root] = n + 1;
  lastSucc[root] = root - 1;
  for (let u = 0, e = m; u < n; u++, e++) {
    const supply = network.supply?.[u] ?? 0;
    sumSupply += supply;
    parent[u] = root;
    pred[u] = e;
    thread[u] = u + 1;
    revThread[u + 1] = u;
    succNum[u] = 1;
    lastSucc[u] = u;
    cap[e] = Number.POSITIVE_INFINITY;
    state[e] = TREE;
    if (supply >= 0) {
      predDir[u] = UP;
      pi[u] = 0;
      source[e] = u;
      target[e] = root;
      flow[e] = supply;
      cost[e] = 0;
    } else {
      predDir[u] = DOWN;
      pi[u] = artificialCost;
      source[e] = root;
      target[e] = u;
      flow[e] = -supply;
      cost[e] = artificialCost;
    }
  }
  if (sumSupply !== 0) throw new Error('Offres et demandes du réseau déséquilibrées.');

  // Block search: scan arcs in blocks of about √m, take the most violating arc of the first
  // block that has one (LEMON's default rule).
  const blockSize = Math.max(10, Math.ceil(Math.sqrt(m)));
  let nextArc = 0;
  let inArc = -1;
  const findEnteringArc = (): boolean => {
    let min = 0;
    let count = blockSize;
    for (let scanned = 0, e = nextArc; scanned < m; scanned++) {
      const reduced = state[e]! * (cost[e]! + pi[source[e]!]! - pi[target[e]!]!);
      if (reduced < min) {
        min = reduced;
        inArc = e;
      }
      e = e + 1 === m ? 0 : e + 1;
      if (--count === 0) {
        if (min < 0) {
          nextArc = e;
          return true;
        }
        count = blockSize;
      }
    }
    return min < 0;
  };

  let join = 0;
  let delta = 0;
  let uIn = 0;
  let vIn = 0;
  let uOut = 0;
  const findJoinNode = () => {
    let u = source[inArc]!;
    let v = target[inArc]!;
    while (u !== v) {
      if (succNum[u]! < succNum[v]!) u = parent[u]!;
      else v = parent[v]!;
    }
    join = u;
  };

  // The leaving arc: the first blocking arc met along the cycle's orientation, which keeps the
  // tree strongly feasible (ties: `<` on the first side, `<=` on the second).
  const findLeavingArc = (): boolean => {
    const first = state[inArc]! === LOWER ? source[inArc]! : target[inArc]!;
    const second = state[inArc]! === LOWER ? target[inArc]! : source[inArc]!;
    delta = cap[inArc]!;
    let result = 0;
    for (let u = first; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u]! === DOWN ? cap[e]! - flow[e]! : flow[e]!;
      if (d < delta) {
        delta = d;
        uOut = u;
        result = 1;
      }
    }
    for (let u = second; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u]! === UP ? cap[e]! - flow[e]! : flow[e]!;
      if (d <= delta) {
        delta = d;
        uOut = u;
        result = 2;
      }
    }
    if (result === 1) {
      uIn = first;
      vIn = second;
    } else {
      uIn = second;
      vIn = first;
    }
    return result !== 0;
  };

  const changeFlow = (change: boolean) => {
    if (delta > 0) {
      const value = state[inArc]! * delta;
      flow[inArc]! += value;
      for (let u = source[inArc]!; u !== join; u = parent[u]!) flow[pred[u]!]! -= predDir[u]! * value;
      for (let u = target[inArc]!; u !== join; u = parent[u]!) flow[pred[u]!]! += predDir[u]! * value;
    }
    if (change) {
      state[inArc] = TREE;
      state[pred[uOut]!] = flow[pred[uOut]!]! === 0 ? LOWER : UPPER;
    } else {
      state[inArc] = -state[inArc]!;
    }
  };

  const updateTreeStructure = () => {
    const oldRevThread = revThread[uOut]!;
    const oldSuccNum = succNum[uOut]!;
    const oldLastSucc = lastSucc[uOut]!;
    const vOut = parent[uOut]!;
    if (uIn === uOut) {
      parent[uIn] = vIn;
      pred[uIn] = inArc;
      predDir[uIn] = uIn === source[inArc]! ? UP : DOWN;
      if (thread[vIn]! !== uOut) {
        let after = thread[oldLastSucc]!;
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
        after = thread[vIn]!;
        thread[vIn] = uOut;
        revThread[uOut] = vIn;
        thread[oldLastSucc] = after;
        revThread[after] = oldLastSucc;
      }
    } else {
      const threadContinue = oldRevThread === vIn ? thread[oldLastSucc]! : thread[vIn]!;
      // Re-hang the stem (the nodes from uIn up to uOut) under vIn, reversing it.
      let stem = uIn;
      let parStem = vIn;
      let last = lastSucc[uIn]!;
      let after = thread[last]!;
      thread[vIn] = uIn;
      dirtyRevs.length = 0;
      dirtyRevs.push(vIn);
      while (stem !== uOut) {
        const nextStem = parent[stem]!;
        thread[last] = nextStem;
        dirtyRevs.push(last);
        const before = revThread[stem]!;
        thread[before] = after;
        revThread[after] = before;
        parent[stem] = parStem;
        parStem = stem;
        stem = nextStem;
        last = lastSucc[stem]! === lastSucc[parStem]! ? revThread[parStem]! : lastSucc[stem]!;
        after = thread[last]!;
      }
      parent[uOut] = parStem;
      thread[last] = threadContinue;
      revThread[threadContinue] = last;
      lastSucc[uOut] = last;
      if (oldRevThread !== vIn) {
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
      }
      for (const u of dirtyRevs) revThread[thread[u]!] = u;
      let subtree = 0;
      const stemLast = lastSucc[uOut]!;
      for (let u = uOut, p = parent[u]!; u !== uIn; u = p, p = parent[u]!) {
        pred[u] = pred[p]!;
        predDir[u] = -predDir[p]!;
        subtree += succNum[u]! - succNum[p]!;
        succNum[u] = subtree;
        lastSucc[p] = stemLast;
      }
      pred[uIn] = inArc;
      predDir[uIn] = uIn === source[inArc]! ? UP : DOWN;
      succNum[uIn] = oldSuccNum;
    }
    const upLimitOut = lastSucc[join]! === vIn ? join : -1;
    const lastSuccOut = lastSucc[uOut]!;
    for (let u = vIn; u !== -1 && lastSucc[u]! === vIn; u = parent[u]!) lastSucc[u] = lastSuccOut;
    if (join !== oldRevThread && vIn !== oldRevThread) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u]! === oldLastSucc; u = parent[u]!) lastSucc[u] = oldRevThread;
    } else if (lastSuccOut !== oldLastSucc) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u]! === oldLastSucc; u = parent[u]!) lastSucc[u] = lastSuccOut;
    }
    for (let u = vIn; u !== join; u = parent[u]!) succNum[u]! += oldSuccNum;
    for (let u = vOut; u !== join; u = parent[u]!) succNum[u]! -= oldSuccNum;
  };

  // Tree arcs keep a zero reduced cost: shift the potentials of the moved subtree.
  const updatePotential = () => {
    const sigma = pi[vIn]! - pi[uIn]! - predDir[uIn]! * cost[inArc]!;
    const end = thread[lastSucc[uIn]!]!;
    for (let u = uIn; u !== end; u = thread[u]!) pi[u]! += sigma;
  };

  const report = options.pivotReport ?? 1024;
  let pivots = 0;
  while (findEnteringArc()) {
    findJoinNode();
    const change = findLeavingArc();
    if (delta === Number.POSITIVE_INFINITY) throw new Error('Réseau non borné : cycle de coût négatif sans limite de capacité.');
    changeFlow(change);
    if (change) {
      updateTreeStructure();
      updatePotential();
    }
    pivots++;
    if (options.onPivot && pivots % report === 0) options.onPivot(pivots);
  }
  for (let e = m; e < all; e++) {
    if (flow[e]! !== 0) throw new Error('Aucun flot ne satisfait les offres et demandes du réseau.');
  }
  let total = 0;
  for (let e = 0; e < m; e++) total += flow[e]! * cost[e]!;
  return { flow: flow.slice(0, m), cost: total, pivots };
}
