/**
 * What a priority rule can look at in a request (docs/reference/mt-requests.md §1): the CNAM's priority publics
 * (ALD, 70 years or more), the situations CPTS contracts add (C2S, AME, frailty) and the optional
 * ones of issue #9 (pregnancy, children, recent loss of their médecin traitant).
 */
export const PRIORITY_CRITERIA = ['ald', 'c2s', 'ame', 'frailty', 'pregnancy', 'child', 'senior', 'recentGpLoss'] as const;
export type PriorityCriterion = (typeof PRIORITY_CRITERIA)[number];

/** The thresholds of the age- and date-based criteria, in the rule (a CPTS may change them). */
export interface CriterionThresholds {
  /** `senior`: this age or more (70 in contracts). */
  seniorAge: number;
  /** `child`: under this age (16: a parent declares the médecin traitant of a child under 16). */
  childUnderAge: number;
  /** `recentGpLoss`: lost their médecin traitant less than this many months ago. */
  recentGpLossMonths: number;
}

/** Short French names, for rule screens and lists. */
export const PRIORITY_CRITERION_LABELS: Record<PriorityCriterion, string> = {
  ald: 'ALD',
  c2s: 'C2S',
  ame: 'AME',
  frailty: 'Fragilité',
  pregnancy: 'Grossesse',
  child: 'Enfant',
  senior: 'Âge',
  recentGpLoss: 'Perte récente du médecin traitant',
};

/** How a met criterion reads in a request's explanation ("Prioritaire : en ALD, …"). */
export function criterionPhrase(criterion: PriorityCriterion, thresholds: CriterionThresholds): string {
  switch (criterion) {
    case 'ald':
      return 'en ALD';
    case 'c2s':
      return 'bénéficiaire de la C2S';
    case 'ame':
      return "bénéficiaire de l'AME";
    case 'frailty':
      return 'en situation de fragilité';
    case 'pregnancy':
      return 'grossesse en cours';
    case 'child':
      return `enfant de moins de ${thresholds.childUnderAge} ans`;
    case 'senior':
      return `${thresholds.seniorAge} ans ou plus`;
    case 'recentGpLoss':
      return `a perdu son médecin traitant il y a moins de ${thresholds.recentGpLossMonths} mois`;
  }
}
