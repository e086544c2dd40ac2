import type { PartnerDto, PartnersDto } from '@maillon/contracts';
import { Badge, Button, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDate, formatNumber, plural } from '../../lib/format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';
import { engagementApi } from './engagement-api.ts';
import { InviteModal, type InviteTarget } from './invite-modal.tsx';

function Membership({ partner }: { partner: Pick<PartnerDto, 'membership'> }) {
  if (!partner.membership) return <Text size="sm">Non adhérent</Text>;
  return (
    <Badge variant="light" color={partner.membership.status === 'active' ? 'green' : 'gray'} tt="none">
      {partner.membership.label}
    </Badge>
  );
}

function PartnersTable({
  partners,
  withCommune,
  onInvite,
}: {
  partners: PartnerDto[];
  withCommune: boolean;
  onInvite: (target: InviteTarget) => void;
}) {
  if (partners.length === 0) return <Text size="sm">Aucun partenaire de ce type sur le territoire.</Text>;
  return (
    <ScrollRegion label="Partenaires">
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Nom</Table.Th>
            <Table.Th scope="col">Détail</Table.Th>
            {withCommune ? <Table.Th scope="col">Commune</Table.Th> : null}
            <Table.Th scope="col">Adhésion</Table.Th>
            <Table.Th scope="col">Invitation</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((partner) => (
            <Table.Tr key={`${partner.kind}-${partner.id}`} data-partner={partner.id}>
              <Table.Th scope="row" fw={500}>
                {partner.name}
              </Table.Th>
              <Table.Td>{partner.detail ?? ''}</Table.Td>
              {withCommune ? <Table.Td>{partner.commune ?? ''}</Table.Td> : null}
              <Table.Td>
                <Membership partner={partner} />
              </Table.Td>
              <Table.Td>
                {partner.invitation ? `${partner.invitation.statusLabel} (${formatDate(partner.invitation.sentOn)})` : 'Non invité'}
              </Table.Td>
              <Table.Td>
                {partner.membership?.status === 'active' || partner.invitation?.status === 'sent' ? null : (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => onInvite({ kind: partner.kind, id: partner.id, label: partner.name })}
                    aria-label={`Marquer comme invité : ${partner.name}`}
                  >
                    Marquer comme invité
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function Associations({ items }: { items: PartnersDto['associations'] }) {
  if (items.length === 0) {
    return <Text size="sm">Aucune association d'usagers ni acteur de prévention parmi les membres.</Text>;
  }
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Nom</Table.Th>
          <Table.Th scope="col">Type</Table.Th>
          <Table.Th scope="col">Adhésion</Table.Th>
          <Table.Th scope="col">Depuis</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((association) => (
          <Table.Tr key={association.memberId}>
            <Table.Th scope="row" fw={500}>
              {association.name}
            </Table.Th>
            <Table.Td>{association.structureTypeLabel}</Table.Td>
            <Table.Td>
              <Membership partner={association} />
            </Table.Td>
            <Table.Td>{formatDate(association.joinedOn)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Establishments, communes, EPCI and associations of the territory with their link to the CPTS. */
export function PartnersSection({ cptsId, onInvited }: { cptsId: string; onInvited: () => void }) {
  const query = useApiQuery(`partners|${cptsId}`, () => engagementApi.partners(cptsId));
  const [inviting, setInviting] = useState<InviteTarget[]>([]);
  const [notice, setNotice] = useState('');
  const invite = (target: InviteTarget) => setInviting([target]);
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2}>Partenaires du territoire</Title>
        <Text size="sm" role="status" aria-live="polite">
          {notice}
        </Text>
        <QueryView query={query} loadingLabel="Chargement des partenaires…">
          {(partners) => (
            <Tabs defaultValue="establishments" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="establishments">Établissements ({formatNumber(partners.establishments.length)})</Tabs.Tab>
                <Tabs.Tab value="communes">Communes ({formatNumber(partners.communes.length)})</Tabs.Tab>
                <Tabs.Tab value="epcis">EPCI ({formatNumber(partners.epcis.length)})</Tabs.Tab>
                <Tabs.Tab value="associations">Associations ({formatNumber(partners.associations.length)})</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="establishments" pt="sm">
                <PartnersTable partners={partners.establishments} withCommune onInvite={invite} />
              </Tabs.Panel>
              <Tabs.Panel value="communes" pt="sm">
                <PartnersTable partners={partners.communes} withCommune={false} onInvite={invite} />
              </Tabs.Panel>
              <Tabs.Panel value="epcis" pt="sm">
                <PartnersTable partners={partners.epcis} withCommune={false} onInvite={invite} />
              </Tabs.Panel>
              <Tabs.Panel value="associations" pt="sm">
                <Associations items={partners.associations} />
              </Tabs.Panel>
            </Tabs>
          )}
        </QueryView>
        <InviteModal
          cptsId={cptsId}
          targets={inviting}
          onClose={() => setInviting([])}
          onDone={(result) => {
            setInviting([]);
            setNotice(`${plural(result.created, 'invitation enregistrée', 'invitations enregistrées')}.`);
            query.reload();
            onInvited();
          }}
        />
      </Stack>
    </Paper>
  );
}
