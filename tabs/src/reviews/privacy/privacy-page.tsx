import { Button, Card, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Person } from '../../api/types.js';
import { useApp } from '../../app-context.js';
import { PersonPicker } from '../../components/person-picker.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { describeError } from '../../components/describe-error.js';
import { useLoad } from '../../use-load.js';
import type { SectionProps } from '../reviews-sections.js';
import { privacyStrings as s } from '../strings/privacy.js';
import { EraseDialog } from './erase-dialog.js';
import { downloadPersonalData, type ErasureOutcome } from './privacy-api.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, maxWidth: '48rem' },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** One person's requests: export and erase. The person is read fresh, so an erasure shows at once. */
function PersonRequests({ personId }: { personId: string }) {
  const styles = useStyles();
  const app = useApp();
  const [refresh, setRefresh] = useState(0);
  const [load, retry] = useLoad(() => app.api.get<Person>(`/people/${encodeURIComponent(personId)}`), [personId, refresh]);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  if (load.state === 'loading') return <LoadingSkeleton rows={3} />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const person = load.value;
  const erased = person.displayName === 'Former colleague' && person.email === '';

  const download = async () => {
    setExporting(true);
    setMessage(null);
    try {
      setMessage({ intent: 'success', text: s.export.done(await downloadPersonalData(app.api, person.id)) });
    } catch (error) {
      setMessage({ intent: 'error', text: describeError(error) });
    } finally {
      setExporting(false);
    }
  };
  const onErased = (outcome: ErasureOutcome) => {
    setMessage({ intent: 'success', text: outcome.status === 'erased' ? s.erase.done : s.erase.already });
    setRefresh((n) => n + 1);
  };

  return (
    <div className={styles.page} data-privacy-person-id={person.id}>
      <Card className={styles.card}>
        <Text as="h2" size={500} weight="semibold">
          {person.displayName}
        </Text>
        <Text className={styles.muted}>{[person.jobTitle, person.email].filter(Boolean).join(' · ') || s.erasedAlready}</Text>
      </Card>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'} data-privacy-message={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <Card className={styles.card} role="region" aria-labelledby="privacy-export-title">
        <Text as="h3" id="privacy-export-title" size={400} weight="semibold">
          {s.export.title}
        </Text>
        <Text>{s.export.description}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={exporting} onClick={() => void download()} data-privacy-export>
            {exporting ? s.export.busy : s.export.button}
          </Button>
        </div>
      </Card>
      <Card className={styles.card} role="region" aria-labelledby="privacy-erase-title">
        <Text as="h3" id="privacy-erase-title" size={400} weight="semibold">
          {s.erase.title}
        </Text>
        {erased ? <Text>{s.erasedAlready}</Text> : <Text>{s.erase.description}</Text>}
        {!erased && (
          <div className={styles.actions}>
            <EraseDialog person={person} onErased={onErased} />
          </div>
        )}
      </Card>
    </div>
  );
}

/** "Privacy" (HR admins): a person's request for their data, or their erasure. */
export default function PrivacyPage({ rest }: SectionProps) {
  const styles = useStyles();
  const app = useApp();
  const isHr = app.me.roles.includes('hr-admin');
  // HR never answers a request about themselves: another HR admin does (the server says 404 anyway).
  const people = useMemo(() => [...app.people.values()].filter((p) => p.id !== app.me.id).sort((a, b) => a.displayName.localeCompare(b.displayName)), [app.people, app.me.id]);
  const selectedId = rest[0] && people.some((p) => p.id === rest[0]) ? rest[0] : null;
  if (!isHr) return <EmptyState title={s.notHr} />;
  return (
    <div className={styles.page} data-privacy-page>
      <Text as="h1" size={600} weight="semibold">
        {s.title}
      </Text>
      <Text>{s.intro}</Text>
      <PersonPicker label={s.person} placeholder={s.personPlaceholder} people={people} selectedId={selectedId} onSelect={(id) => app.navigate(id ? `/reviews/privacy/${encodeURIComponent(id)}` : '/reviews/privacy')} />
      {selectedId ? <PersonRequests key={selectedId} personId={selectedId} /> : <EmptyState title={s.pickFirst} hint={s.yourself} />}
    </div>
  );
}
