import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { Action } from './use-action.js';

/** The outcome of the last write: its error as an alert, or a quiet confirmation for screen readers and eyes. */
export function ActionStatus({ action, done }: { action: Action; done?: string | null }) {
  if (action.error) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{action.error}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Text size={200} role="status" aria-live="polite">
      {done ?? ''}
    </Text>
  );
}
