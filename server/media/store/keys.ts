/** Where a file and its variants live in the store: by the hash of the original's bytes. */
export const objectKey = (sha256: string, variant = 'original') => `${sha256.slice(0, 2)}/${sha256}/${variant}`;

/** An image's variant (thumb, web), stored as WebP beside its original. */
export const variantKey = (sha256: string, variant: string) => objectKey(sha256, `${variant}.webp`);
