import type { ContractDto } from '@maillon/contracts';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { cptsApi } from '../../api/endpoints.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { todayIso } from '../../lib/format.ts';
import { contractApi } from './contract-api.ts';
import { ContractCard } from './contract-card.tsx';
import { ContractFormModal } from './contract-form-modal.tsx';

/**
 * « Contrat ACI » of a CPTS: its contracts (renewals included, the latest first) with their
 * signatures, taille, missions and deadlines, yearly envelopes and the payment schedule. The
 * ARS and the CPAM record them; the coordination team records its missions' progress.
 */
export function ContractPage() {
  const { id = '' } = useParams();
  const cpts = useApiQuery(`cpts-detail|${id}`, () => cptsApi.get(id));
  const contracts = useApiQuery(`contracts|${id}`, () => contractApi.ofCpts(id));
  const [editing, setEditing] = useState<{ contract: ContractDto | null; renewsId: string | null } | null>(null);
  const today = todayIso();
  const replace = (next: ContractDto) => {
    const items = contracts.data?.items ?? [];
    contracts.setData({ items: items.some((c) => c.id === next.id) ? items.map((c) => (c.id === next.id ? next : c)) : [...items, next] });
    cpts.reload();
  };
  return (
    <Stack>
      <PageHeader
        title={cpts.data ? `Contrat ACI — ${cpts.data.name}` : 'Contrat ACI'}
        subtitle={
          <Anchor component={Link} to={`/cpts/${id}`} size="sm">
            Retour à la fiche de la CPTS
          </Anchor>
        }
      />
      <QueryView query={contracts} loadingLabel="Chargement des contrats…" notFoundMessage="CPTS introuvable">
        {(data) => {
          const canManage = cpts.data?.permissions.steer ?? false;
          const open = data.items.find((c) => !c.termination && c.status !== 'ended');
          return (
            <Stack gap="lg">
              {data.items.length === 0 ? (
                <Alert color="gray" title="Aucun contrat enregistré">
                  <Text size="sm">
                    Le contrat ACI suppose un projet de santé validé. L'ARS et la CPAM de la région l'enregistrent ici avec les dates de
                    signature de chacune des trois parties.
                  </Text>
                </Alert>
              ) : null}
              {canManage && !open ? (
                <Button onClick={() => setEditing({ contract: null, renewsId: null })} w="fit-content" data-testid="contract-new">
                  Enregistrer un contrat
                </Button>
              ) : null}
              {[...data.items].reverse().map((contract) => (
                <ContractCard
                  key={contract.id}
                  contract={contract}
                  today={today}
                  onChanged={replace}
                  onComplete={(c) => setEditing({ contract: c, renewsId: null })}
                  onRenew={(c) => setEditing({ contract: null, renewsId: c.id })}
                />
              ))}
            </Stack>
          );
        }}
      </QueryView>
      <ContractFormModal
        opened={editing !== null}
        cptsId={id}
        contract={editing?.contract ?? null}
        renewsId={editing?.renewsId ?? null}
        population={cpts.data?.population ?? 0}
        today={today}
        onClose={() => setEditing(null)}
        onSaved={(c) => {
          setEditing(null);
          replace(c);
        }}
      />
    </Stack>
  );
}
