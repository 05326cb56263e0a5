import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { db } from '$lib/server/db';
import { person } from '$lib/server/directory/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { load } from './+page.server';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

async function loadAs(id: string, email?: string) {
	const jar = email ? (await signedInJar(email)).jar : undefined;
	const { event } = await testEvent({ url: `/personen/${id}`, jar, params: { id } });
	return load(event as never);
}

describe('/personen/[id]', () => {
	it('answers 404 alike for a hidden person and an unknown id', async () => {
		const hidden = await thrownBy(() => loadAs(f.people.hanna));
		const unknown = await thrownBy(() => loadAs('00000000-0000-4000-8000-000000000000'));
		expect(hidden).toMatchObject({ status: 404 });
		expect(unknown).toEqual(hidden);
	});

	it('sends the page only the fields the viewer may see, biography as sanitised HTML', async () => {
		const anonymous = await loadAs(f.people.greta);
		expect(anonymous.person).toMatchObject({ email: null, phone: null, topics: null });
		expect(anonymous.biographyHtml).toBe('<p>Seit 2014 im Kreistag.</p>\n');
		expect(anonymous).toMatchObject({ canEdit: false, canContact: false });

		const member = await loadAs(f.people.greta, 'mitglied@example.org');
		expect(member.person).toMatchObject({ email: 'greta.beispielhaft@example.org', phone: null });
		expect(member).toMatchObject({ canEdit: false, canContact: false });

		const factionAdmin = await loadAs(f.people.greta, 'fraktion@example.org');
		expect(factionAdmin.person.phone).toBe('0381 5550101');
		expect(factionAdmin.canEdit).toBe(true);
	});

	it('offers members the contact form where the address is hidden from them', async () => {
		await db.update(person).set({ emailVisibility: 'board' }).where(eq(person.id, f.people.katrin));
		const member = await loadAs(f.people.katrin, 'mitglied@example.org');
		expect(member.person.email).toBeNull();
		expect(member.canContact).toBe(true);
		expect((await loadAs(f.people.katrin, 'vorstand@example.org')).canContact).toBe(false);
	});
});
