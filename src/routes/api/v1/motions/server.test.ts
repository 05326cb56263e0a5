import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '$lib/server/api-tokens/create-api-token';
import { revokeApiToken } from '$lib/server/api-tokens/revoke-api-token';
import { apiEvent } from '$lib/server/api-tokens/testing/api-event';
import { user } from '$lib/server/auth/schema';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { motion } from '$lib/server/motions/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET } from './[id]/+server';
import { POST } from './+server';

type Role = 'board' | 'faction_admin' | 'member' | 'interested';
let f: DirectoryFixtures;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	for (const role of ['board', 'faction_admin', 'member', 'interested'] as const) {
		tokens[role] = (await createApiToken({ actor: f.users[role], name: `Test ${role}` })).token;
	}
});

/** What a client receives: the hook's refusal, the handler's response, or its thrown error. */
async function call(
	handler: (event: never) => Promise<Response>,
	options: Parameters<typeof apiEvent>[0]
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
	const { event, refusal } = await apiEvent(options);
	if (refusal)
		return { status: refusal.status, body: await refusal.json(), headers: refusal.headers };
	try {
		const response = await handler(event as never);
		return { status: response.status, body: await response.json(), headers: response.headers };
	} catch (caught) {
		const http = caught as { status?: number; body?: Record<string, unknown> };
		if (typeof http.status !== 'number') throw caught;
		return { status: http.status, body: http.body ?? {}, headers: new Headers() };
	}
}

const post = (json: unknown, token?: string) =>
	call(POST, { url: '/api/v1/motions', method: 'POST', token, json });
const get = (id: string, token?: string) =>
	call(GET, { url: `/api/v1/motions/${id}`, token, params: { id } });

const MOTION = {
	type: 'motion',
	title: 'Kostenfreies Mittagessen in Kitas',
	text: '## Beschlussvorschlag\n\n1. Das Mittagessen wird kostenfrei.',
	justification: 'Kinder lernen satt besser.',
	topics: ['schule', 'Haushalt'],
	visibility: 'members'
};

describe('POST /api/v1/motions', () => {
	it('creates the motion as the token’s owner: 201 {"id","url"} and a Location', async () => {
		const created = await post(MOTION, tokens.member);
		expect(created.status).toBe(201);
		const id = created.body.id as string;
		expect(created.body).toEqual({ id, url: `/antraege/${id}` });
		expect(created.headers.get('location')).toBe(`/api/v1/motions/${id}`);
		const [row] = await db.select().from(motion).where(eq(motion.id, id));
		expect(row).toMatchObject({
			title: MOTION.title,
			visibility: 'members',
			status: 'draft',
			createdById: f.users.member.id
		});
		const read = await get(id, tokens.member);
		expect(read.body.topics).toEqual([
			{ slug: 'haushalt', name: 'Haushalt' },
			{ slug: 'schule', name: 'Schule' }
		]);
		expect(read.body.authors).toEqual([{ name: 'Mira Mitgliedermann' }]);
	});

	it('answers 401 without or with a dead token and 403 to accounts outside the network', async () => {
		expect((await post(MOTION)).status).toBe(401);
		expect((await post(MOTION, 'kn_ausgedacht')).status).toBe(401);
		const interested = await post(MOTION, tokens.interested);
		expect(interested).toMatchObject({ status: 403, body: { message: 'Keine Berechtigung' } });
		const dead = await createApiToken({ actor: f.users.member, name: 'Weg' });
		await revokeApiToken({ actor: f.users.member, tokenId: dead.id });
		expect(await post(MOTION, dead.token)).toMatchObject({
			status: 401,
			body: { message: 'Der API-Token ist ungültig, abgelaufen oder widerrufen.' }
		});
		expect(
			await db.select().from(motion).where(eq(motion.createdById, f.users.interested.id))
		).toEqual([]);
	});

	it('explains bad input in German, field by field, and stores nothing', async () => {
		const before = (await db.select({ id: motion.id }).from(motion)).length;
		expect(
			await post({ type: 'antrag', title: ' ', visibility: 'geheim' }, tokens.member)
		).toMatchObject({
			status: 400,
			body: {
				message: 'Die Angaben sind unvollständig oder fehlerhaft.',
				errors: {
					type: ['Bitte eine Art auswählen.'],
					title: ['Bitte einen Titel angeben.'],
					visibility: ['Bitte auswählen, wer den Antrag sehen darf.']
				}
			}
		});
		expect(await post({ ...MOTION, titel: 'Tippfehler' }, tokens.member)).toMatchObject({
			status: 400,
			body: { errors: { titel: ['Unbekanntes Feld „titel“.'] } }
		});
		expect(await post({ ...MOTION, topics: ['gibt-es-nicht'] }, tokens.member)).toMatchObject({
			status: 400,
			body: { errors: { topics: ['Dieses Thema gibt es nicht.'] } }
		});
		expect(await post([MOTION], tokens.member)).toMatchObject({ status: 400 });
		const broken = await call(POST, {
			url: '/api/v1/motions',
			token: tokens.member,
			body: '{"title": '
		});
		expect(broken).toMatchObject({
			status: 400,
			body: { message: 'Der Inhalt ist kein gültiges JSON.' }
		});
		const form = await call(POST, {
			url: '/api/v1/motions',
			token: tokens.member,
			body: 'title=x',
			contentType: 'application/x-www-form-urlencoded'
		});
		expect(form.status).toBe(415);
		expect((await db.select({ id: motion.id }).from(motion)).length).toBe(before);
	});

	it('files for the caller’s own faction only, as the form does', async () => {
		const foreign = await post(
			{ ...MOTION, visibility: 'faction', factionId: f.organizations.factionVg },
			tokens.member
		);
		expect(foreign).toMatchObject({
			status: 403,
			body: { errors: { factionId: [expect.stringContaining('der Sie angehören')] } }
		});
		const own = await post(
			{ ...MOTION, visibility: 'faction', factionId: f.organizations.factionVg },
			tokens.faction_admin
		);
		expect(own.status).toBe(201);
	});
});

