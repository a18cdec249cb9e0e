import { Button, Card, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { LoadingSkeleton } from '../../components/status.js';
import { strings } from '../../strings.js';
import type { Load } from '../../use-load.js';
import { describeInsightsError } from './insights-api.js';

/** Loading and error states of one section; null once its data is there. */
export function SectionStatus({ load, retry, label }: { load: Load<unknown>; retry: () => void; label: string }) {
  if (load.state === 'loading') {
    return (
      <Card aria-busy="true" aria-label={label}>
        <LoadingSkeleton rows={3} />
      </Card>
    );
  }
  if (load.state === 'error') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {describeInsightsError(load.error)}{' '}
          <Button size="small" appearance="transparent" onClick={retry}>
            {strings.retry}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
