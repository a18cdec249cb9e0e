import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApp } from '../../app-context.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { oneOnOneStrings as s } from '../strings/one-on-ones.js';
import { ActionItemsCard } from './action-items-card.js';
import { AgendaCard } from './agenda-card.js';
import { formatCalendarDate, formatInstant, todayLocal } from './conversation-format.js';
import { NotesEditor } from './notes-editor.js';
import { OkrContextCard } from './okr-context-card.js';
import { oneOnOneApi, type OneOnOneView } from './one-on-one-api.js';
import { useRefreshingActions, useRefreshingLoad } from './use-refreshing-load.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  // The conversation on the left and the OKR context beside it; stacked on narrow screens.
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(16rem, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start', '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  picker: { minWidth: '14rem' },
  inline: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/** Date field and button: schedules the next meeting, or moves the current one. */
function DateForm({ label, submit, initial, onSubmit }: { label: string; submit: string; initial: string; onSubmit: (date: string) => Promise<boolean> }) {
  const styles = useStyles();
  const [date, setDate] = useState(initial);
  return (
    <form
      className={styles.inline}
      onSubmit={(e) => {
        e.preventDefault();
        if (date !== '') void onSubmit(date);
      }}
    >
      <Field label={label}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} required />
      </Field>
      <Button type="submit" appearance="primary" disabled={date === ''}>{submit}</Button>
    </form>
  );
}

function addDaysLocal(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * One manager-report pair's 1:1 as the caller sees it: meetings, the shared agenda with carry-over,
 * shared notes, the caller's own private notes, action items, and the report's OKRs as context.
 */
export function OneOnOnePanel({ reportId }: { reportId: string }) {
  const styles = useStyles();
  const app = useApp();
  const locale = app.host.locale;
  const [meetingId, setMeetingId] = useState<string | undefined>(undefined);
  const api = useMemo(() => oneOnOneApi(app.api, reportId), [app.api, reportId]);
  const load = useRefreshingLoad(
    () => app.api.get<OneOnOneView>(`/one-on-ones/${encodeURIComponent(reportId)}${meetingId ? `?meeting=${encodeURIComponent(meetingId)}` : ''}`),
    [reportId, meetingId, app.version],
  );
  const { failure, run } = useRefreshingActions(load, s.errors);

  if (load.error && !load.value) return <ErrorMessage error={load.error} onRetry={() => void load.refresh()} />;
  const view = load.value;
  if (!view) return <LoadingSkeleton />;
  const other = view.viewerRole === 'manager' ? view.report : view.manager;
  const meeting = view.meeting;
  const hasUpcoming = view.meetings.some((m) => m.status === 'upcoming');

  return (
    <section className={styles.page} aria-labelledby="one-on-one-title" data-one-on-one={view.reportId} data-viewer-role={view.viewerRole}>
      <Text as="h2" id="one-on-one-title" size={500} weight="semibold">{s.title(other.displayName)}</Text>
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.header}>
        {view.meetings.length > 0 && (
          <Field label={s.meeting} className={styles.picker}>
            <Select value={meeting?.id ?? ''} onChange={(_, d) => setMeetingId(d.value)} data-meeting-picker>
              {[...view.meetings].reverse().map((m) => (
                <option key={m.id} value={m.id}>{s.meetingOption(formatCalendarDate(m.date, locale), m.status)}</option>
              ))}
            </Select>
          </Field>
        )}
        {meeting?.status === 'upcoming' && (
          <>
            <Button
              appearance="primary"
              title={s.completeHint}
              onClick={() =>
                void run(async () => {
                  await api.complete(meeting.id, meeting.revision);
                  setMeetingId(undefined);
                })
              }
              data-complete-meeting
            >
              {s.complete}
            </Button>
            <DateForm key={`${meeting.id}:${meeting.revision}`} label={s.reschedule} submit={s.save} initial={meeting.date} onSubmit={(date) => run(() => api.reschedule(meeting.id, date, meeting.revision))} />
          </>
        )}
        {meeting?.status === 'done' && meeting.completedAt && <Text>{s.completedOn(formatInstant(meeting.completedAt, locale))}</Text>}
        {!hasUpcoming && view.meetings.length > 0 && (
          <DateForm
            label={s.schedule}
            submit={s.scheduleSubmit}
            initial={addDaysLocal(todayLocal(), 7)}
            onSubmit={(date) =>
              run(async () => {
                await api.schedule(date);
                setMeetingId(undefined);
              })
            }
          />
        )}
      </div>
      {meeting?.status === 'upcoming' && <Text size={200}>{s.completeHint}</Text>}
      <div className={styles.layout}>
        <div className={styles.column}>
          {meeting ? (
            <>
              <AgendaCard meeting={meeting} api={api} run={run} />
              <NotesEditor
                key={`shared:${meeting.id}`}
                dataName="shared"
                title={s.sharedNotes}
                hint={s.sharedNotesHint}
                text={meeting.sharedNotes.text}
                revision={meeting.sharedNotes.revision}
                save={(text, revision) => api.saveSharedNotes(meeting.id, text, revision)}
                onSaved={load.refresh}
              />
              <NotesEditor
                key={`private:${meeting.id}`}
                dataName="private"
                title={s.privateNotes}
                hint={s.privateNotesHint}
                text={meeting.myPrivateNote.text}
                revision={meeting.myPrivateNote.revision}
                save={(text, revision) => api.savePrivateNote(meeting.id, text, revision)}
                onSaved={load.refresh}
              />
            </>
          ) : (
            <EmptyState
              title={s.noMeetings}
              hint={s.noMeetingsHint}
              action={<DateForm label={s.scheduleDate} submit={s.scheduleSubmit} initial={addDaysLocal(todayLocal(), 7)} onSubmit={(date) => run(() => api.schedule(date))} />}
            />
          )}
          <ActionItemsCard view={view} api={api} run={run} />
        </div>
        <aside aria-label={s.okrs(view.report.displayName)}>
          <OkrContextCard view={view} />
        </aside>
      </div>
    </section>
  );
}
