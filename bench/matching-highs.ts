/**
 * The exact optimum of a matching instance as a linear program, solved by HiGHS (WebAssembly):
 * one variable x[p,g] ∈ [0, 1] per patient and GP the constraints allow, Σ_g x[p,g] ≤ 1 per
 * patient, Σ_p x[p,g] ≤ places(g) per GP. The matrix is a bipartite incidence matrix, totally
 * unimodular, so the LP optimum is integral: it is the assignment optimum. Lexicographic as
 * issue #9 asks: first max Σ weight·x, then min Σ distance·x with Σ weight·x ≥ that maximum
 * (the same model, warm-started). Same constraint and distance definitions as the engine.
 */
import {
  acceptsAge,
  acceptsVisits,
  type MatchingInput,
  type MatchingPatient,
  matchingGeography,
  runCapacity,
  servesUnit,
} from '@maillon/domain';
import loadHighs from 'highs';

export interface LpOptimum {
  weightedPlacements: number;
  distanceCost: number;
  columns: number;
  rows: number;
  buildMs: number;
  solveMs: number;
}

export async function highsOptimum(input: MatchingInput): Promise<LpOptimum> {
  const highs = await loadHighs();
  const started = performance.now();
  const geography = matchingGeography(input.units, [...input.patients.map((p) => p.unitCode), ...input.gps.map((g) => g.unitCode)]);
  const gps = input.gps.filter((g) => runCapacity(g) > 0);
  const patients = input.patients;
  const rows = patients.length + gps.length;
  const starts = [0];
  const indices: number[] = [];
  const weights: number[] = [];
  const distances: number[] = [];
  const servedBy = new Map<string, number[]>();
  for (const unit of new Set(patients.map((p) => p.unitCode))) {
    servedBy.set(
      unit,
      gps.flatMap((gp, g) => (servesUnit(gp, unit, geography) ? [g] : [])),
    );
  }
  patients.forEach((patient: MatchingPatient, p) => {
    for (const g of servedBy.get(patient.unitCode) ?? []) {
      const gp = gps[g];
      if (!gp || !acceptsAge(gp, patient.ageYears) || !acceptsVisits(gp, patient.needsHomeVisits)) continue;
      indices.push(p, patients.length + g);
      starts.push(indices.length);
      weights.push(patient.priority.weight);
      distances.push(geography.cost(gp.unitCode, patient.unitCode));
    }
  });
  const columns = weights.length;
  const model = highs.createModel({
    numCols: columns,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(weights),
    colLower: new Float64Array(columns),
    colUpper: new Float64Array(columns).fill(1),
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper: Float64Array.from([...patients.map(() => 1), ...gps.map(runCapacity)]),
    matrix: {
      format: 'csc',
      numRows: rows,
      numCols: columns,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: new Float64Array(indices.length).fill(1),
    },
  });
  const buildMs = performance.now() - started;
  try {
    model.options.set({ output_flag: false });
    const solveStarted = performance.now();
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error('HiGHS : première étape non optimale.');
    const weightedPlacements = Math.round(model.getObjectiveValue());
    model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
    model.changeColsCost({ kind: 'range', from: 0, to: columns - 1 }, Float64Array.from(distances));
    model.addRow(weightedPlacements, highs.infinity, {
      indices: Int32Array.from(weights, (_, i) => i),
      values: Float64Array.from(weights),
    });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error('HiGHS : seconde étape non optimale.');
    const distanceCost = Math.round(model.getObjectiveValue());
    return { weightedPlacements, distanceCost, columns, rows, buildMs, solveMs: performance.now() - solveStarted };
  } finally {
    model.dispose();
  }
}
