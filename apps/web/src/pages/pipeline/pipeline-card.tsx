import type { CptsSummary } from '@maillon/contracts';
import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatInhabitants } from '../../lib/format.ts';
import { sizeShortLabel } from '../../lib/size-category.ts';

export function PipelineCard({ cpts }: { cpts: CptsSummary }) {
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="pipeline-card" data-cpts-id={cpts.id}>
      <Anchor component={Link} to={`/cpts/${cpts.id}`} fw={700} size="sm">
        {cpts.name}
      </Anchor>
      <Text size="sm">{formatInhabitants(cpts.population)}</Text>
      <Group gap={6} mt={4}>
        <Badge variant="filled" color="gray" size="sm" tt="none">
          {sizeShortLabel(cpts.sizeCategory)}
        </Badge>
      </Group>
    </Paper>
  );
}
