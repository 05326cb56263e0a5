import { beforeEach, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../auth/policy';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { demoCoverPng } from '../../demo/demo-cover-image';
import { FileTooLargeError } from '../../files/errors';
import { storeDocument } from '../../files/store-file';
import { fixture } from '../../files/testing/fixtures';
import { emptyTestDatabase } from '../../testing/test-db';
import { renderMarkdown } from '../render-markdown';
import { openMedia } from './open-media';
import { listContentImages, uploadContentImage } from './upload-content-image';
import { UnsupportedImageTypeError } from '../../files/store-image';

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('content images', () => {
	let board: SessionUser;

	beforeEach(async () => {
		await emptyTestDatabase();
		board = await createTestActor('board');
	});

	it('keeps a PNG by its hash, offers the Markdown line and serves it publicly', async () => {
		const image = await uploadContentImage({
			actor: board,
			bytes: demoCoverPng(20, 10),
			alt: 'Streifen [bunt]'
		});
		expect(image.mediaType).toBe('image/png');
		expect(image.markdown).toBe(`![Streifen bunt](/medien/${image.sha256})`);
		expect((await listContentImages(board)).map((i) => i.sha256)).toEqual([image.sha256]);
		const media = await openMedia(image.sha256);
		expect(media).toMatchObject({ mediaType: 'image/png' });
		expect(renderMarkdown(image.markdown)).toContain(
			`<img src="/medien/${image.sha256}" alt="Streifen bunt"`
		);
	});

	it('judges the type by content: SVG, text and renamed files are refused, big ones too', async () => {
		await expect(uploadContentImage({ actor: board, bytes: SVG, alt: 'x' })).rejects.toBeInstanceOf(
			UnsupportedImageTypeError
		);
		await expect(
			uploadContentImage({ actor: board, bytes: Buffer.from('%PDF-1.7 nicht wirklich'), alt: 'x' })
		).rejects.toBeInstanceOf(UnsupportedImageTypeError);
		await expect(
			uploadContentImage({ actor: board, bytes: new Uint8Array(6 * 1024 * 1024), alt: 'x' })
		).rejects.toBeInstanceOf(FileTooLargeError);
	});

	it('never serves a stored file that is not a content image (private attachments)', async () => {
		const document = await storeDocument(fixture('antrag.pdf'));
		expect(await openMedia(document.sha256)).toBeNull();
		expect(await openMedia('../../etc/passwd')).toBeNull();
		expect(renderMarkdown('![x](https://tracker.example/pixel.png)')).not.toContain('<img');
	});

	it('lets only the board upload', async () => {
		const member = await createTestActor('member');
		await expect(
			uploadContentImage({ actor: member, bytes: demoCoverPng(10, 10), alt: 'x' })
		).rejects.toBeInstanceOf(AccessDeniedError);
	});
});
