import { invalid } from '../errors.ts';
import { PRIORITY_CRITERIA, type PriorityCriterion } from './priority-criteria.ts';
import { PRIORITY_RULE_LIMITS as LIMITS, type PriorityGroup, type PriorityRule } from './priority-rule.ts';

const GROUP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isCriterion = (value: string): value is PriorityCriterion => (PRIORITY_CRITERIA as readonly string[]).includes(value);

function checkWholeNumber(field: string, value: number, [min, max]: readonly [number, number], what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `${what} : nombre entier entre ${min} et ${max} attendu.`);
  }
}

function checkCriteria(field: string, criteria: readonly string[]): void {
  const seen = new Set<string>();
  criteria.forEach((criterion, index) => {
    if (!isCriterion(criterion)) throw invalid(`${field}[${index}]`, `Critère inconnu « ${criterion} ».`);
    if (seen.has(criterion)) throw invalid(`${field}[${index}]`, `Le critère « ${criterion} » est cité deux fois.`);
    seen.add(criterion);
  });
}

function checkGroup(group: PriorityGroup, index: number, earlier: readonly PriorityGroup[]): void {
  const field = `groups[${index}]`;
  if (!GROUP_ID.test(group.id)) {
    throw invalid(`${field}.id`, 'Identifiant de groupe attendu : lettres minuscules, chiffres et tirets (ex. « ald-c2s »).');
  }
  if (earlier.some((g) => g.id === group.id))
    throw invalid(`${field}.id`, `L'identifiant « ${group.id} » est déjà pris par un autre groupe.`);
  const label = group.label.trim();
  if (label === '' || label.length > LIMITS.maxLabelLength) {
    throw invalid(`${field}.label`, `Nom du groupe attendu (1 à ${LIMITS.maxLabelLength} caractères).`);
  }
  checkCriteria(`${field}.requires`, group.requires);
  if (group.requires.includes('child') && group.requires.includes('senior')) {
    throw invalid(`${field}.requires`, 'Un même groupe ne peut exiger « enfant » et « 70 ans ou plus » : il resterait vide.');
  }
  // A request goes to the first group whose criteria it meets: a group asking for everything an
  // earlier one asks (and maybe more) would never receive anyone.
  const shadow = earlier.find((g) => g.requires.every((c) => group.requires.includes(c)));
  if (shadow) {
    throw invalid(
      `${field}.requires`,
      `Le groupe « ${group.label} » ne recevrait aucune demande : le groupe « ${shadow.label} », placé avant, prend déjà toutes celles qui remplissent ses critères.`,
    );
  }
}

/**
 * Checks a CPTS's priority rule before it is stored; throws an INVALID DomainError naming the
 * field (`groups[2].requires`, `factors[0].points`, `seniorAge`…) with a French message.
 */
export function checkPriorityRule(rule: PriorityRule): void {
  if (rule.groups.length === 0) throw invalid('groups', 'La règle doit comporter au moins un groupe.');
  if (rule.groups.length > LIMITS.maxGroups) throw invalid('groups', `Au plus ${LIMITS.maxGroups} groupes.`);
  rule.groups.forEach((group, index) => {
    checkGroup(group, index, rule.groups.slice(0, index));
  });
  const last = rule.groups.length - 1;
  if ((rule.groups[last]?.requires.length ?? 0) > 0) {
    throw invalid(`groups[${last}].requires`, 'Le dernier groupe doit accueillir toutes les autres demandes : aucun critère.');
  }
  const seen = new Set<string>();
  rule.factors.forEach((factor, index) => {
    const field = `factors[${index}]`;
    if (!isCriterion(factor.criterion)) throw invalid(`${field}.criterion`, `Facteur inconnu « ${factor.criterion} ».`);
    if (seen.has(factor.criterion)) throw invalid(`${field}.criterion`, `Le facteur « ${factor.criterion} » est cité deux fois.`);
    seen.add(factor.criterion);
    checkWholeNumber(`${field}.points`, factor.points, [LIMITS.minPoints, LIMITS.maxPoints], 'Points du facteur');
  });
  checkWholeNumber('seniorAge', rule.seniorAge, LIMITS.seniorAge, 'Âge du critère « 70 ans ou plus »');
  checkWholeNumber('childUnderAge', rule.childUnderAge, LIMITS.childUnderAge, 'Âge limite du critère « enfant »');
  checkWholeNumber(
    'recentGpLossMonths',
    rule.recentGpLossMonths,
    LIMITS.recentGpLossMonths,
    'Délai de « perte récente du médecin traitant »',
  );
}
