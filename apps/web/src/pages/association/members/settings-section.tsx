import type { AssociationSettingsDto, MajorityRuleDto } from '@maillon/contracts';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, generalError } from '../../../api/api-error.ts';
import { membersApi } from '../../../api/association-endpoints.ts';
import { QueryView } from '../../../components/query-view.tsx';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { MAJORITY_OPTIONS } from '../association-labels.ts';

/** Statutes' rules for assemblies: quorum, proxies per member present, default majority. */
export function SettingsSection({ cptsId }: { cptsId: string }) {
  const settings = useApiQuery(`association-settings|${cptsId}`, () => membersApi.settings(cptsId));
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="settings-title">
      <Title order={2} id="settings-title" mb={4}>
        Règles des statuts pour les assemblées
      </Title>
      <Text size="sm" mb="sm">
        Une assemblée déjà convoquée garde les règles en vigueur à sa convocation.
      </Text>
      <QueryView query={settings} loadingLabel="Chargement des règles…">
        {(current) => <SettingsForm cptsId={cptsId} current={current} onSaved={settings.setData} />}
      </QueryView>
    </Paper>
  );
}

function SettingsForm({
  cptsId,
  current,
  onSaved,
}: {
  cptsId: string;
  current: AssociationSettingsDto;
  onSaved: (s: AssociationSettingsDto) => void;
}) {
  const [quorum, setQuorum] = useState(String(current.quorumPercent));
  const [proxies, setProxies] = useState(String(current.maxProxiesPerHolder));
  const [rule, setRule] = useState<MajorityRuleDto>(current.majorityRule);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      onSaved(
        await membersApi.saveSettings(cptsId, { quorumPercent: Number(quorum), maxProxiesPerHolder: Number(proxies), majorityRule: rule }),
      );
      setSaved(true);
    } catch (cause) {
      setError(cause);
    }
  }

  const general = generalError(error, ['quorumPercent', 'maxProxiesPerHolder', 'majorityRule']);
  return (
    <form onSubmit={handleSubmit} noValidate>
      {general ? (
        <Alert color="red" role="alert" mb="sm">
          {general}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Quorum (% des votants)"
          inputMode="numeric"
          value={quorum}
          onChange={(e) => setQuorum(e.currentTarget.value)}
          error={fieldError(error, 'quorumPercent')}
        />
        <TextInput
          label="Pouvoirs par membre présent (max.)"
          inputMode="numeric"
          value={proxies}
          onChange={(e) => setProxies(e.currentTarget.value)}
          error={fieldError(error, 'maxProxiesPerHolder')}
        />
        <NativeSelect
          label="Majorité par défaut"
          value={rule}
          onChange={(e) => setRule(e.currentTarget.value as MajorityRuleDto)}
          data={MAJORITY_OPTIONS}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm" gap="sm">
        {saved ? (
          <Text size="sm" role="status" c="teal.8">
            Règles enregistrées.
          </Text>
        ) : null}
        <Button type="submit">Enregistrer les règles</Button>
      </Group>
    </form>
  );
}
