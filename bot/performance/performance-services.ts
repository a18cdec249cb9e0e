import type { PerformanceDeps } from '../../src/app/performance/performance-deps.js';
import type { BotServices } from '../bot-services.js';

/** The bot's services when performance management is wired in (create-bot adds it). */
export interface WithPerformance {
  readonly performance: PerformanceDeps;
}

/** The performance deps handed to the bot, or null when this bot was built without them. */
export function performanceOf(services: BotServices): PerformanceDeps | null {
  return (services as BotServices & Partial<WithPerformance>).performance ?? null;
}
