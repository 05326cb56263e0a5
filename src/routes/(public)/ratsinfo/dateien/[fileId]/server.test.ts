import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import {
	seedCouncilFixture,
	type CouncilFixture
} from '$lib/server/oparl/read/testing/council-fixture';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET } from './+server';

let f: CouncilFixture;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedCouncilFixture();
});

async function get(fileId: string) {
	const { event } = await testEvent({ url: `/ratsinfo/dateien/${fileId}`, params: { fileId } });
	return GET(event as never);
}

describe('/ratsinfo/dateien/[fileId]', () => {
	it('downloads our stored copy as an attachment that cannot run as a page', async () => {
		const response = await get(f.files.main);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toContain(
			'filename="Beschlussvorlage_VO-2026-017.pdf"'
		);
		expect(response.headers.get('content-security-policy')).toContain('sandbox');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(Buffer.from(await response.arrayBuffer()).toString()).toContain('%PDF-1.4');
	});

	it('has nothing for files not stored here (their pages link to the source)', async () => {
		for (const id of [f.files.attachment, f.papers.radweg, 'datei'])
			expect(await thrownBy(() => get(id))).toMatchObject({ status: 404 });
	});
});
