import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: string;
  children: ReactNode;
}

/**
 * Modal dialog whose header is a plain <div> (Mantine's <header> would count as a second
 * "banner" landmark for axe) and whose close button has a French name.
 */
export function AppModal({ opened, onClose, title, size = 'md', children }: AppModalProps) {
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label="Fermer la fenêtre" />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
