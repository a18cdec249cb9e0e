import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { personName, useApp } from '../../app-context.js';
import { formatDate } from '../../format.js';
import type { SidePanelView } from '../meeting-api.js';
import { meetingStrings } from '../meeting-strings.js';
import { Section } from './section.js';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** Open action items of the pair, whoever owns them. */
export function ActionItemsSection({ items }: { items: NonNullable<SidePanelView['oneOnOne']>['actionItems'] }) {
  const app = useApp();
  const styles = useStyles();
  return (
    <Section title={meetingStrings.actionItems} name="action-items">
      {items.length === 0 ? (
        <Text size={200}>{meetingStrings.actionItemsEmpty}</Text>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id} data-action-item={item.id}>
              <Text size={200}>{item.text}</Text>{' '}
              <Text size={100} className={styles.meta}>
                ({personName(app, item.ownerId)}
                {item.dueDate ? `, ${meetingStrings.due(formatDate(item.dueDate, app.host.locale))}` : ''})
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
