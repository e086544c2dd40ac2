import type { QuorumDto } from '@maillon/contracts';
import { Badge, Group, Paper, Progress, Text } from '@mantine/core';

/** The live quorum: voices present or represented against the statutes' share of voters. */
export function QuorumIndicator({ quorum }: { quorum: QuorumDto }) {
  const share = quorum.voters > 0 ? (quorum.voices / quorum.voters) * 100 : 0;
  return (
    <Paper withBorder p="md" radius="md" data-testid="quorum">
      <Group justify="space-between" mb="xs">
        <Text fw={700}>Quorum</Text>
        <Badge color={quorum.reached ? 'teal' : 'red'} variant="filled" tt="none" data-testid="quorum-status">
          {quorum.reached ? 'Quorum atteint' : 'Quorum non atteint'}
        </Badge>
      </Group>
      <Progress
        value={share}
        color={quorum.reached ? 'teal' : 'orange'}
        size="lg"
        aria-label={`Voix présentes ou représentées : ${quorum.voices} sur ${quorum.voters}`}
      />
      <Text size="sm" mt="xs" role="status" aria-live="polite">
        {quorum.present} présent{quorum.present > 1 ? 's' : ''} et {quorum.represented} représenté{quorum.represented > 1 ? 's' : ''} :{' '}
        {quorum.voices} voix sur {quorum.voters} votants ; {quorum.required} requises ({quorum.quorumPercent} % des statuts).
      </Text>
    </Paper>
  );
}
