import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountRole } from '$lib/shared/roles';
import { testEvent } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar, type CookieJar } from '$lib/server/auth/test-support';
import {
	seedCouncilFixture,
	type CouncilFixture
} from '$lib/server/oparl/read/testing/council-fixture';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { load as overview } from './+page.server';
import { load as bodyPage } from './[bodyId]/+page.server';
import { GET as calendar } from './[bodyId]/sitzungen.ics/+server';
import { load as meetingPage } from './sitzungen/[meetingId]/+page.server';
import { load as paperPage } from './vorlagen/[paperId]/+page.server';

/**
 * Imported council data is public record (it comes from public council information systems):
 * every visitor sees exactly the same council data in pages and feeds, signed in or not, whatever
 * their role. What differs is the visitor's own: the follow button (members and above; the public
 * is asked to sign in) and "Dieses Thema anderswo", scoped by the motion rules (its own tests).
 */
let f: CouncilFixture;
const jars = new Map<string, CookieJar | undefined>();
const ROLES: AccountRole[] = ['interested', 'member', 'faction_admin', 'board'];

beforeAll(async () => {
	await createTestDatabase();
	f = await seedCouncilFixture();
	jars.set('anonymous', undefined);
	for (const role of ROLES) {
		const account = await createTestAccount({ role });
		jars.set(role, (await signedInJar(account.email)).jar);
	}
});

async function seenBy(jar: CookieJar | undefined) {
	const page = async (
		load: (event: never) => Promise<unknown>,
		url: string,
		params: Record<string, string>
	) => load((await testEvent({ url, jar, params })).event as never);
	const ics = await calendar(
		(
			await testEvent({
				url: `/ratsinfo/${f.body}/sitzungen.ics`,
				jar,
				params: { bodyId: f.body }
			})
		).event as never
	);
	const { follow, signInToFollow, ...body } = (await page(bodyPage, `/ratsinfo/${f.body}`, {
		bodyId: f.body
	})) as Record<string, unknown>;
	const { similar: _similar, ...paper } = (await page(
		paperPage,
		`/ratsinfo/vorlagen/${f.papers.radweg}`,
		{ paperId: f.papers.radweg }
	)) as Record<string, unknown>;
	return {
		own: { follow, signInToFollow },
		overview: await page(overview, '/ratsinfo', {}),
		body,
		paper,
		meeting: await page(meetingPage, `/ratsinfo/sitzungen/${f.meetings.upcoming}`, {
			meetingId: f.meetings.upcoming
		}),
		calendar: (await ics.text()).replace(/^DTSTAMP:.*$/gm, '')
	};
}

describe('council pages are the same for everyone', () => {
	it('shows anonymous visitors, interested people, members, faction admins and the board the same', async () => {
		const { own: anonymousOwn, ...anonymous } = await seenBy(undefined);
		expect(anonymous.paper).toMatchObject({ paper: { reference: 'VO/2026/017' } });
		expect(anonymousOwn).toEqual({
			follow: null,
			signInToFollow: `/anmelden?weiter=${encodeURIComponent(`/ratsinfo/${f.body}`)}`
		});
		for (const role of ROLES) {
			const { own, ...seen } = await seenBy(jars.get(role));
			expect(seen, role).toEqual(anonymous);
			// Following is for members of the network: interested people get no button.
			expect(own, role).toEqual({
				follow: role === 'interested' ? null : { followsBody: false, organizationIds: [] },
				signInToFollow: null
			});
		}
	});
});
