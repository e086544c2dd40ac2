import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { AppModal } from '../../components/app-modal.tsx';

/** Asks before a destructive action (withdrawing slots, revoking the feed, removing a shift). */
export function ConfirmModal(props: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack gap="md">
        <Text size="sm" component="div">
          {props.children}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Annuler
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={props.busy ?? false} data-testid="confirm-action">
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
