import type { CptsDetail } from '@maillon/contracts';
import { Button, Group, Paper, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { IdentityForm } from './identity-form.tsx';
import { IdentityView } from './identity-view.tsx';

interface IdentitySectionProps {
  cpts: CptsDetail;
  onUpdated: (cpts: CptsDetail) => void;
}

export function IdentitySection({ cpts, onUpdated }: IdentitySectionProps) {
  const [editing, setEditing] = useState(false);
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="identity-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="identity-title">
          Identité
        </Title>
        {cpts.permissions.editIdentity && !editing ? (
          <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            Modifier l'identité
          </Button>
        ) : null}
      </Group>
      {editing ? (
        <IdentityForm
          cpts={cpts}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onUpdated(saved);
          }}
        />
      ) : (
        <IdentityView cpts={cpts} />
      )}
    </Paper>
  );
}
