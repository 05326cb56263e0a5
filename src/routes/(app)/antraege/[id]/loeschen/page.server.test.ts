import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { user } from '$lib/server/auth/schema';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { createMotion } from '$lib/server/motions/create-motion';
import { motion } from '$lib/server/motions/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

type Role = 'anonymous' | 'interested' | 'member' | 'faction_admin' | 'board';

let fx: DirectoryFixtures;
const jars = new Map<string, Awaited<ReturnType<typeof signedInJar>>['jar']>();

beforeAll(async () => {
	await createTestDatabase();
	fx = await seedDirectoryFixtures();
});

async function eventFor(role: Role, id: string, post = false) {
	const email = role === 'anonymous' ? null : fx.users[role].email;
	if (email && !jars.has(email)) jars.set(email, (await signedInJar(email)).jar);
	const { event } = await testEvent({
		url: `/antraege/${id}/loeschen`,
		jar: email ? jars.get(email) : undefined,
		params: { id },
		form: post ? {} : undefined
	});
	return event as never;
}

const statusOf = (thrown: unknown) =>
	(thrown as { location?: string }).location ?? (thrown as { status?: number }).status;

describe('/antraege/[id]/loeschen', () => {
	it('asks only those who may delete, and answers a hidden draft like an unknown motion', async () => {
		const { id } = await createMotion(fx.users.faction_admin, {
			type: 'motion',
			title: 'Entwurf Kita-Gebühren',
			factionId: fx.organizations.factionVg
		});
		const page = (await load(await eventFor('faction_admin', id))) as {
			preview: { title: string; canDelete: boolean };
		};
		expect(page.preview).toMatchObject({ title: 'Entwurf Kita-Gebühren', canDelete: true });
		const expected: Record<Exclude<Role, 'faction_admin'>, number | string> = {
			anonymous: `/anmelden?weiter=${encodeURIComponent(`/antraege/${id}/loeschen`)}`,
			interested: 403,
			member: 404,
			board: 404
		};
		for (const [role, outcome] of Object.entries(expected) as [Role, number | string][]) {
			expect(statusOf(await thrownBy(async () => load(await eventFor(role, id)))), role).toBe(
				outcome
			);
			expect(
				statusOf(await thrownBy(async () => actions.default(await eventFor(role, id, true)))),
				role
			).toBe(outcome);
		}
		expect(await db.select().from(motion).where(eq(motion.id, id))).toHaveLength(1);

		const done = await thrownBy(async () =>
			actions.default(await eventFor('faction_admin', id, true))
		);
		expect(statusOf(done)).toBe('/antraege?geloescht=1');
		expect(await db.select().from(motion).where(eq(motion.id, id))).toHaveLength(0);
	});

	it('refuses a filed motion to its author with the reason; the board deletes it', async () => {
		const { id } = await createMotion(fx.users.faction_admin, {
			type: 'motion',
			title: 'Eingereicht: Schwimmunterricht',
			factionId: fx.organizations.factionVg,
			visibility: 'members'
		});
		await db
			.update(motion)
			.set({ status: 'filed', filedOn: '2025-05-01' })
			.where(eq(motion.id, id));
		expect(statusOf(await thrownBy(async () => load(await eventFor('faction_admin', id))))).toBe(
			403
		);
		const refused = (await actions.default(await eventFor('faction_admin', id, true))) as {
			status: number;
			data: { message: string };
		};
		expect(refused.status).toBe(403);
		expect(refused.data.message).toContain('nur der Sprecher*innenrat');
		// Moderation is a board right, and board rights need the second factor.
		expect(statusOf(await thrownBy(async () => load(await eventFor('board', id))))).toBe(
			'/konto/sicherheit?pflicht=2fa'
		);
		const without2fa = (await actions.default(await eventFor('board', id, true))) as {
			status: number;
		};
		expect(without2fa.status).toBe(403);
		await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, fx.users.board.id));
		expect(
			statusOf(await thrownBy(async () => actions.default(await eventFor('board', id, true))))
		).toBe('/antraege?geloescht=1');
	});
});
