import { canManageCycles, type Actor } from '../okr-permissions.js';

/**
 * Bulk export and import of a cycle are for OKR admins. Every OKR stays readable by everyone in the
 * tenant through the board and the API; a whole-cycle file (with everyone's email address) and a
 * write path that touches every objective at once are the admin's tools, like running the cycle.
 */
export const canTransferCycle = (actor: Actor, cycleTenantId: string): boolean => actor.tenantId === cycleTenantId && canManageCycles(actor);
