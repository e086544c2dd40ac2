import type { AssemblyDetailDto, CloseAssemblyInput } from '@maillon/contracts';
import { Checkbox, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';

export interface FirstBodiesDraft {
  boardResolutionId: string;
  boardMemberIds: string[];
  bureauResolutionId: string;
  president: string;
  treasurer: string;
  secretary: string;
}

export function emptyFirstBodies(assembly: AssemblyDetailDto): FirstBodiesDraft {
  const adopted = assembly.resolutions.filter((r) => r.outcome === 'adopted');
  return {
    boardResolutionId: adopted.at(-2)?.id ?? adopted[0]?.id ?? '',
    boardMemberIds: [],
    bureauResolutionId: adopted.at(-1)?.id ?? '',
    president: '',
    treasurer: '',
    secretary: '',
  };
}

/** The request's `firstBodies`: the board and the bureau elected by the constitutive assembly. */
export function toFirstBodies(draft: FirstBodiesDraft): NonNullable<CloseAssemblyInput['firstBodies']> {
  const bureau = [
    ...(draft.president ? [{ memberId: draft.president, role: 'president' as const }] : []),
    ...(draft.treasurer ? [{ memberId: draft.treasurer, role: 'treasurer' as const }] : []),
    ...(draft.secretary ? [{ memberId: draft.secretary, role: 'secretary' as const }] : []),
  ];
  return [
    {
      kind: 'board',
      name: "Conseil d'administration",
      resolutionId: draft.boardResolutionId,
      mandates: draft.boardMemberIds.map((memberId) => ({ memberId, role: 'member' as const })),
    },
    { kind: 'bureau', name: 'Bureau', resolutionId: draft.bureauResolutionId, mandates: bureau },
  ];
}

interface FirstBodiesFieldsProps {
  assembly: AssemblyDetailDto;
  draft: FirstBodiesDraft;
  onChange: (draft: FirstBodiesDraft) => void;
  error?: string | undefined;
}

/** Election results of a constitutive assembly: who sits on the first board and bureau. */
export function FirstBodiesFields({ assembly, draft, onChange, error }: FirstBodiesFieldsProps) {
  const adopted = assembly.resolutions
    .filter((r) => r.outcome === 'adopted')
    .map((r) => ({ value: r.id, label: `n° ${r.position} — ${r.title}` }));
  const voters = [{ value: '', label: '—' }, ...assembly.voters.map((v) => ({ value: v.memberId, label: v.displayName }))];
  const set = (changes: Partial<FirstBodiesDraft>) => onChange({ ...draft, ...changes });
  return (
    <Stack gap="sm">
      <Text fw={600}>Premières instances élues</Text>
      {error ? (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
      <NativeSelect
        label="Résolution élisant le conseil d'administration"
        value={draft.boardResolutionId}
        onChange={(e) => set({ boardResolutionId: e.currentTarget.value })}
        data={adopted}
      />
      <Checkbox.Group label="Administrateurs élus" value={draft.boardMemberIds} onChange={(boardMemberIds) => set({ boardMemberIds })}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4}>
          {assembly.voters.map((v) => (
            <Checkbox key={v.memberId} value={v.memberId} label={v.displayName} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <NativeSelect
        label="Résolution élisant le bureau"
        value={draft.bureauResolutionId}
        onChange={(e) => set({ bureauResolutionId: e.currentTarget.value })}
        data={adopted}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label="Président·e"
          value={draft.president}
          onChange={(e) => set({ president: e.currentTarget.value })}
          data={voters}
        />
        <NativeSelect
          label="Trésorier·ère"
          value={draft.treasurer}
          onChange={(e) => set({ treasurer: e.currentTarget.value })}
          data={voters}
        />
        <NativeSelect
          label="Secrétaire"
          value={draft.secretary}
          onChange={(e) => set({ secretary: e.currentTarget.value })}
          data={voters}
        />
      </SimpleGrid>
    </Stack>
  );
}
