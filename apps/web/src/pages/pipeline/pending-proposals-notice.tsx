import { Alert, Anchor, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { proposalsApi } from '../../api/proposal-endpoints.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { plural } from '../../lib/format.ts';

/** On the pipeline: how many territory proposals wait, with a link to the list. */
export function PendingProposalsNotice({ region }: { region: string }) {
  const list = useApiQuery(`territory-proposals|${region}|pending`, () => proposalsApi.ofRegion(region, 'pending'));
  const counts = list.data?.counts;
  if (!counts || counts.pending === 0) return null;
  return (
    <Alert color="blue" icon={<IconMapPin aria-hidden />} title="Propositions de territoire" data-testid="pending-proposals-notice">
      <Text size="sm">
        {plural(counts.pending, 'proposition de territoire attend', 'propositions de territoire attendent')} une décision
        {counts.awaitingMe > 0 ? ` (dont ${plural(counts.awaitingMe, 'relève', 'relèvent')} de vous)` : ''}.{' '}
        <Anchor component={Link} to={`/propositions/${region}`} size="sm" c="dark.9" underline="always">
          Voir les propositions
        </Anchor>
      </Text>
    </Alert>
  );
}
