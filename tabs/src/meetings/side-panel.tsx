import { Button, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useApp } from '../app-context.js';
import { LoadingSkeleton } from '../components/status.js';
import { useLoad } from '../use-load.js';
import { describeMeetingError } from './describe-meeting-error.js';
import { meetingApi, type SidePanelView } from './meeting-api.js';
import { meetingStrings } from './meeting-strings.js';
import type { MeetingSurface } from './meeting-surface.js';
import { PublicBoard } from './public-board.js';
import { shareToStage, stageUrl } from './share-to-stage.js';
import { ActionItemsSection } from './side-panel/action-items-section.js';
import { AgendaSection } from './side-panel/agenda-section.js';
import { OkrsSection } from './side-panel/okrs-section.js';
import { PrivateNoteSection } from './side-panel/private-note-section.js';
import { ReviewDraftSection } from './side-panel/review-draft-section.js';
import { SelfReviewSection } from './side-panel/self-review-section.js';

const useStyles = makeStyles({
  panel: { boxSizing: 'border-box', minHeight: '100vh', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  compact: { padding: tokens.spacingHorizontalS, maxWidth: '100%' },
  wide: { padding: tokens.spacingHorizontalL, maxWidth: '48rem' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, justifyContent: 'space-between' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  select: { maxWidth: '100%' },
});

/** The counterpart the viewer picked in this meeting, remembered for the session. */
const storageKey = (meetingId: string) => `tandem.meeting.${meetingId}.counterpart`;

/**
 * The meeting side panel, per participant. The server decides what it holds: for a manager-report
 * pair the 1:1 (shared agenda, OKRs, action items, the viewer's own private note) and the manager's
 * review draft or the report's open self review; anywhere else public OKR content only.
 */
export default function MeetingSidePanel({ surface }: { surface: MeetingSurface }) {
  const app = useApp();
  const styles = useStyles();
  const api = useMemo(() => meetingApi(app.api, surface), [app.api, surface.meetingId, surface.chatId]);
  const [counterpart, setCounterpartState] = useState<string | null>(() => sessionStorage.getItem(storageKey(surface.meetingId)));
  const [version, setVersion] = useState(0);
  const [shareState, setShareState] = useState<'idle' | 'shared' | 'failed'>('idle');
  // The counterpart the server found on its own: later calls name it, so the roster is not searched again.
  const found = useRef<string | null>(null);
  const [load, retry] = useLoad(async () => {
    const loaded = await api.sidePanel(counterpart ?? found.current);
    found.current = loaded.counterpart?.id ?? null;
    return loaded;
  }, [api, counterpart, version]);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const setCounterpart = (id: string | null) => {
    found.current = null;
    if (id) sessionStorage.setItem(storageKey(surface.meetingId), id);
    else sessionStorage.removeItem(storageKey(surface.meetingId));
    setCounterpartState(id);
  };

  const view: SidePanelView | null = load.state === 'ready' ? load.value : null;
  const named = counterpart ?? view?.counterpart?.id ?? null;
  const stageSubject = view?.oneOnOne ? `person:${view.oneOnOne.report.id}` : view?.counterpart ? `person:${view.counterpart.id}` : 'company';
  const title = view?.oneOnOne ? meetingStrings.oneOnOneWith(view.counterpart?.displayName ?? '') : meetingStrings.groupTitle;

  return (
    <main className={`${styles.panel} ${surface.compact ? styles.compact : styles.wide}`} data-meeting-side-panel data-kind={view?.kind ?? 'loading'}>
      <header className={styles.header}>
        <Text as="h1" size={400} weight="semibold">
          {view ? title : meetingStrings.panelTitle}
        </Text>
        <div className={styles.actions}>
          {surface.compact && view && (
            <Button
              size="small"
              onClick={() =>
                void shareToStage(stageUrl(stageSubject)).then(
                  () => setShareState('shared'),
                  () => setShareState('failed'),
                )
              }
            >
              {meetingStrings.shareToStage}
            </Button>
          )}
          <Button size="small" appearance="subtle" onClick={changed}>
            {meetingStrings.refresh}
          </Button>
        </div>
      </header>
      {shareState !== 'idle' && (
        <Text size={200} role="status">
          {shareState === 'shared' ? meetingStrings.shared : meetingStrings.shareFailed}
        </Text>
      )}
      {load.state === 'loading' && <LoadingSkeleton rows={5} />}
      {load.state === 'error' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {describeMeetingError(load.error)}{' '}
            <Button size="small" appearance="transparent" onClick={retry}>
              {meetingStrings.refresh}
            </Button>
            {(counterpart || found.current) && (
              <Button
                size="small"
                appearance="transparent"
                onClick={() => {
                  setCounterpart(null);
                  changed();
                }}
              >
                {meetingStrings.chooseNobody}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {view && view.candidates.length > 0 && (
        <div>
          <Text size={200} as="p">
            {meetingStrings.chooseHint}
          </Text>
          <Select className={styles.select} size="small" aria-label={meetingStrings.choose} value={counterpart ?? ''} onChange={(_, d) => setCounterpart(d.value || null)}>
            <option value="">{meetingStrings.chooseNobody}</option>
            {view.candidates.map((c) => (
              <option key={c.id} value={c.id}>{`${c.displayName} — ${c.jobTitle}`}</option>
            ))}
          </Select>
        </div>
      )}
      {view?.oneOnOne && (
        <>
          <AgendaSection oneOnOne={view.oneOnOne} api={api} counterpart={named} onChanged={changed} />
          <ActionItemsSection items={view.oneOnOne.actionItems} />
          <OkrsSection oneOnOne={view.oneOnOne} />
          <PrivateNoteSection oneOnOne={view.oneOnOne} api={api} counterpart={named} />
          {view.managerReview && <ReviewDraftSection review={view.managerReview} />}
          {view.selfReview && <SelfReviewSection review={view.selfReview} />}
        </>
      )}
      {view && !view.oneOnOne && view.publicBoard && (
        <>
          <Text size={200}>{meetingStrings.publicOnly}</Text>
          <PublicBoard board={view.publicBoard} layout="compact" />
        </>
      )}
    </main>
  );
}
