import type { OkrDeps } from '../okr/okr-deps.js';
import type { TableCodec } from './table-codec.js';

/** What the OKR import and export may touch: the goals side only, and the spreadsheet codec. */
export interface PortabilityDeps extends OkrDeps {
  readonly files: TableCodec;
}
