import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { PublishForm } from './publish-form.tsx';
import { SeriesSection } from './series-section.tsx';
import { FeedSection, QuotasForm } from './settings-sections.tsx';
import { mondayOf, slotsApi } from './slots-api.ts';
import { SlotsList } from './slots-list.tsx';

const todayInParis = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

/** A professional's slots (issue #10 item 1): publish, see the week, withdraw, quotas, iCal feed. */
export function MySlotsPage() {
  const today = todayInParis();
  const [from, setFrom] = useState(mondayOf(today));
  const [notice, setNotice] = useState<string | null>(null);
  const query = useApiQuery(`my-slots-${from}`, () => slotsApi.mine(from, 7));
  const changed = (message: string) => {
    setNotice(message);
    query.reload();
  };
  return (
    <Stack gap="lg">
      <PageHeader title="Mes créneaux" subtitle="Soins non programmés : les créneaux que vous ouvrez, et à qui" />
      <QueryView query={query} loadingLabel="Chargement des créneaux…">
        {(data) => (
          <>
            <Text data-testid="professional-identity">
              {data.professional.displayName} — {data.professional.professionLabel}
            </Text>
            <Alert color="blue" title="Horaires SNP">
              {data.snpHours} (heure de Paris). Les créneaux en dehors sont signalés « hors horaires SNP ».
            </Alert>
            {notice ? (
              <Alert
                color="green"
                role="status"
                data-testid="slots-notice"
                withCloseButton
                onClose={() => setNotice(null)}
                closeButtonLabel="Fermer"
              >
                {notice}
              </Alert>
            ) : null}
            <SlotsList data={data} from={from} onMove={setFrom} onChanged={changed} />
            <PublishForm data={data} today={today} onPublished={changed} />
            <SeriesSection series={data.series} today={today} onChanged={changed} />
            {data.cpts.map((c) => (
              <QuotasForm key={`${c.id}-${JSON.stringify(c.quotas)}`} cpts={c} onSaved={changed} />
            ))}
            <FeedSection />
          </>
        )}
      </QueryView>
    </Stack>
  );
}
