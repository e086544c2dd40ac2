import type { BookingDto } from '@maillon/contracts';
import { Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { BookingsList } from './bookings-list.tsx';
import { regulationApi } from './regulation-api.ts';

/** `/creneaux/rendez-vous`: the bookings of the signed-in professional's slots, with outcome and cancellation. */
export function ProfessionalBookingsPage() {
  const query = useApiQuery('professional-bookings', regulationApi.professional);
  const [items, setItems] = useState<BookingDto[]>([]);
  useEffect(() => setItems(query.data?.items ?? []), [query.data]);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Rendez-vous sur mes créneaux"
        subtitle="Pris par la régulation SAS, la CPTS ou un confrère ; indiquez si le patient est venu"
      />
      <QueryView query={query} loadingLabel="Chargement des rendez-vous…">
        {() => (
          <BookingsList
            items={items}
            onChange={(b) => setItems((list) => list.map((i) => (i.id === b.id ? b : i)))}
            empty="Aucun rendez-vous sur vos créneaux ces 7 derniers jours ni à venir."
          />
        )}
      </QueryView>
    </Stack>
  );
}
