import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router-dom';

/** Links between the association screens of one CPTS, under the page title. */
export function AssociationLinks({ cptsId, current }: { cptsId: string; current: 'members' | 'governance' | 'assemblies' }) {
  const links = [
    { key: 'members', to: `/cpts/${cptsId}/adherents`, label: 'Adhérents' },
    { key: 'governance', to: `/cpts/${cptsId}/gouvernance`, label: 'Gouvernance' },
    { key: 'assemblies', to: `/cpts/${cptsId}/assemblees`, label: 'Assemblées générales' },
  ] as const;
  return (
    <Group gap="md" component="nav" aria-label="Vie associative">
      <Anchor component={Link} to={`/cpts/${cptsId}`} size="sm">
        Fiche CPTS
      </Anchor>
      {links.map((link) => (
        <Anchor
          key={link.key}
          component={Link}
          to={link.to}
          size="sm"
          fw={link.key === current ? 700 : 400}
          aria-current={link.key === current ? 'page' : undefined}
        >
          {link.label}
        </Anchor>
      ))}
    </Group>
  );
}
