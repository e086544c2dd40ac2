import type { BodyDto } from '@maillon/contracts';
import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { governanceApi, membersApi } from '../../../api/association-endpoints.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryView } from '../../../components/query-view.tsx';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { AssociationLinks } from '../association-links.tsx';
import { useCptsName } from '../use-cpts-name.ts';
import { BodyCard } from './body-card.tsx';
import { BodyModal } from './body-modal.tsx';
import { MandateModal, type MandateTarget } from './mandate-modal.tsx';

/** Bodies of the association and their mandates, with the composition rules checked by the API. */
export function GovernancePage() {
  const { id = '' } = useParams();
  const name = useCptsName(id);
  const bodies = useApiQuery(`bodies|${id}`, () => governanceApi.bodies(id));
  const members = useApiQuery(`active-members|${id}`, () => membersApi.list(id, { status: 'active' }));
  const [bodyTarget, setBodyTarget] = useState<BodyDto | 'new' | null>(null);
  const [mandateTarget, setMandateTarget] = useState<MandateTarget | null>(null);
  const updated = (items: BodyDto[]) => bodies.setData({ items });

  return (
    <Stack gap="md">
      <PageHeader
        title="Gouvernance"
        subtitle={name ?? undefined}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setBodyTarget('new')}>
            Nouvelle instance
          </Button>
        }
      />
      <AssociationLinks cptsId={id} current="governance" />
      <Text size="sm">
        Un siège au bureau ou au conseil d'administration requiert un adhérent d'un collège avec droit de vote ; un bureau n'a qu'un
        président, un trésorier et un secrétaire à la fois.
      </Text>
      <QueryView query={bodies} loadingLabel="Chargement des instances…">
        {({ items }) =>
          items.length === 0 ? (
            <Text>Aucune instance : créez le bureau et le conseil d'administration, ou clôturez l'assemblée constitutive.</Text>
          ) : (
            <Stack gap="md">
              {items.map((body) => (
                <BodyCard
                  key={body.id}
                  cptsId={id}
                  body={body}
                  onEdit={() => setBodyTarget(body)}
                  onMandate={(mandate) => setMandateTarget({ body, mandate })}
                  onUpdated={updated}
                />
              ))}
            </Stack>
          )
        }
      </QueryView>
      <BodyModal
        cptsId={id}
        target={bodyTarget}
        onClose={() => setBodyTarget(null)}
        onSaved={(items) => {
          setBodyTarget(null);
          updated(items);
        }}
      />
      <MandateModal
        cptsId={id}
        target={mandateTarget}
        members={members.data?.items ?? []}
        onClose={() => setMandateTarget(null)}
        onSaved={(items) => {
          setMandateTarget(null);
          updated(items);
        }}
      />
    </Stack>
  );
}
