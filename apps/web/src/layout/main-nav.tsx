import { NavLink, Stack } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { IconBook2, IconBuildingHospital, IconChartPie, IconLayoutKanban, IconListCheck, IconUpload } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router-dom';
import { coordinatedCptsIds, isAdmin, isRegulator } from '../session/roles.ts';
import { useCurrentRegion } from '../session/use-current-region.ts';
import { useMe } from '../session/use-session.ts';

interface NavItem {
  label: string;
  to: string;
  /** Path prefix that marks the item as active. */
  section: string;
  icon: Icon;
}

function withRegion(base: string, region: string | null): string {
  return region ? `${base}/${region}` : base;
}

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const me = useMe();
  const region = useCurrentRegion();
  const { pathname } = useLocation();
  const items: NavItem[] = [];
  if (isRegulator(me)) {
    items.push(
      { label: 'Observatoire', to: withRegion('/observatoire', region), section: '/observatoire', icon: IconChartPie },
      { label: 'Pipeline', to: withRegion('/pipeline', region), section: '/pipeline', icon: IconLayoutKanban },
      { label: 'Plans 100 % CPTS', to: withRegion('/plans', region), section: '/plans', icon: IconListCheck },
    );
  }
  const cptsIds = coordinatedCptsIds(me);
  cptsIds.forEach((id, index) => {
    const label = cptsIds.length > 1 ? `Ma CPTS (${index + 1})` : 'Ma CPTS';
    items.push({ label, to: `/cpts/${id}`, section: `/cpts/${id}`, icon: IconBuildingHospital });
  });
  if (isAdmin(me) || cptsIds.length > 0) {
    items.push({ label: "Import de l'annuaire", to: '/annuaire/imports', section: '/annuaire/imports', icon: IconUpload });
  }
  items.push({ label: 'Référentiel', to: '/referentiel', section: '/referentiel', icon: IconBook2 });

  return (
    <Stack gap={4}>
      {items.map((item) => {
        const active = pathname === item.section || pathname.startsWith(`${item.section}/`);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
