import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET } from './+server';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

async function get(url: string, email?: string) {
	const jar = email ? (await signedInJar(email)).jar : undefined;
	const { event } = await testEvent({ url, jar });
	return GET(event as never);
}

describe('GET /api/v1/search', () => {
	it('answers the DESIGN.md contract, uncached, to anonymous callers', async () => {
		const response = await get('/api/v1/search?q=Schmitt&type=person');
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(await response.json()).toEqual({
			total: 1,
			items: [
				{
					type: 'person',
					id: f.people.heinz,
					title: 'Heinz Schmidt',
					snippet: expect.any(String),
					url: `/personen/${f.people.heinz}`,
					date: '2024-06-09'
				}
			]
		});
	});

	it('finds people without an elected seat only for signed-in members', async () => {
		const anonymous = await (await get('/api/v1/search?q=Verborgen&type=person')).json();
		expect(anonymous).toEqual({ total: 0, items: [] });
		const member = await (
			await get('/api/v1/search?q=Verborgen&type=person', 'mitglied@example.org')
		).json();
		expect(member.items.map((item: { title: string }) => item.title)).toEqual(['Hanna Verborgen']);
	});

	it('refuses unknown types and bad pages in German', async () => {
		expect(await thrownBy(() => get('/api/v1/search?q=a&type=antrag'))).toMatchObject({
			status: 400,
			body: { message: expect.stringContaining('Unbekannter Typ') }
		});
		expect(await thrownBy(() => get('/api/v1/search?q=a&page=0'))).toMatchObject({
			status: 400,
			body: { message: 'Die Seite beginnt bei 1.' }
		});
	});

	it('treats empty parameters as absent', async () => {
		const response = await get('/api/v1/search?q=&type=&page=');
		expect((await response.json()).total).toBe(3);
	});
});
