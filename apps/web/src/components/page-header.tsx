import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  /** Buttons or selects shown on the right. */
  actions?: ReactNode;
  /** Extra content next to the title (badges). */
  badges?: ReactNode;
}

/** The page's only <h1>, plus the browser tab title. */
export function PageHeader({ title, subtitle, actions, badges }: PageHeaderProps) {
  useDocumentTitle(`${title} · Maillon`);
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="md">
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <Title order={1}>{title}</Title>
          {badges}
        </Group>
        {subtitle ? (
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
