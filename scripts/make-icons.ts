// Draws Tandem's Teams icons: two interlocking rings (OKRs and performance, side by side and
// linked, never merged). Run `npx tsx scripts/make-icons.ts` to regenerate appPackage/color.png
// (192x192, full colour) and appPackage/outline.png (32x32, white on transparent). The drawing
// is procedural and deterministic, so the committed PNGs can be checked against it.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

/** Brand colour: the colour icon's background and the manifest's accentColor. */
export const BRAND_COLOR = '#0E6E6A';

type Rgb = readonly [number, number, number];

const hex = (color: string): Rgb => {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

interface Ring {
  readonly cx: number;
  readonly cy: number;
  /** Radius of the stroke's centre line. */
  readonly r: number;
  /** Stroke width. */
  readonly width: number;
}

interface Mark {
  readonly left: Ring;
  readonly right: Ring;
  /** Clear space cut around the upper ring where the rings cross, so they read as interlocked. */
  readonly gap: number;
}

/** Area of the pixel (x, y) covered by a ring stroke widened by `extra` on both sides, 0..1. */
function ringCoverage(ring: Ring, x: number, y: number, extra = 0, samples = 8): number {
  // Supersampling on a regular grid: exact enough at these sizes, and deterministic.
  let inside = 0;
  const half = ring.width / 2 + extra;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const px = x + (sx + 0.5) / samples;
      const py = y + (sy + 0.5) / samples;
      const d = Math.abs(Math.hypot(px - ring.cx, py - ring.cy) - ring.r);
      if (d <= half) inside++;
    }
  }
  return inside / (samples * samples);
}

/**
 * Per pixel, the coverage of each ring after the interlock: at the upper crossing the left ring
 * passes over the right one, at the lower crossing the right ring passes over the left one. The
 * ring underneath loses the coverage of the upper ring's widened stroke (the gap).
 */
function markLayers(mark: Mark, x: number, y: number): { left: number; right: number; leftOnTop: boolean } {
  const left = ringCoverage(mark.left, x, y);
  const right = ringCoverage(mark.right, x, y);
  const midY = (mark.left.cy + mark.right.cy) / 2;
  const leftOnTop = y + 0.5 < midY;
  if (leftOnTop) {
    const cut = ringCoverage(mark.left, x, y, mark.gap);
    return { left, right: right * (1 - cut), leftOnTop };
  }
  const cut = ringCoverage(mark.right, x, y, mark.gap);
  return { left: left * (1 - cut), right, leftOnTop };
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/** 192x192: the two rings in white and warm amber on the brand colour, within the central ~110 px. */
export function drawColorIcon(): PNG {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const background = hex(BRAND_COLOR);
  const white: Rgb = [255, 255, 255];
  const amber = hex('#FFC34D');
  const c = size / 2;
  const mark: Mark = {
    left: { cx: c - 19, cy: c, r: 31, width: 11 },
    right: { cx: c + 19, cy: c, r: 31, width: 11 },
    gap: 3.5,
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const layers = markLayers(mark, x, y);
      // Paint bottom to top: whichever ring is underneath here first, then the one on top.
      let color = background;
      if (layers.leftOnTop) {
        color = mix(color, amber, layers.right);
        color = mix(color, white, layers.left);
      } else {
        color = mix(color, white, layers.left);
        color = mix(color, amber, layers.right);
      }
      const i = (y * size + x) * 4;
      png.data[i] = Math.round(color[0]);
      png.data[i + 1] = Math.round(color[1]);
      png.data[i + 2] = Math.round(color[2]);
      png.data[i + 3] = 255;
    }
  }
  return png;
}

/** 32x32: the same mark in white on a transparent background, filling most of the square. */
export function drawOutlineIcon(): PNG {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  const mark: Mark = {
    left: { cx: c - 5, cy: c, r: 8.25, width: 2.5 },
    right: { cx: c + 5, cy: c, r: 8.25, width: 2.5 },
    gap: 1.25,
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const { left, right } = markLayers(mark, x, y);
      // Union of two coverages that do not overlap after the cut (a - a*b keeps it within 0..1).
      const alpha = Math.min(1, left + right - left * right);
      const a = Math.round(alpha * 255);
      const i = (y * size + x) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = a;
    }
  }
  return png;
}

/** PNG bytes, with no time stamps, so regenerating gives byte-identical files. */
export const encodePng = (png: PNG): Buffer => PNG.sync.write(png, { colorType: 6 });

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = fileURLToPath(new URL('../appPackage/', import.meta.url));
  writeFileSync(`${dir}color.png`, encodePng(drawColorIcon()));
  writeFileSync(`${dir}outline.png`, encodePng(drawOutlineIcon()));
  console.log(`wrote ${dir}color.png (192x192) and ${dir}outline.png (32x32)`);
}
