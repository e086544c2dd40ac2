import { isInAciField } from '@maillon/domain';
import { Anchor, List, Stack, Text } from '@mantine/core';
import { Link, Navigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { cachedRegions } from '../../hooks/use-region-name.ts';
import { FRANCE, isAdmin } from '../../session/roles.ts';
import { useCurrentRegion } from '../../session/use-current-region.ts';
import { useMe } from '../../session/use-session.ts';

interface RegionRedirectProps {
  /** "/observatoire", "/pipeline" or "/plans". */
  base: string;
  title: string;
}

/** Region-less URL: go to the current region, or let an administrator pick one. */
export function RegionRedirect({ base, title }: RegionRedirectProps) {
  const me = useMe();
  const region = useCurrentRegion();
  if (region) return <Navigate to={`${base}/${region}`} replace />;
  if (base === '/observatoire' && isAdmin(me)) return <Navigate to={`${base}/${FRANCE}`} replace />;
  return <RegionChooser base={base} title={title} />;
}

function RegionChooser({ base, title }: RegionRedirectProps) {
  const regions = useApiQuery('regions', cachedRegions);
  return (
    <Stack>
      <PageHeader title={title} subtitle="Choisissez une région." />
      <QueryView query={regions}>
        {(all) => {
          // The overseas collectivities have no ARS and no ACI: not regions to steer (docs/reference/coverage.md §6).
          const items = all.filter(isInAciField);
          return items.length === 0 ? (
            <Text>Aucune région n'est disponible.</Text>
          ) : (
            <List>
              {items.map((item) => (
                <List.Item key={item.code}>
                  <Anchor component={Link} to={`${base}/${item.code}`}>
                    {item.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          );
        }}
      </QueryView>
    </Stack>
  );
}
