import { fileTypeFromBuffer } from 'file-type';

/**
 * Image formats accepted for public content (news, pages), judged by content: a browser's claim
 * or a file name can say anything, and SVG is left out on purpose (it can carry script).
 */
export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageMediaType = (typeof IMAGE_MEDIA_TYPES)[number];

export function isImageMediaType(value: string): value is ImageMediaType {
	return (IMAGE_MEDIA_TYPES as readonly string[]).includes(value);
}

export async function detectImageType(bytes: Uint8Array): Promise<ImageMediaType | null> {
	const detected = await fileTypeFromBuffer(bytes);
	return detected && isImageMediaType(detected.mime) ? detected.mime : null;
}

/** Images are for pages, not archives of photos: 5 MB is plenty for a web picture. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
