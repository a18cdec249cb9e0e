import { Combobox, Field, Option, Tag, TagGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Person } from '../api/types.js';

const useStyles = makeStyles({
  field: { minWidth: '12rem', maxWidth: '28rem' },
  title: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
  tags: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
});

const MAX_OPTIONS = 25;

function useMatches(people: readonly Person[], query: string): Person[] {
  return useMemo(() => {
    const q = query.trim().toLowerCase();
    return people.filter((p) => !q || p.displayName.toLowerCase().includes(q) || p.jobTitle.toLowerCase().includes(q)).slice(0, MAX_OPTIONS);
  }, [people, query]);
}

const PersonOption = ({ person, titleClass }: { person: Person; titleClass: string }) => (
  <Option value={person.id} text={person.displayName}>
    {person.displayName}
    <span className={titleClass}>{person.jobTitle}</span>
  </Option>
);

/** One colleague: type to narrow the list (a few dozen names at most), pick with keyboard or pointer. */
export function PersonPicker(props: { label: string; placeholder?: string; people: readonly Person[]; selectedId: string | null; onSelect: (id: string | null) => void; required?: boolean; validationMessage?: string | null }) {
  const styles = useStyles();
  const selected = props.people.find((p) => p.id === props.selectedId) ?? null;
  const [query, setQuery] = useState(selected?.displayName ?? '');
  const matches = useMatches(props.people, query === selected?.displayName ? '' : query);
  return (
    <Field label={props.label} className={styles.field} required={props.required} validationMessage={props.validationMessage ?? undefined}>
      <Combobox
        data-person-picker={props.label}
        placeholder={props.placeholder}
        value={query}
        selectedOptions={props.selectedId ? [props.selectedId] : []}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          props.onSelect(null);
        }}
        onOptionSelect={(_, d) => {
          props.onSelect(d.optionValue ?? null);
          setQuery(d.optionText ?? '');
        }}
      >
        {matches.map((p) => <PersonOption key={p.id} person={p} titleClass={styles.title} />)}
      </Combobox>
    </Field>
  );
}

/** Several colleagues: each pick becomes a tag that can be removed again (Delete or Backspace on it). */
export function PeoplePicker(props: { label: string; placeholder?: string; hint?: string; people: readonly Person[]; selectedIds: readonly string[]; onChange: (ids: string[]) => void; max: number; validationMessage?: string | null; removeLabel: (name: string) => string }) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const available = useMemo(() => props.people.filter((p) => !props.selectedIds.includes(p.id)), [props.people, props.selectedIds]);
  const matches = useMatches(available, query);
  const chosen = props.selectedIds.map((id) => props.people.find((p) => p.id === id)).filter((p): p is Person => p !== undefined);
  return (
    <Field label={props.label} className={styles.field} hint={props.hint} required validationMessage={props.validationMessage ?? undefined}>
      <Combobox
        data-people-picker={props.label}
        placeholder={props.placeholder}
        value={query}
        selectedOptions={[]}
        disabled={props.selectedIds.length >= props.max}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onOptionSelect={(_, d) => {
          if (d.optionValue && !props.selectedIds.includes(d.optionValue)) props.onChange([...props.selectedIds, d.optionValue]);
          setQuery('');
        }}
      >
        {matches.map((p) => <PersonOption key={p.id} person={p} titleClass={styles.title} />)}
      </Combobox>
      {chosen.length > 0 && (
        <TagGroup className={styles.tags} aria-label={props.label} onDismiss={(_, d) => props.onChange(props.selectedIds.filter((id) => id !== d.value))}>
          {chosen.map((p) => (
            <Tag key={p.id} value={p.id} dismissible dismissIcon={{ 'aria-label': props.removeLabel(p.displayName) }} data-invitee={p.id}>
              {p.displayName}
            </Tag>
          ))}
        </TagGroup>
      )}
    </Field>
  );
}
