import { Badge, Button, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { personName, useApp } from '../../app-context.js';
import { formatDate } from '../../format.js';
import { feedbackStrings as s } from '../strings/feedback.js';
import type { FeedbackRequestView } from './feedback-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  meta: { color: tokens.colorNeutralForeground3 },
  questions: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export const requestPath = (requestId: string): string => `/reviews/feedback/requests/${encodeURIComponent(requestId)}`;

/** A feedback request in a list: whom it is about, who asked, where it stands for the viewer. */
export function FeedbackRequestCard({ request }: { request: FeedbackRequestView }) {
  const styles = useStyles();
  const app = useApp();
  const about = request.subjectId === app.me.id ? s.requests.aboutYou : s.requests.about(personName(app, request.subjectId));
  const status =
    request.answeredInviteeIds !== null
      ? s.requests.answered(request.answeredInviteeIds.length, request.inviteeIds.length)
      : request.answeredByMe === true
        ? s.requests.youAnswered
        : request.answeredByMe === false
          ? s.requests.notAnswered
          : null;
  return (
    <Card className={styles.card} data-request-id={request.id}>
      <div className={styles.header}>
        <Text weight="semibold">{about}</Text>
        <Badge appearance="tint" color={request.status === 'open' ? 'brand' : 'subtle'}>
          {request.status === 'open' ? s.requests.open : s.requests.closed}
        </Badge>
        <Text size={200} className={styles.meta}>
          {s.requests.askedBy(personName(app, request.requesterId))} · <time dateTime={request.createdAt}>{formatDate(request.createdAt, app.host.locale)}</time>
        </Text>
      </div>
      <ol className={styles.questions}>
        {request.questions.map((q) => (
          <li key={q.id}>
            <Text>{q.text}</Text>
          </li>
        ))}
      </ol>
      {status && <Text size={200}>{status}</Text>}
      <div>
        <Button size="small" appearance={request.canAnswer && !request.answeredByMe ? 'primary' : 'secondary'} onClick={() => app.navigate(requestPath(request.id))}>
          {request.canAnswer && !request.answeredByMe ? s.requests.answer : s.requests.view}
        </Button>
      </div>
    </Card>
  );
}
