import type { OutgoingMessage } from '../ports/proactive-sender.js';

/**
 * Puts the idempotency key into the activity's channelData (Teams ignores fields it does not know),
 * so a delivered message can be traced back to its key, e.g. by the benchmark's loopback connector.
 */
export function withDeliveryMarker(message: OutgoingMessage, key: string): OutgoingMessage {
  const channelData = typeof message.channelData === 'object' && message.channelData !== null ? (message.channelData as Record<string, unknown>) : {};
  return { ...message, channelData: { ...channelData, tandemDeliveryKey: key } };
}

export const deliveryMarkerOf = (activity: { readonly channelData?: unknown }): string | null => {
  const channelData = activity.channelData as { tandemDeliveryKey?: unknown } | undefined;
  return typeof channelData?.tandemDeliveryKey === 'string' ? channelData.tandemDeliveryKey : null;
};
