import type { FinancingView } from '@maillon/contracts';
import {
  AMOUNT_ITEM_LABELS,
  type CptsRecord,
  canReadContracts,
  canSteerRegion,
  contractFinancing,
  contractSignedOn,
  cpamDepartements,
  forbidden,
  formatAmount,
  formatEuros,
  type GeographyRepository,
  invalid,
  isAdmin,
  notFound,
  PAYMENT_KIND_LABELS,
  paymentSchedule,
} from '@maillon/domain';
import { readableCpts } from '../cpts/load-cpts.ts';
import type { UseCaseContext } from '../use-case-context.ts';
import type { AciPorts } from './aci-ports.ts';
import { currentAciReference } from './aci-reference.ts';
import { variablePaymentsOf } from './variable-payments.ts';

export type FinancingPorts = AciPorts & { geography: Pick<GeographyRepository, 'regions' | 'departements'> };
export type FinancingContext = UseCaseContext<FinancingPorts>;

export interface FinancingQuery {
  region?: string | undefined;
  departement?: string | undefined;
  cpts?: string | undefined;
}

const money = (cents: number) => ({ cents, text: formatEuros(cents) });

/**
 * The CPTS of the scope, with access checked (docs/reference/roles.md): a region for its ARS
 * (a CPAM reads only its département's contracts), a département for its CPAM and its region's
 * ARS, one CPTS for whoever reads its contracts (its coordination team included).
 */
async function scopeOf(ctx: FinancingContext, query: FinancingQuery): Promise<{ scope: FinancingView['scope']; cpts: CptsRecord[] }> {
  const { ports, principal } = ctx;
  if (query.cpts) {
    const record = await readableCpts(ports.cpts, principal, query.cpts);
    if (!canReadContracts(principal, record)) throw notFound('CPTS introuvable.');
    return { scope: { kind: 'cpts', code: record.id, label: record.name }, cpts: [record] };
  }
  if (query.departement) {
    const departement = (await ports.geography.departements()).find((d) => d.code === query.departement);
    if (!departement?.regionCode) throw invalid('departement', `Département inconnu : « ${query.departement} ».`);
    const allowed =
      isAdmin(principal) || canSteerRegion(principal, departement.regionCode) || cpamDepartements(principal).includes(departement.code);
    if (!allowed) throw forbidden("Ce département n'est pas dans votre périmètre.");
    const cpts = (await ports.cpts.list({ regionCode: departement.regionCode })).filter((c) =>
      c.departementCodes.includes(departement.code),
    );
    return { scope: { kind: 'departement', code: departement.code, label: `${departement.name} (${departement.code})` }, cpts };
  }
  if (query.region) {
    const region = (await ports.geography.regions()).find((r) => r.code === query.region);
    if (!region) throw invalid('region', `Région inconnue : « ${query.region} ».`);
    if (!canSteerRegion(principal, region.code)) {
      throw forbidden("La vue régionale est celle de l'ARS de la région ; une CPAM consulte celle de son département.");
    }
    return { scope: { kind: 'region', code: region.code, label: region.name }, cpts: await ports.cpts.list({ regionCode: region.code }) };
  }
  throw invalid('region', 'Choisissez une région, un département ou une CPTS.');
}

/**
 * The regulators' financing view (issue #8 item 7, docs/reference/aci.md §8): per CPTS and
 * contract year the amounts committed and paid to date, read from each contract's payment
 * schedule (ACI art. 9 engine, variable parts of completed assessments included), the payments
 * of the coming twelve months, contracts in their fifth year without renewal, late missions.
 * Aggregates of contracts only: no personal data.
 */
export async function financingView(ctx: FinancingContext, query: FinancingQuery): Promise<FinancingView> {
  const { ports, today } = ctx;
  const { scope, cpts } = await scopeOf(ctx, query);
  const reference = await currentAciReference(ports);
  const byId = new Map(cpts.map((c) => [c.id, c]));
  const contracts = (await ports.aciContracts.ofCpts(cpts.map((c) => c.id))).filter((c) => contractSignedOn(c) !== null);
  const view: FinancingView = {
    scope,
    today,
    totals: { committed: money(0), paid: money(0), unknownLines: 0, contracts: contracts.length },
    years: [],
    upcoming: [],
    renewals: [],
    lateMissions: [],
    cptsWithoutContract: cpts.filter((c) => !contracts.some((k) => k.cptsId === c.id)).length,
  };
  let committed = 0;
  let paid = 0;
  for (const contract of contracts) {
    const record = byId.get(contract.cptsId) as CptsRecord;
    const indicators = await ports.aciContracts.indicators(contract.id);
    const assessments = await ports.aciAssessments.ofContract(contract.id);
    const variablePayments = variablePaymentsOf(contract, { reference, indicators, assessments });
    const { lines } = paymentSchedule(contract, { reference, variablePayments });
    const renewed = contracts.some((other) => other.renews === contract.id);
    const financing = contractFinancing(contract, { lines, reference, today, renewed });
    const who = { cptsId: record.id, cptsName: record.name };
    const signedOn = contractSignedOn(contract) as string;
    for (const year of financing.years) {
      committed += year.committedCents;
      paid += year.paidCents;
      view.totals.unknownLines += year.unknownLines;
      view.years.push({
        ...who,
        contractId: contract.id,
        signedOn,
        contractYear: year.year,
        startsOn: year.startsOn,
        endsOn: year.endsOn,
        committed: money(year.committedCents),
        paid: money(year.paidCents),
        unknownLines: year.unknownLines,
        isDemo: contract.isDemo,
      });
    }
    for (const line of financing.upcoming) {
      view.upcoming.push({
        ...who,
        date: line.date,
        contractYear: line.contractYear,
        item: AMOUNT_ITEM_LABELS[line.item],
        kind: PAYMENT_KIND_LABELS[line.kind],
        amountCents: line.amountCents,
        amount: formatAmount(line.amountCents),
      });
    }
    if (financing.renewalDue) view.renewals.push({ ...who, contractId: contract.id, signedOn, endsOn: financing.renewalDue.endsOn });
    for (const late of financing.lateMissions) {
      view.lateMissions.push({ ...who, ...late, whichLabel: late.which === 'start' ? 'Démarrage en retard' : 'Déploiement en retard' });
    }
  }
  view.totals.committed = money(committed);
  view.totals.paid = money(paid);
  view.years.sort(
    (a, b) => a.cptsName.localeCompare(b.cptsName, 'fr') || a.signedOn.localeCompare(b.signedOn) || a.contractYear - b.contractYear,
  );
  view.upcoming.sort((a, b) => a.date.localeCompare(b.date) || a.cptsName.localeCompare(b.cptsName, 'fr'));
  return view;
}
