import type { AssemblyDetailDto, ResolutionDto } from '@maillon/contracts';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, generalError } from '../../../api/api-error.ts';
import { assembliesApi } from '../../../api/association-endpoints.ts';

interface ResolutionCardProps {
  cptsId: string;
  assembly: AssemblyDetailDto;
  resolution: ResolutionDto;
  onUpdated: (assembly: AssemblyDetailDto) => void;
}

/** One resolution: its tally under its majority rule, and the outcome. */
export function ResolutionCard({ cptsId, assembly, resolution, onUpdated }: ResolutionCardProps) {
  const [votes, setVotes] = useState({
    votesFor: String(resolution.votesFor ?? ''),
    votesAgainst: String(resolution.votesAgainst ?? ''),
    votesAbstain: String(resolution.votesAbstain ?? ''),
  });
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const closed = assembly.status === 'closed';
  const titleId = `resolution-${resolution.id}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    const count = (text: string) => (text.trim() === '' ? 0 : Number(text));
    try {
      onUpdated(
        await assembliesApi.vote(cptsId, assembly.id, resolution.id, {
          votesFor: count(votes.votesFor),
          votesAgainst: count(votes.votesAgainst),
          votesAbstain: count(votes.votesAbstain),
        }),
      );
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const general = generalError(error, ['votesFor', 'votesAgainst', 'votesAbstain']);
  const input = (key: keyof typeof votes, label: string) => (
    <TextInput
      label={label}
      inputMode="numeric"
      value={votes[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setVotes((v) => ({ ...v, [key]: value }));
      }}
      error={fieldError(error, key)}
      data-testid={key}
    />
  );
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={titleId} data-testid="resolution">
      <Group justify="space-between" mb={4}>
        <Title order={3} id={titleId} size="h4">
          Résolution n° {resolution.position} — {resolution.title}
        </Title>
        {resolution.outcome ? (
          <Badge
            color={resolution.outcome === 'adopted' ? 'teal' : 'red'}
            variant="filled"
            size="lg"
            tt="none"
            data-testid="resolution-outcome"
          >
            {resolution.outcomeLabel}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" tt="none">
            Non votée
          </Badge>
        )}
      </Group>
      {resolution.text ? <Text size="sm">{resolution.text}</Text> : null}
      <Text size="xs" mb="sm">
        {resolution.majorityRuleLabel}
      </Text>
      {closed ? (
        <Text size="sm" data-testid="resolution-tally">
          {resolution.outcome
            ? `Pour : ${resolution.votesFor} · Contre : ${resolution.votesAgainst} · Abstentions : ${resolution.votesAbstain}`
            : 'Non mise aux voix.'}
        </Text>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          {general ? (
            <Alert color="red" role="alert" mb="sm" title="Vote non enregistré">
              {general}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 4 }} style={{ alignItems: 'end' }}>
            {input('votesFor', 'Pour')}
            {input('votesAgainst', 'Contre')}
            {input('votesAbstain', 'Abstentions')}
            <Button type="submit" loading={saving} data-testid="vote-submit">
              {resolution.outcome ? 'Corriger le vote' : 'Enregistrer le vote'}
            </Button>
          </SimpleGrid>
        </form>
      )}
    </Paper>
  );
}
