import { Button, Card, Field, Link, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AlignmentLink, CheckIn, ObjectiveComment, ObjectiveDetail, Page } from '../api/types.js';
import { personName, useApp } from '../app-context.js';
import { describeError } from '../components/describe-error.js';
import { HistoryChart } from '../components/history-chart.js';
import { ObjectiveCard } from '../components/objective-card.js';
import { ErrorMessage, LoadingSkeleton } from '../components/status.js';
import { formatDate, formatPercent } from '../format.js';
import { strings } from '../strings.js';
import { useLoad } from '../use-load.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalL },
});

interface Loaded {
  readonly detail: ObjectiveDetail;
  readonly etag: string | null;
  readonly history: Record<string, CheckIn[]>;
  readonly comments: ObjectiveComment[];
}

function Links({ title, links }: { title: string; links: AlignmentLink[] }) {
  const app = useApp();
  return (
    <Card>
      <Text weight="semibold">{title}</Text>
      {links.length === 0 ? (
        <Text>{strings.objective.none}</Text>
      ) : (
        <ul>
          {links.map((l) => (
            <li key={l.objectiveId}>
              <Link href={`#/objective/${l.objectiveId}`} onClick={(e) => { e.preventDefault(); app.navigate(`/objective/${l.objectiveId}`); }}>
                {l.title}
              </Link>{' '}
              ({strings.levels[l.level as 'company'] ?? l.level}, {formatPercent(l.progress, app.host.locale)})
              {l.keyResultTitle && <Text size={200}> {strings.objective.viaKeyResult(l.keyResultTitle)}</Text>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** One objective: key results, history charts, alignment neighbours, and the actions its state allows. */
export function ObjectivePage({ objectiveId }: { objectiveId: string }) {
  const app = useApp();
  const styles = useStyles();
  const [comment, setComment] = useState('');
  const [reply, setReply] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [load, retry] = useLoad(async (): Promise<Loaded> => {
    const { body, etag } = await app.api.send<ObjectiveDetail>('GET', `/objectives/${encodeURIComponent(objectiveId)}`);
    const [pages, comments] = await Promise.all([
      Promise.all(body.objective.keyResults.map((kr) => app.api.get<Page<CheckIn>>(`/key-results/${encodeURIComponent(kr.id)}/check-ins?limit=26`))),
      app.api.all<ObjectiveComment>(`/objectives/${encodeURIComponent(objectiveId)}/comments`),
    ]);
    return { detail: body, etag, comments, history: Object.fromEntries(body.objective.keyResults.map((kr, i) => [kr.id, pages[i]!.items])) };
  }, [objectiveId, app.version]);

  if (load.state === 'loading') return <LoadingSkeleton rows={6} />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const { detail, etag, history, comments } = load.value;
  const o = detail.objective;
  const act = (path: string, body: unknown = {}) =>
    app.api.post(`/objectives/${encodeURIComponent(o.id)}/${path}`, body, etag).then(
      () => {
        setActionError(null);
        app.changed();
      },
      (e: unknown) => setActionError(describeError(e)),
    );
  const activity = [
    { at: o.createdAt, text: strings.objective.created(personName(app, o.createdBy)) },
    ...(o.sentBack ? [{ at: o.sentBack.at, text: `${personName(app, o.sentBack.by)}: ${strings.objective.sentBack(o.sentBack.comment)}` }] : []),
    ...Object.values(history).flat().map((c) => ({ at: c.at, text: strings.objective.checkedIn(personName(app, c.authorId), String(c.value), c.note) })),
  ].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <section className={styles.page} aria-label={o.title}>
      <div className={styles.actions}>
        <Button onClick={() => window.history.back()}>{strings.objective.back}</Button>
        {(o.state === 'draft' || o.state === 'active' || o.state === 'proposed') && <Button onClick={() => app.navigate(`/edit/${o.id}`)}>{strings.objective.edit}</Button>}
        {o.state === 'draft' && <Button appearance="primary" onClick={() => act('propose')}>{strings.objective.propose}</Button>}
        {o.state === 'proposed' && (
          <>
            <Button appearance="primary" onClick={() => act('approve')}>{strings.objective.approve}</Button>
            <Field label={strings.objective.sendBackComment}>
              <Textarea value={comment} onChange={(_, d) => setComment(d.value)} maxLength={2000} />
            </Field>
            <Button onClick={() => act('send-back', { comment })}>{strings.objective.sendBack}</Button>
          </>
        )}
      </div>
      {actionError && <Text role="alert">{actionError}</Text>}
      {o.sentBack && o.state === 'draft' && <Text>{strings.objective.sentBack(o.sentBack.comment)}</Text>}
      {o.description && <Text>{o.description}</Text>}
      <ObjectiveCard objective={o} asPage />
      {o.grade !== null && (
        <Card>
          <Text weight="semibold">{strings.objective.grade}: {o.grade.toFixed(2)}</Text>
          {o.reflection && <Text>{strings.objective.reflection}: {o.reflection}</Text>}
        </Card>
      )}
      <Card>
        <Text weight="semibold">{strings.objective.history}</Text>
        {o.keyResults.map((kr) => (
          <div key={kr.id}>
            <Text>{kr.title}</Text>
            <HistoryChart keyResult={kr} checkIns={history[kr.id] ?? []} locale={app.host.locale} />
          </div>
        ))}
      </Card>
      <div className={styles.columns}>
        <Links title={strings.objective.parents} links={detail.parents} />
        <Links title={strings.objective.children} links={detail.children} />
      </div>
      <Card aria-labelledby="comments-title">
        <Text weight="semibold" id="comments-title">{strings.objective.comments}</Text>
        {comments.length === 0 ? (
          <Text>{strings.objective.noComments}</Text>
        ) : (
          <ul>
            {comments.map((c) => (
              <li key={c.id}>
                <Text weight="semibold">{personName(app, c.authorId)}</Text> ({formatDate(c.at, app.host.locale)}): {c.text}
              </li>
            ))}
          </ul>
        )}
        <Field label={strings.objective.addComment}>
          <Textarea value={reply} maxLength={2000} onChange={(_, d) => setReply(d.value)} />
        </Field>
        <Button
          disabled={reply.trim() === ''}
          onClick={() =>
            app.api.post(`/objectives/${encodeURIComponent(o.id)}/comments`, { text: reply }).then(
              () => {
                setReply('');
                app.changed();
              },
              (e: unknown) => setActionError(describeError(e)),
            )
          }
        >
          {strings.objective.postComment}
        </Button>
      </Card>
      <Card>
        <Text weight="semibold">{strings.objective.activity}</Text>
        <ul>
          {activity.slice(0, 30).map((a, i) => (
            <li key={i}>
              {formatDate(a.at, app.host.locale)}: {a.text}
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
