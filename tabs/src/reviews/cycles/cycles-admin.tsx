import { Text } from '@fluentui/react-components';
import type { SectionProps } from '../reviews-sections.js';

// Placeholder until this section is built; it must not ship as done.
export default function CyclesAdmin(_props: SectionProps) {
  return <Text>Coming soon.</Text>;
}
