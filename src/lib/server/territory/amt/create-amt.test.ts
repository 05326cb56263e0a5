import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { db } from '../../db';
import { getArea } from '../../directory/get-area';
import { listBodyChoices, listOrganizationChoices } from '../../directory/membership-choices';
import { loadDirectoryEditor } from '../../directory/person-access';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { createTestDatabase } from '../../testing/test-db';
import { amtMember, body, organization, territorialUnit } from '../schema';
import { AmtError } from './amt-error';
import { amtFormChoices } from './amt-form-choices';
import { createAmt } from './create-amt';

let f: DirectoryFixtures;
let amt: Awaited<ReturnType<typeof createAmt>>;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	amt = await createAmt({
		actor: f.users.board,
		name: 'Am Stettiner Haff',
		kreisAgs: '13075',
		gemeindeAgs: ['13075001', '13075003']
	});
});

async function unit(ags: string) {
	const [row] = await db.select().from(territorialUnit).where(eq(territorialUnit.ags, ags));
	return row!;
}

async function tableSizes() {
	const [units] = await db.select({ n: count() }).from(territorialUnit);
	const [members] = await db.select({ n: count() }).from(amtMember);
	const [organizations] = await db.select({ n: count() }).from(organization);
	return { units: units!.n, members: members!.n, organizations: organizations!.n };
}

describe('createAmt', () => {
	it('creates the Amt below its Landkreis with body and Amtsausschuss; Gemeinden keep their parent', async () => {
		const kreis = await unit('13075');
		const [amtUnit] = await db
			.select()
			.from(territorialUnit)
			.where(eq(territorialUnit.id, amt.amtId));
		expect(amtUnit).toMatchObject({
			name: 'Amt Am Stettiner Haff',
			kind: 'amt',
			parentId: kreis.id
		});
		const [amtBody] = await db.select().from(body).where(eq(body.id, amt.bodyId));
		expect(amtBody).toMatchObject({ name: 'Amt Am Stettiner Haff', territorialUnitId: amt.amtId });
		const [council] = await db
			.select()
			.from(organization)
			.where(eq(organization.id, amt.councilId));
		expect(council).toMatchObject({
			name: 'Amtsausschuss Am Stettiner Haff',
			organizationType: 'council',
			classification: 'Amtsausschuss',
			bodyId: amt.bodyId
		});
		expect((await unit('13075001')).parentId).toBe(kreis.id);
		const members = await db.select().from(amtMember).where(eq(amtMember.amtId, amt.amtId));
		expect(members).toHaveLength(2);
		const [audit] = await db.select().from(auditLog).where(eq(auditLog.targetId, amt.amtId));
		expect(audit).toMatchObject({
			action: 'amt.create',
			actorUserId: f.users.board.id,
			details: { kreis: kreis.name, gemeinden: ['Ahlbeck', 'Altwarp'] }
		});
	});

	it('shows the Amt on the pages of its Landkreis and of its Gemeinden', async () => {
		const kreisPage = (await getArea({ actor: null, ags: '13075' }))!;
		expect(kreisPage.amts).toEqual([
			{
				id: amt.amtId,
				name: 'Amt Am Stettiner Haff',
				council: { id: amt.councilId, name: 'Amtsausschuss Am Stettiner Haff' },
				gemeinden: [
					{ ags: '13075001', name: 'Ahlbeck' },
					{ ags: '13075003', name: 'Altwarp' }
				]
			}
		]);
		// The Amt is not counted among the Landkreis's Gemeinden.
		const gemeindeCount = (
			await db
				.select({ n: count() })
				.from(territorialUnit)
				.where(eq(territorialUnit.parentId, (await unit('13075')).id))
		)[0]!.n;
		expect(kreisPage.childCount).toBe(gemeindeCount - 1);
		expect((await getArea({ actor: null, ags: '13075001' }))!.amts.map((a) => a.id)).toEqual([
			amt.amtId
		]);
		expect((await getArea({ actor: null, ags: '13075002' }))!.amts).toEqual([]);
		expect((await getArea({ actor: null, ags: '13071' }))!.amts).toEqual([]);
	});

	it('offers the Amtsausschuss in the person editor like other councils', async () => {
		const editor = await loadDirectoryEditor(f.users.board);
		const groups = await listBodyChoices(editor);
		const group = groups.find((g) => g.label.startsWith('Ämter im'));
		expect(group?.bodies).toEqual([{ id: amt.bodyId, name: 'Amt Am Stettiner Haff' }]);
		const { organizations } = await listOrganizationChoices(editor, amt.bodyId);
		expect(organizations).toEqual([
			expect.objectContaining({
				id: amt.councilId,
				organizationType: 'council',
				classification: 'Amtsausschuss'
			})
		]);
	});

	it('refuses Gemeinden of another Kreis or of another Amt, a taken name, and writes nothing', async () => {
		const before = await tableSizes();
		const attempt = (name: string, kreisAgs: string, gemeindeAgs: string[]) =>
			createAmt({ actor: f.users.board, name, kreisAgs, gemeindeAgs });
		await expect(attempt('Neu', '13075', ['13075002', '13071001'])).rejects.toThrow(
			new AmtError('gemeinde_not_in_kreis', 'gemeinden', ['Alt Schwerin'])
		);
		await expect(attempt('Neu', '13075', ['13075002', '13075003'])).rejects.toThrow(
			'Diese Gemeinden gehören schon zu einem Amt: Altwarp.'
		);
		await expect(attempt('Am Stettiner Haff', '13075', ['13075002', '13075004'])).rejects.toThrow(
			'schon ein Amt mit diesem Namen'
		);
		// A kreisfreie Stadt has no Ämter.
		await expect(attempt('Neu', '13003', ['13075002', '13075004'])).rejects.toMatchObject({
			code: 'kreis_not_found',
			field: 'kreis'
		});
		expect(await tableSizes()).toEqual(before);
	});

	it('is the board’s alone', async () => {
		for (const actor of [f.users.faction_admin, f.users.member, null]) {
			await expect(
				createAmt({ actor, name: 'X', kreisAgs: '13075', gemeindeAgs: ['13075002', '13075004'] })
			).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(amtFormChoices({ actor, kreisAgs: '13075' })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
		}
	});

	it('lists the Landkreise and marks Gemeinden already in an Amt', async () => {
		const choices = await amtFormChoices({ actor: f.users.board, kreisAgs: '13075' });
		expect(choices.landkreise).toHaveLength(6);
		expect(choices.gemeinden.slice(0, 3)).toEqual([
			{ ags: '13075001', name: 'Ahlbeck', amtName: 'Amt Am Stettiner Haff' },
			{ ags: '13075002', name: 'Alt Tellin', amtName: null },
			{ ags: '13075003', name: 'Altwarp', amtName: 'Amt Am Stettiner Haff' }
		]);
		expect((await amtFormChoices({ actor: f.users.board, kreisAgs: '13003' })).gemeinden).toEqual(
			[]
		);
	});
});
