import type { AciPorts } from '../aci/aci-ports.ts';
import type { CptsPorts } from '../cpts/cpts-ports.ts';
import type { SteppedTransaction, TerritorialContext } from '../use-case-context.ts';

/** What a registry import needs: the CPTS registry and territory, the ACI contracts, the audit trail. */
export type RegistryPorts = CptsPorts & AciPorts;

/** Lines run as savepoints of one transaction: a refused line is undone alone. */
export type RegistryContext = TerritorialContext<RegistryPorts> & SteppedTransaction<RegistryPorts>;
