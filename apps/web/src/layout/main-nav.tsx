import { NavLink, Stack } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import {
  IconAddressBook,
  IconArrowsShuffle,
  IconBook2,
  IconBuildingHospital,
  IconCalendarEvent,
  IconCalendarPlus,
  IconCalendarTime,
  IconCalendarUser,
  IconChartPie,
  IconCoinEuro,
  IconFileImport,
  IconGavel,
  IconHeartHandshake,
  IconId,
  IconLayoutKanban,
  IconListCheck,
  IconMail,
  IconMapPin,
  IconMapSearch,
  IconMessageCircleQuestion,
  IconMessageShare,
  IconReceipt,
  IconReportAnalytics,
  IconShieldCheck,
  IconSitemap,
  IconStethoscope,
  IconUpload,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router-dom';
import { coordinatedCptsIds, isAdmin, isArs, isRegulator } from '../session/roles.ts';
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
      { label: 'Propositions de territoire', to: withRegion('/propositions', region), section: '/propositions', icon: IconMapPin },
      {
        label: 'Médecin traitant (indicateurs)',
        to: withRegion('/medecin-traitant-indicateurs', region),
        section: '/medecin-traitant-indicateurs',
        icon: IconStethoscope,
      },
    );
  }
  if (isAdmin(me) || isArs(me)) {
    items.push({ label: 'Import du registre', to: '/registre/import', section: '/registre', icon: IconFileImport });
  }
  const cptsIds = coordinatedCptsIds(me);
  if (isRegulator(me) || cptsIds.length > 0) {
    items.push({ label: 'Financement ACI', to: '/financement', section: '/financement', icon: IconReceipt });
  }
  cptsIds.forEach((id, index) => {
    const label = cptsIds.length > 1 ? `Ma CPTS (${index + 1})` : 'Ma CPTS';
    items.push({ label, to: `/cpts/${id}`, section: `/cpts/${id}`, icon: IconBuildingHospital });
    const suffix = cptsIds.length > 1 ? ` (${index + 1})` : '';
    items.push(
      {
        label: `Diagnostic territorial${suffix}`,
        to: `/cpts/${id}/diagnostic`,
        section: `/cpts/${id}/diagnostic`,
        icon: IconReportAnalytics,
      },
      { label: `Engagement${suffix}`, to: `/cpts/${id}/engagement`, section: `/cpts/${id}/engagement`, icon: IconUsersGroup },
      { label: `Adhérents${suffix}`, to: `/cpts/${id}/adherents`, section: `/cpts/${id}/adherents`, icon: IconAddressBook },
      { label: `Gouvernance${suffix}`, to: `/cpts/${id}/gouvernance`, section: `/cpts/${id}/gouvernance`, icon: IconSitemap },
      { label: `Assemblées${suffix}`, to: `/cpts/${id}/assemblees`, section: `/cpts/${id}/assemblees`, icon: IconGavel },
      {
        label: `Médecin traitant${suffix}`,
        to: `/cpts/${id}/medecin-traitant`,
        section: `/cpts/${id}/medecin-traitant`,
        icon: IconStethoscope,
      },
      { label: `Appariement${suffix}`, to: `/cpts/${id}/appariement`, section: `/cpts/${id}/appariement`, icon: IconArrowsShuffle },
      { label: `Offre de créneaux${suffix}`, to: `/cpts/${id}/creneaux`, section: `/cpts/${id}/creneaux`, icon: IconCalendarTime },
      { label: `Tableau de garde${suffix}`, to: `/cpts/${id}/garde`, section: `/cpts/${id}/garde`, icon: IconCalendarUser },
      {
        label: `Usage des créneaux${suffix}`,
        to: `/cpts/${id}/usage-creneaux`,
        section: `/cpts/${id}/usage-creneaux`,
        icon: IconCalendarEvent,
      },
      {
        label: `Demandes entre professionnels${suffix}`,
        to: `/cpts/${id}/demandes`,
        section: `/cpts/${id}/demandes`,
        icon: IconMessageShare,
      },
    );
  });
  items.push({ label: "Diagnostic d'un périmètre", to: '/diagnostic', section: '/diagnostic', icon: IconMapSearch });
  if (isAdmin(me) || cptsIds.length > 0) {
    items.push({ label: "Import de l'annuaire", to: '/annuaire/imports', section: '/annuaire/imports', icon: IconUpload });
  }
  if (isAdmin(me)) items.push({ label: "Boîte d'envoi", to: '/boite-envoi', section: '/boite-envoi', icon: IconMail });
  if (isAdmin(me) || cptsIds.length > 0) {
    items.push({ label: "Journal d'audit", to: '/journal-audit', section: '/journal-audit', icon: IconShieldCheck });
  }
  // Every account may be a professional member of a CPTS (issue #3, member portal).
  items.push({ label: 'Espace adhérent', to: '/portail', section: '/portail', icon: IconId });
  // Any account may be a GP of the directory (local account with a national id, or Pro Santé Connect).
  // Any professional of the directory publishes unscheduled-care slots (issue #10 item 1).
  items.push({ label: 'Mes créneaux (professionnels)', to: '/creneaux', section: '/creneaux', icon: IconCalendarPlus });
  // Physicians ask the CPTS's specialists; specialists answer (issue #10 item 6).
  items.push({
    label: 'Avis spécialisés (médecins)',
    to: '/avis-specialises',
    section: '/avis-specialises',
    icon: IconMessageCircleQuestion,
  });
  items.push({ label: 'Nouveaux patients (médecins)', to: '/medecin/nouveaux-patients', section: '/medecin', icon: IconHeartHandshake });
  // SAS regulators and coordination teams search and book slots for patients (issue #10).
  if (me.grants.some((g) => g.role === 'sas') || cptsIds.length > 0)
    items.push({ label: 'Régulation (créneaux)', to: '/regulation', section: '/regulation', icon: IconStethoscope });
  // Any professional member of a CPTS posts and receives requests from colleagues (issue #10 item 5).
  items.push({ label: 'Demandes entre professionnels', to: '/demandes', section: '/demandes', icon: IconMessageShare });
  items.push({
    label: 'Rendez-vous sur mes créneaux',
    to: '/creneaux/rendez-vous',
    section: '/creneaux/rendez-vous',
    icon: IconCalendarEvent,
  });
  items.push({ label: 'Référentiel', to: '/referentiel', section: '/referentiel', icon: IconBook2 });
  items.push({ label: 'Référentiel ACI', to: '/referentiel-aci', section: '/referentiel-aci', icon: IconCoinEuro });

  // Only the most specific matching section is active ("/cpts/x/diagnostic" is not also "Ma CPTS").
  const activeSection = items
    .map((item) => item.section)
    .filter((section) => pathname === section || pathname.startsWith(`${section}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <Stack gap={4}>
      {items.map((item) => {
        const active = item.section === activeSection;
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
