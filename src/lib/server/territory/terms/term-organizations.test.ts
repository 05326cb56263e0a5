import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { db } from '../../db';
import { listOrganizations } from '../../directory/list-organizations';
import { membership, person } from '../../directory/schema';
import { createTestDatabase } from '../../testing/test-db';
import { loadStateData } from '../load-state-data';
import { organization } from '../schema';
import { createTerm, createTermsForKinds } from './create-terms';
import { deleteTerm } from './delete-term';
import { actorWithRole } from './testing/term-test-support';
import { updateTerm } from './update-term';

const actor = actorWithRole;
const board = actor('board');

/** The Landtag with last term's factions and committees, and one group that outlives terms. */
let landtag: { bodyId: string; councilId: string };
let oldFaction: string;
let continued: string;
let committee: string;
let quiet: string;
let party: string;

async function organizationIn(
	type: 'faction' | 'committee' | 'party',
	name: string,
	seats: { start: string | null; end?: string | null }[]
) {
	const [row] = await db
		.insert(organization)
		.values({
			bodyId: landtag.bodyId,
			parentId: type === 'party' ? null : landtag.councilId,
			name,
			organizationType: type
		})
		.returning({ id: organization.id });
	for (const seat of seats) {
		const [p] = await db
			.insert(person)
			.values({ givenName: 'Test', familyName: `${name} ${seat.start}` })
			.returning({ id: person.id });
		await db.insert(membership).values({
			personId: p!.id,
			organizationId: row!.id,
			role: 'member',
			startDate: seat.start,
			endDate: seat.end ?? null
		});
	}
	return row!.id;
}

async function endsOf() {
	const rows = await listOrganizations({ ids: [oldFaction, continued, committee, quiet, party] });
	return Object.fromEntries(rows.map((row) => [row.name, row.endDate]));
}

beforeAll(async () => {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	const [council] = await db
		.select({ bodyId: organization.bodyId, councilId: organization.id })
		.from(organization)
		.where(eq(organization.dataKey, 'mv:council:13'));
	landtag = council!;
	oldFaction = await organizationIn('faction', 'Alte Fraktion', [
		{ start: '2021-10-26' },
		{ start: null }
	]);
	// Someone already entered a seat of the new term: the faction goes on.
	continued = await organizationIn('faction', 'Fortgeführte Fraktion', [
		{ start: '2021-10-26' },
		{ start: '2026-10-27' }
	]);
	committee = await organizationIn('committee', 'Finanzausschuss', [{ start: '2022-01-01' }]);
	// All seats ended by hand long ago: the term ends none of them, so it leaves the committee be.
	quiet = await organizationIn('committee', 'Ruhender Ausschuss', [
		{ start: '2021-10-26', end: '2023-01-31' }
	]);
	party = await organizationIn('party', 'Ortsverband', [{ start: '2020-01-01' }]);
});

describe('a new Wahlperiode and the factions and committees of the old one', () => {
	it('is the board’s to decide: others are refused and nothing ends', async () => {
		for (const role of ['interested', 'member', 'faction_admin'] as const) {
			await expect(
				createTerm({
					actor: actor(role),
					bodyId: landtag.bodyId,
					fields: { name: '9. Wahlperiode', startDate: '2026-10-27', endDate: null },
					endOrganizations: true
				})
			).rejects.toBeInstanceOf(AccessDeniedError);
		}
		expect(Object.values(await endsOf())).toEqual([null, null, null, null, null]);
	});

	it('ends those whose seats all ended with the term, the day before; the directory shows it', async () => {
		const { id, organizationsEnded } = await createTerm({
			actor: board,
			bodyId: landtag.bodyId,
			fields: { name: '9. Wahlperiode', startDate: '2026-10-27', endDate: null },
			endOrganizations: true
		});
		expect(organizationsEnded).toBe(2);
		expect(await endsOf()).toEqual({
			'Alte Fraktion': '2026-10-26',
			'Fortgeführte Fraktion': null,
			Finanzausschuss: '2026-10-26',
			'Ruhender Ausschuss': null,
			Ortsverband: null
		});
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'term.create'), eq(auditLog.targetId, id)));
		expect(entry?.details).toMatchObject({ organizationsEnded: 2 });

		// Moving the first day moves their end; deleting the term gives them back their open end.
		await updateTerm({
			actor: board,
			termId: id,
			fields: { name: '9. Wahlperiode', startDate: '2026-10-29', endDate: null }
		});
		expect(await endsOf()).toMatchObject({
			'Alte Fraktion': '2026-10-28',
			Finanzausschuss: '2026-10-28'
		});
		// The seat entered for the new term is a faction seat, not a council seat: deletable.
		await deleteTerm({ actor: board, termId: id });
		expect(Object.values(await endsOf())).toEqual([null, null, null, null, null]);
		const [deleted] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'term.delete'), eq(auditLog.targetId, id)));
		expect(deleted?.details).toMatchObject({ mandatesRestored: 4, organizationsRestored: 2 });
	});

	it('leaves them open unless asked, for one body or for all of a kind', async () => {
		const { id, organizationsEnded } = await createTerm({
			actor: board,
			bodyId: landtag.bodyId,
			fields: { name: '9. Wahlperiode', startDate: '2026-10-27', endDate: null }
		});
		expect(organizationsEnded).toBe(0);
		expect(Object.values(await endsOf())).toEqual([null, null, null, null, null]);
		await deleteTerm({ actor: board, termId: id });

		const many = await createTermsForKinds({
			actor: board,
			kinds: ['land'],
			fields: { name: '9. Wahlperiode', startDate: '2026-10-27', endDate: null },
			endOrganizations: true
		});
		expect(many).toMatchObject({ organizationsEnded: 2 });
		expect(await endsOf()).toMatchObject({
			'Alte Fraktion': '2026-10-26',
			Finanzausschuss: '2026-10-26'
		});
	});
});
