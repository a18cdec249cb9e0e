import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import { Skeleton, SkeletonItem } from '@fluentui/react-skeleton';
import { Text } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '@griffel/react';
import { strings } from '../strings.js';
import { describeError } from './describe-error.js';

const useStyles = makeStyles({
  empty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalXXL, alignItems: 'center', textAlign: 'center' },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM },
});

export function LoadingSkeleton({ rows = 4 }: { rows?: number }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={strings.loading} className={styles.skeleton}>
      {Array.from({ length: rows }, (_, i) => (
        <SkeletonItem key={i} size={32} />
      ))}
    </Skeleton>
  );
}

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: React.ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.empty} role="status">
      <Text weight="semibold" size={400}>
        {title}
      </Text>
      {hint && <Text>{hint}</Text>}
      {action}
    </div>
  );
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {describeError(error)}{' '}
        {onRetry && (
          <Button size="small" appearance="transparent" onClick={onRetry}>
            {strings.retry}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
