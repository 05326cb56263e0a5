import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { storedFile } from '../../files/schema';
import { storeImage } from '../../files/store-image';
import { contentImage } from '../schema';
import { mediaUrl } from '../news/news-view';

export interface ContentImage {
	sha256: string;
	src: string;
	alt: string;
	mediaType: string;
	size: number;
	/** The line to paste into a Markdown text. */
	markdown: string;
}

export function imageMarkdown(alt: string, sha256: string): string {
	return `![${alt.replace(/[[\]]/g, '')}](${mediaUrl(sha256)})`;
}

/**
 * Stores an image for public content and makes it servable at `/medien/<sha256>`. The alt text
 * is required: every image on the public site must be described for people who cannot see it.
 */
export async function uploadContentImage(options: {
	actor: SessionUser | null;
	bytes: Uint8Array;
	alt: string;
	ip?: string | null;
}): Promise<ContentImage> {
	const { actor } = options;
	assertCan(actor, 'content.manage');
	const stored = await storeImage(options.bytes);
	const alt = options.alt.trim();
	await db
		.insert(contentImage)
		.values({ sha256: stored.sha256, alt, uploadedById: actor.id })
		.onConflictDoUpdate({ target: contentImage.sha256, set: { alt } });
	await recordAudit({
		actor: { id: actor.id, email: actor.email, name: actor.name },
		action: 'content.image_upload',
		targetType: 'content_image',
		targetId: stored.sha256,
		targetLabel: alt,
		details: { mediaType: stored.mediaType, size: stored.size },
		ip: options.ip ?? null
	});
	return {
		sha256: stored.sha256,
		src: mediaUrl(stored.sha256),
		alt,
		mediaType: stored.mediaType,
		size: stored.size,
		markdown: imageMarkdown(alt, stored.sha256)
	};
}

/** The board's image library, newest first. */
export async function listContentImages(
	actor: SessionUser | null,
	limit = 60
): Promise<ContentImage[]> {
	assertCan(actor, 'content.manage');
	const rows = await db
		.select({
			sha256: contentImage.sha256,
			alt: contentImage.alt,
			mediaType: storedFile.mediaType,
			size: storedFile.size
		})
		.from(contentImage)
		.innerJoin(storedFile, eq(storedFile.sha256, contentImage.sha256))
		.orderBy(desc(contentImage.createdAt))
		.limit(limit);
	return rows.map((row) => ({
		...row,
		src: mediaUrl(row.sha256),
		markdown: imageMarkdown(row.alt, row.sha256)
	}));
}

/** The alt text given at upload, or null for an unknown image. */
export async function contentImageAlt(sha256: string): Promise<string | null> {
	const [row] = await db
		.select({ alt: contentImage.alt })
		.from(contentImage)
		.where(eq(contentImage.sha256, sha256));
	return row?.alt ?? null;
}
