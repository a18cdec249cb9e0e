import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { feedbackStrings as s } from '../strings/feedback.js';
import { usePagedList } from './use-paged-list.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
});

/** A titled list from a paged endpoint, with loading, empty and error states and "Show more". */
export function PagedSection<T extends { id: string }>(props: { title: string; path: string; empty: string; emptyHint?: string; headingLevel?: 'h2' | 'h3'; render: (item: T) => ReactNode; filter?: (item: T) => boolean }) {
  const styles = useStyles();
  const list = usePagedList<T>(props.path);
  const id = useId();
  const items = list.state === 'ready' ? list.items.filter(props.filter ?? (() => true)) : [];
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as={props.headingLevel ?? 'h2'} id={id} size={500} weight="semibold">
        {props.title}
      </Text>
      {list.state === 'loading' && <LoadingSkeleton rows={2} />}
      {list.state === 'error' && <ErrorMessage error={list.error} onRetry={list.retry} />}
      {list.state === 'ready' && items.length === 0 && !list.more && <EmptyState title={props.empty} {...(props.emptyHint ? { hint: props.emptyHint } : {})} />}
      {items.length > 0 && (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id}>{props.render(item)}</li>
          ))}
        </ul>
      )}
      {list.state === 'ready' && list.moreError !== null && <ErrorMessage error={list.moreError} onRetry={list.more ?? undefined} />}
      {list.state === 'ready' && list.more && (
        <div>
          <Button onClick={list.more} disabled={list.loadingMore}>
            {s.lists.loadMore}
          </Button>
        </div>
      )}
    </section>
  );
}
