import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { db } from '../../db';
import { membership } from '../../directory/schema';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { motion } from '../../motions/schema';
import { createTestDatabase } from '../../testing/test-db';
import { amtMember, body, organization, territorialUnit } from '../schema';
import { amtEditData } from './amt-edit-data';
import { createAmt } from './create-amt';
import { deleteAmt } from './delete-amt';
import { listAmtsByKreis } from './list-amts-by-kreis';
import { updateAmt } from './update-amt';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

const make = (name: string, gemeindeAgs: string[]) =>
	createAmt({ actor: f.users.board, name, kreisAgs: '13075', gemeindeAgs });

async function memberAgs(amtId: string) {
	const rows = await db
		.select({ ags: territorialUnit.ags })
		.from(amtMember)
		.innerJoin(territorialUnit, eq(territorialUnit.id, amtMember.gemeindeId))
		.where(eq(amtMember.amtId, amtId));
	return rows.map((row) => row.ags).sort();
}

describe('updateAmt', () => {
	it('renames unit, body and Amtsausschuss and replaces the Gemeinden, logging what changed', async () => {
		const amt = await make('Am Haff', ['13075001', '13075003']);
		await updateAmt({
			actor: f.users.board,
			id: amt.amtId,
			name: 'Am Stettiner Haff',
			gemeindeAgs: ['13075003', '13075004']
		});
		const [unit] = await db.select().from(territorialUnit).where(eq(territorialUnit.id, amt.amtId));
		expect(unit!.name).toBe('Amt Am Stettiner Haff');
		const [amtBody] = await db.select().from(body).where(eq(body.id, amt.bodyId));
		expect(amtBody!.name).toBe('Amt Am Stettiner Haff');
		const [council] = await db
			.select()
			.from(organization)
			.where(eq(organization.id, amt.councilId));
		expect(council!.name).toBe('Amtsausschuss Am Stettiner Haff');
		expect(await memberAgs(amt.amtId)).toEqual(['13075003', '13075004']);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'amt.update'), eq(auditLog.targetId, amt.amtId)));
		expect(audit).toMatchObject({
			targetLabel: 'Amt Am Stettiner Haff',
			details: {
				previousName: 'Amt Am Haff',
				added: ['Altwigshagen'],
				removed: ['Ahlbeck']
			}
		});

		// The edit form offers the Amt's own Gemeinden as free and checked.
		const data = await amtEditData({ actor: f.users.board, id: amt.amtId });
		expect(data).toMatchObject({
			name: 'Am Stettiner Haff',
			kreis: { ags: '13075' },
			selected: ['13075003', '13075004']
		});
		expect(data.gemeinden.find((g) => g.ags === '13075003')!.amtName).toBeNull();
		const overview = await listAmtsByKreis({ actor: f.users.board });
		expect(overview).toHaveLength(6);
		expect(overview.find((k) => k.kreis.ags === '13075')!.amts.map((a) => a.name)).toContain(
			'Amt Am Stettiner Haff'
		);
	});

	it('refuses Gemeinden of another Amt or Kreis and a taken name, and changes nothing', async () => {
		const first = await make('Erstes', ['13075005', '13075006']);
		const second = await make('Zweites', ['13075007', '13075008']);
		const attempt = (name: string, gemeindeAgs: string[]) =>
			updateAmt({ actor: f.users.board, id: second.amtId, name, gemeindeAgs });
		await expect(attempt('Zweites', ['13075007', '13075005'])).rejects.toMatchObject({
			code: 'gemeinde_in_other_amt',
			field: 'gemeinden'
		});
		await expect(attempt('Zweites', ['13075007', '13071001'])).rejects.toMatchObject({
			code: 'gemeinde_not_in_kreis'
		});
		await expect(attempt('Erstes', ['13075007', '13075008'])).rejects.toMatchObject({
			code: 'name_taken',
			field: 'name'
		});
		expect(await memberAgs(second.amtId)).toEqual(['13075007', '13075008']);
		expect(await memberAgs(first.amtId)).toEqual(['13075005', '13075006']);
		await expect(
			updateAmt({
				actor: f.users.board,
				id: crypto.randomUUID(),
				name: 'X',
				gemeindeAgs: ['13075009', '13075010']
			})
		).rejects.toMatchObject({ code: 'amt_not_found' });
	});
});

describe('deleteAmt', () => {
	it('deletes an Amt nothing hangs on; its Gemeinden stay', async () => {
		const amt = await make('Versehen', ['13075011', '13075012']);
		expect(await deleteAmt({ actor: f.users.board, id: amt.amtId })).toEqual({
			name: 'Amt Versehen'
		});
		expect(
			await db.select().from(territorialUnit).where(eq(territorialUnit.id, amt.amtId))
		).toEqual([]);
		expect(await db.select().from(body).where(eq(body.id, amt.bodyId))).toEqual([]);
		expect(await db.select().from(organization).where(eq(organization.id, amt.councilId))).toEqual(
			[]
		);
		expect(await memberAgs(amt.amtId)).toEqual([]);
		expect(
			await db.select().from(territorialUnit).where(eq(territorialUnit.ags, '13075011'))
		).toHaveLength(1);
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'amt.delete'), eq(auditLog.targetId, amt.amtId)));
		expect(audit).toMatchObject({ targetLabel: 'Amt Versehen', details: { gemeinden: 2 } });
	});

	it('refuses while mandates or motions hang on the Amtsausschuss, saying what', async () => {
		const amt = await make('Belegt', ['13075013', '13075015']);
		await db
			.insert(membership)
			.values({ personId: f.people.heinz, organizationId: amt.councilId, role: 'member' });
		await db.insert(motion).values({
			type: 'motion',
			title: 'A',
			visibility: 'public',
			status: 'filed',
			councilId: amt.councilId
		});
		await expect(deleteAmt({ actor: f.users.board, id: amt.amtId })).rejects.toMatchObject({
			code: 'amt_in_use',
			field: null,
			message: expect.stringContaining('1 Mandat oder Funktion, 1 Antrag.')
		});
		expect(
			await db.select().from(territorialUnit).where(eq(territorialUnit.id, amt.amtId))
		).toHaveLength(1);
	});

	it('is the board’s alone', async () => {
		const amt = await make('Geschützt', ['13075016', '13075017']);
		for (const actor of [f.users.faction_admin, f.users.member, null]) {
			await expect(deleteAmt({ actor, id: amt.amtId })).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(
				updateAmt({ actor, id: amt.amtId, name: 'X', gemeindeAgs: ['13075016', '13075017'] })
			).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(amtEditData({ actor, id: amt.amtId })).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(listAmtsByKreis({ actor })).rejects.toBeInstanceOf(AccessDeniedError);
		}
	});
});
