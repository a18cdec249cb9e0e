import { Text } from '@fluentui/react-components';

// Placeholder until this view is built; it must not ship as done.
export function ReportFeedback(_props: { personId: string }) {
  return <Text>Coming soon.</Text>;
}
