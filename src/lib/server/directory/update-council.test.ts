import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import { db } from '../db';
import { indexMotion } from '../motions/index-motion';
import { motion } from '../motions/schema';
import { searchDocument } from '../search/schema';
import { createTestDatabase } from '../testing/test-db';
import { loadStateData } from '../territory/load-state-data';
import { organization } from '../territory/schema';
import { stateData } from '../territory/state-data';
import {
	councilNamed,
	seedDirectoryFixtures,
	type DirectoryFixtures
} from './testing/directory-fixtures';
import { updateCouncil } from './update-council';

let f: DirectoryFixtures;
let greifswald: { id: string; bodyId: string };
let inCouncil: string;
let byFaction: string;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	greifswald = await councilNamed('Bürgerschaft Greifswald');
	const [faction] = await db
		.insert(organization)
		.values({
			bodyId: greifswald.bodyId,
			parentId: greifswald.id,
			name: 'Fraktion DIE LINKE',
			organizationType: 'faction'
		})
		.returning({ id: organization.id });
	const add = async (values: Partial<typeof motion.$inferInsert>) => {
		const [row] = await db
			.insert(motion)
			.values({ type: 'motion', title: 'Antrag', visibility: 'public', status: 'filed', ...values })
			.returning({ id: motion.id });
		await indexMotion(row!.id);
		return row!.id;
	};
	inCouncil = await add({ councilId: greifswald.id });
	byFaction = await add({ factionId: faction!.id });
});

async function councilTypeOf(motionId: string) {
	const [row] = await db
		.select({ councilType: searchDocument.councilType })
		.from(searchDocument)
		.where(and(eq(searchDocument.type, 'motion'), eq(searchDocument.sourceId, motionId)));
	return row?.councilType;
}

describe('updateCouncil', () => {
	it('renames and reclassifies, rebuilds the motions’ search rows and logs before and after', async () => {
		expect(await councilTypeOf(inCouncil)).toBe('Bürgerschaft');
		const result = await updateCouncil({
			actor: f.users.board,
			id: greifswald.id,
			name: 'Stadtvertretung Greifswald',
			classification: 'Stadtvertretung'
		});
		expect(result).toEqual({ changed: true });
		const [row] = await db.select().from(organization).where(eq(organization.id, greifswald.id));
		expect(row).toMatchObject({
			name: 'Stadtvertretung Greifswald',
			classification: 'Stadtvertretung',
			factStatus: null,
			sources: null
		});
		expect(await councilTypeOf(inCouncil)).toBe('Stadtvertretung');
		expect(await councilTypeOf(byFaction)).toBe('Stadtvertretung');
		const [audit] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'organization.update'), eq(auditLog.targetId, greifswald.id)));
		expect(audit).toMatchObject({
			actorUserId: f.users.board.id,
			targetLabel: 'Stadtvertretung Greifswald',
			details: {
				before: { name: 'Bürgerschaft Greifswald', classification: 'Bürgerschaft' },
				after: { name: 'Stadtvertretung Greifswald', classification: 'Stadtvertretung' }
			}
		});
	});

	it('keeps the board’s word when newer state data is loaded', async () => {
		const data = structuredClone(stateData('mv'));
		data.dataVersion += 1;
		const result = await loadStateData({ state: 'mv', data });
		expect(result.changedCouncilIds).not.toContain(greifswald.id);
		const [row] = await db.select().from(organization).where(eq(organization.id, greifswald.id));
		expect(row!.name).toBe('Stadtvertretung Greifswald');
	});

	it('does nothing and logs nothing when nothing changed', async () => {
		const before = await db.select().from(auditLog);
		expect(
			await updateCouncil({
				actor: f.users.board,
				id: greifswald.id,
				name: 'Stadtvertretung Greifswald',
				classification: 'Stadtvertretung'
			})
		).toEqual({ changed: false });
		expect(await db.select().from(auditLog)).toHaveLength(before.length);
	});

	it('refuses a name another Gremium of the body has, factions and unknown ids', async () => {
		await expect(
			updateCouncil({
				actor: f.users.board,
				id: greifswald.id,
				name: 'fraktion die linke',
				classification: 'Stadtvertretung'
			})
		).rejects.toMatchObject({ code: 'organization_name_taken', field: 'name' });
		for (const id of [f.organizations.factionVg, 'unbekannt', crypto.randomUUID()]) {
			await expect(
				updateCouncil({ actor: f.users.board, id, name: 'X', classification: 'Kreistag' })
			).rejects.toMatchObject({ code: 'organization_not_found' });
		}
	});

	it('is the board’s alone', async () => {
		for (const actor of [f.users.faction_admin, f.users.member, f.users.interested, null]) {
			await expect(
				updateCouncil({
					actor,
					id: greifswald.id,
					name: 'Bürgerschaft Greifswald',
					classification: 'Bürgerschaft'
				})
			).rejects.toBeInstanceOf(AccessDeniedError);
		}
	});
});
