import { TextInput } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { isoToFrench, parseUserDate } from '../lib/dates.ts';

interface DateFieldProps {
  label: string;
  /** ISO date, "" when empty, null when the typed text is invalid. */
  value: string | null;
  onChange: (value: string | null) => void;
  description?: string;
  error?: string | undefined;
  required?: boolean;
  'data-testid'?: string;
}

/**
 * Date typed as JJ/MM/AAAA whatever the browser's language (a native date input would
 * follow the browser locale). ISO "AAAA-MM-JJ" is accepted too.
 */
export function DateField({ label, value, onChange, description, error, required, ...rest }: DateFieldProps) {
  const [text, setText] = useState(() => isoToFrench(value));

  // Follow external changes (form reset, default value) without fighting the user's typing.
  useEffect(() => {
    if (value !== null && parseUserDate(text) !== value) setText(isoToFrench(value));
  }, [value, text]);

  return (
    <TextInput
      label={label}
      description={description ?? 'Format JJ/MM/AAAA'}
      placeholder="jj/mm/aaaa"
      inputMode="numeric"
      autoComplete="off"
      leftSection={<IconCalendar size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(parseUserDate(next));
      }}
      error={error}
      required={required ?? false}
      data-testid={rest['data-testid']}
    />
  );
}
