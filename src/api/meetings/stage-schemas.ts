import { z } from 'zod';
import { chatIdSchema } from './meeting-ref-schemas.js';

/** The stage's query: the meeting chat and what the side panel shared (`person:<id>`, `team:<id>` or `company`). Nothing else is accepted. */
export const stageQuerySchema = z.strictObject({
  chatId: chatIdSchema,
  subject: z
    .string()
    .max(200)
    .regex(/^(company|(person|team):[A-Za-z0-9._-]{1,128})$/, 'person:<id>, team:<id> or company')
    .optional(),
});
