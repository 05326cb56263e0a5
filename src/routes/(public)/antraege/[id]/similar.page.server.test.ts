import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent } from '$lib/server/auth/test-event';
import { signedInJar, type CookieJar } from '$lib/server/auth/test-support';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import {
	createCouncilBody,
	createCouncilPaper,
	createCouncilSource
} from '$lib/server/oparl/similar/testing/council-fixtures';
import { createIndexedMotion } from '$lib/server/oparl/similar/testing/motion-fixtures';
import { createTestDatabase, testDatabaseKind } from '$lib/server/testing/test-db';
import { load } from './+page.server';

let fx: DirectoryFixtures;
const ids: Record<string, string> = {};
let memberJar: CookieJar;
let factionJar: CookieJar;

beforeAll(async () => {
	await createTestDatabase();
	fx = await seedDirectoryFixtures();
	const source = await createCouncilSource();
	const body = await createCouncilBody(source, { name: 'Stadt Beispielstadt' });
	ids.paper = await createCouncilPaper(source, body, {
		name: 'Streuobstwiesen pflegen und erhalten',
		text: 'Die Stadt pflegt ihre Streuobstwiesen und pflanzt alte Obstsorten nach.'
	});
	ids.publicMotion = await createIndexedMotion({
		title: 'Streuobstwiesen erhalten',
		text: 'Alte Obstsorten auf Streuobstwiesen pflegen.',
		visibility: 'public'
	});
	ids.membersMotion = await createIndexedMotion({
		title: 'Pflegekonzept für Streuobstwiesen',
		text: 'Obstsorten und Streuobstwiesen im Kreis erhalten.',
		visibility: 'members'
	});
	ids.draft = await createIndexedMotion({
		title: 'Geheimer Entwurf: Streuobstwiesen und Obstsorten',
		visibility: 'faction',
		status: 'draft',
		factionId: fx.organizations.factionVg
	});
	memberJar = (await signedInJar(fx.users.member.email)).jar;
	factionJar = (await signedInJar(fx.users.faction_admin.email)).jar;
});

async function similarOnMotionPage(jar?: CookieJar): Promise<string[]> {
	const { event } = await testEvent({
		url: `/antraege/${ids.publicMotion}`,
		params: { id: ids.publicMotion! },
		jar
	});
	const data = await load(event as never);
	return data.similar.map((item) => item.id);
}

describe(`/antraege/[id] Dieses Thema anderswo on ${testDatabaseKind}`, () => {
	it('each reader sees the similar council papers and exactly the motions they may read', async () => {
		const anonymous = await similarOnMotionPage();
		expect(anonymous).toContain(ids.paper);
		expect(anonymous).not.toContain(ids.publicMotion);
		expect(anonymous).not.toContain(ids.membersMotion);
		expect(anonymous).not.toContain(ids.draft);

		const member = await similarOnMotionPage(memberJar);
		expect(member).toContain(ids.membersMotion);
		expect(member).not.toContain(ids.draft);

		const faction = await similarOnMotionPage(factionJar);
		expect(faction).toContain(ids.draft);
	});
});
