import { Combobox, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Person } from '../../../api/types.js';

const useStyles = makeStyles({
  field: { minWidth: '12rem', maxWidth: '22rem', flexGrow: 1 },
  title: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
});

const MAX_OPTIONS = 25;

/** Type to find a colleague; the list narrows as you type and keeps to a few dozen names. */
export function PersonPicker({ label, placeholder, people, selectedId, onSelect }: { label: string; placeholder?: string; people: readonly Person[]; selectedId: string | null; onSelect: (id: string | null) => void }) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return people.filter((p) => !q || p.displayName.toLowerCase().includes(q) || p.jobTitle.toLowerCase().includes(q)).slice(0, MAX_OPTIONS);
  }, [people, query]);
  return (
    <Field label={label} className={styles.field}>
      <Combobox
        placeholder={placeholder}
        value={query}
        selectedOptions={selectedId ? [selectedId] : []}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          onSelect(null);
        }}
        onOptionSelect={(_, d) => {
          onSelect(d.optionValue ?? null);
          setQuery(d.optionText ?? '');
        }}
      >
        {matches.map((p) => (
          <Option key={p.id} value={p.id} text={p.displayName}>
            {p.displayName}
            <span className={styles.title}>{p.jobTitle}</span>
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
