import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_ENTITY_LABELS } from '@maillon/domain';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { DateField } from '../../components/date-field.tsx';
import type { AuditFilter } from './audit-api.ts';

interface AuditFiltersProps {
  filter: AuditFilter;
  onChange: (next: Partial<AuditFilter>) => void;
  /** Admin: every CPTS to choose from (a coordination team sees its own only). */
  cptsChoices: { value: string; label: string }[] | null;
  actorLabel: string | null;
}

/** Period, action, kind of data, CPTS (admin), record and user filters of the trail. */
export function AuditFilters({ filter, onChange, cptsChoices, actorLabel }: AuditFiltersProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      {cptsChoices ? (
        <Select
          label="CPTS"
          placeholder="Toutes"
          data={cptsChoices}
          value={filter.cptsId}
          onChange={(value) => onChange({ cptsId: value })}
          searchable
          clearable
          data-testid="audit-filter-cpts"
        />
      ) : null}
      <DateField
        label="Du"
        value={filter.from ?? ''}
        onChange={(value) => onChange({ from: value || null })}
        data-testid="audit-filter-from"
      />
      <DateField label="Au" value={filter.to ?? ''} onChange={(value) => onChange({ to: value || null })} data-testid="audit-filter-to" />
      <Select
        label="Action"
        placeholder="Toutes"
        data={AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }))}
        value={filter.action}
        onChange={(value) => onChange({ action: value })}
        clearable
        data-testid="audit-filter-action"
      />
      <Select
        label="Données"
        placeholder="Toutes"
        data={AUDIT_ENTITIES.map((e) => ({ value: e, label: AUDIT_ENTITY_LABELS[e] }))}
        value={filter.entity}
        onChange={(value) => onChange({ entity: value })}
        clearable
        data-testid="audit-filter-entity"
      />
      <TextInput
        label="Identifiant d'enregistrement"
        description="Adhérent, RPPS, invitation…"
        value={filter.recordId ?? ''}
        onChange={(event) => onChange({ recordId: event.currentTarget.value.trim() || null })}
        data-testid="audit-filter-record"
      />
      {filter.actorUserId ? (
        <Button variant="light" onClick={() => onChange({ actorUserId: null })} data-testid="audit-filter-actor-clear">
          Utilisateur : {actorLabel ?? 'sélectionné'} ✕
        </Button>
      ) : null}
    </Group>
  );
}
