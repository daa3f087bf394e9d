import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { HttpError } from '../../http/errors.js';

/** The variants made of every image: a thumbnail for grids and pickers, and a size for web pages. Both WebP. */
export const VARIANTS = { thumb: 320, web: 1600 } as const;
export type VariantName = keyof typeof VARIANTS;

export interface Variant {
  name: VariantName;
  path: string;
  width: number;
  height: number;
  bytes: number;
  content_type: 'image/webp';
}

// Decoding bombs: an image declaring more pixels than this is refused before it is decoded.
const MAX_PIXELS = 100_000_000;

/**
 * An image's size and its variants, written to temporary files the caller stores and removes.
 * sharp reads the file from disk and writes each variant to disk; the orientation a camera
 * recorded is applied first, so width and height are as the image is seen.
 */
export async function processImage(source: string): Promise<{ width: number; height: number; variants: Variant[] }> {
  let meta: Metadata;
  try {
    meta = await sharp(source, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw new HttpError(422, 'The image could not be read: it is damaged or not the type its bytes begin as.', {
      file: 'Not a readable image.',
    });
  }
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 0;
  const height = (turned ? meta.width : meta.height) ?? 0;
  const variants: Variant[] = [];
  try {
    for (const [name, size] of Object.entries(VARIANTS) as [VariantName, number][]) {
      const target = path.join(os.tmpdir(), `media-variant-${randomBytes(12).toString('hex')}.webp`);
      variants.push({ name, path: target, width: 0, height: 0, bytes: 0, content_type: 'image/webp' });
      const info = await sharp(source, { limitInputPixels: MAX_PIXELS, animated: false })
        .rotate()
        .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 })
        .toFile(target);
      Object.assign(variants.at(-1)!, { width: info.width, height: info.height, bytes: info.size });
    }
  } catch {
    await Promise.all(variants.map((variant) => rm(variant.path, { force: true })));
    throw new HttpError(422, 'The image could not be converted: it is damaged.', { file: 'Not a readable image.' });
  }
  return { width, height, variants };
}
