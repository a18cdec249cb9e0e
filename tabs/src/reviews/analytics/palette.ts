import { tokens } from '@fluentui/react-components';

// An ordinal scale from "not yet" (neutral) through under way (warm) to done (green); theme tokens,
// so the dark and high-contrast themes keep their own shades.
const ORDINAL = [
  tokens.colorNeutralForeground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteDarkGreenBorderActive,
];

/** The colour of step `index` of `count` ordered steps, spread over the scale, last always green. */
export const ordinalColor = (index: number, count: number): string => ORDINAL[count <= 1 ? ORDINAL.length - 1 : Math.round((index * (ORDINAL.length - 1)) / (count - 1))]!;

export const SERIES_COLORS = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteGreenBorderActive];
