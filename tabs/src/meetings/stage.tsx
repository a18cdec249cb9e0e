import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../app-context.js';
import { LoadingSkeleton } from '../components/status.js';
import { useLoad } from '../use-load.js';
import { describeMeetingError } from './describe-meeting-error.js';
import { meetingApi } from './meeting-api.js';
import { meetingStrings } from './meeting-strings.js';
import type { MeetingSurface } from './meeting-surface.js';
import { PublicBoard } from './public-board.js';

const useStyles = makeStyles({
  stage: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * The meeting stage: everyone in the meeting looks at it, so it shows a public OKR board only (the
 * server serves it from shared goal data, whatever is asked).
 */
export default function MeetingStage({ surface }: { surface: MeetingSurface }) {
  const app = useApp();
  const styles = useStyles();
  const [load, retry] = useLoad(() => meetingApi(app.api, surface).stage(surface.subject), [surface.meetingId, surface.chatId, surface.subject]);
  return (
    <main className={styles.stage} data-meeting-stage>
      {load.state === 'loading' && <LoadingSkeleton rows={6} />}
      {load.state === 'error' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {describeMeetingError(load.error)}{' '}
            <Button size="small" appearance="transparent" onClick={retry}>
              {meetingStrings.refresh}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {load.state === 'ready' && (
        <>
          <Text as="h1" size={700} weight="semibold">
            {load.value.board.subject.kind === 'company' ? meetingStrings.stageCompany : meetingStrings.stageTitle(load.value.board.subject.name)}
          </Text>
          {load.value.board.cycle && <Text size={300}>{load.value.board.cycle.name}</Text>}
          <PublicBoard board={load.value.board} layout="stage" />
        </>
      )}
    </main>
  );
}