describe('GET /api/v1/motions/:id', () => {
	async function created(visibility: string, token: string, extra: object = {}) {
		const response = await post({ ...MOTION, visibility, ...extra }, token);
		expect(response.status).toBe(201);
		return response.body.id as string;
	}

	const visitors = [undefined, 'interested', 'member', 'faction_admin', 'board'] as const;
	async function statusPerVisitor(id: string) {
		const result: Record<string, number> = {};
		for (const visitor of visitors) {
			result[visitor ?? 'anonymous'] = (await get(id, visitor && tokens[visitor])).status;
		}
		return result;
	}

	it('shows a faction draft to its authors and faction only; hidden answers like unknown', async () => {
		const draft = await created('faction', tokens.faction_admin, {
			factionId: f.organizations.factionVg
		});
		expect(await statusPerVisitor(draft)).toEqual({
			anonymous: 404,
			interested: 404,
			member: 404,
			faction_admin: 200,
			board: 404
		});
		const hidden = await get(draft, tokens.member);
		const unknown = await get('00000000-0000-4000-8000-000000000000', tokens.member);
		const malformed = await get('kein-antrag', tokens.member);
		expect(hidden).toEqual({ ...unknown, headers: hidden.headers });
		expect(malformed.body).toEqual(hidden.body);
		expect(hidden.body).toEqual({ message: 'Diesen Antrag gibt es nicht.' });
	});

	it('shows members-only motions to the network and public ones to everyone', async () => {
		const members = await created('members', tokens.member);
		expect(await statusPerVisitor(members)).toEqual({
			anonymous: 404,
			interested: 404,
			member: 200,
			faction_admin: 200,
			board: 200
		});
		const open = await created('public', tokens.member);
		expect(await statusPerVisitor(open)).toEqual({
			anonymous: 200,
			interested: 200,
			member: 200,
			faction_admin: 200,
			board: 200
		});
		const anonymous = await get(open);
		expect(anonymous.body).toMatchObject({
			id: open,
			url: `/antraege/${open}`,
			type: 'motion',
			title: MOTION.title,
			text: MOTION.text,
			status: 'draft',
			visibility: 'public',
			// The public page names the faction, not the accounts that wrote it.
			authors: null
		});
		expect(anonymous.headers.get('cache-control')).toBe('private, no-store');
	});

	it('goes by the owner’s current role, also for a token made earlier', async () => {
		const members = await created('members', tokens.member);
		const demoted = await createApiToken({ actor: f.users.board, name: 'Vorher' });
		expect((await get(members, demoted.token)).status).toBe(200);
		await db.update(user).set({ role: 'interested' }).where(eq(user.id, f.users.board.id));
		try {
			expect((await get(members, demoted.token)).status).toBe(404);
		} finally {
			await db.update(user).set({ role: 'board' }).where(eq(user.id, f.users.board.id));
		}
	});

	it('works with a browser session too, without a token', async () => {
		const members = await created('members', tokens.member);
		const { jar } = await signedInJar('mitglied@example.org');
		const { event } = await testEvent({
			url: `/api/v1/motions/${members}`,
			jar,
			params: { id: members }
		});
		expect((await GET(event as never)).status).toBe(200);
		const anonymous = await testEvent({
			url: `/api/v1/motions/${members}`,
			params: { id: members }
		});
		expect(await thrownBy(() => GET(anonymous.event as never))).toMatchObject({ status: 404 });
	});
});
