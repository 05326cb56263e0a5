import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { ensureDefaultTopics } from '../directory/default-topics';
import { person } from '../directory/schema';
import { planMembershipChanges } from '../oparl/matching/plan-membership-changes';
import { oparlOrganization, oparlPerson, oparlPersonMatch, oparlSource } from '../oparl/schema';
import { loadStateData } from '../territory/load-state-data';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_OPARL_NEW_SEAT, DEMO_OPARL_UNMATCHED_COMMITTEE } from './data/oparl-matching';
import { seedAccounts } from './seed-accounts';
import { seedDirectory } from './seed-directory';
import { seedOparlMatching } from './seed-oparl-matching';
import type { DemoContext } from './types';

describe('seedOparlMatching', () => {
	beforeAll(async () => {
		await createTestDatabase();
		await loadStateData({ state: 'mv' });
		await ensureDefaultTopics();
		const ctx: DemoContext = { accounts: new Map() };
		await seedAccounts.seed(ctx);
		await seedDirectory.seed(ctx);
		await seedOparlMatching.seed(ctx);
		await seedOparlMatching.seed(ctx);
	});

	it('leaves one paused source with one suggestion for a Kreistag member, once', async () => {
		const sources = await db.select().from(oparlSource);
		expect(sources).toHaveLength(1);
		expect(sources[0]!.enabled).toBe(false);
		const matches = await db
			.select({
				status: oparlPersonMatch.status,
				score: oparlPersonMatch.score,
				oparlPersonId: oparlPersonMatch.oparlPersonId,
				directoryPersonId: oparlPersonMatch.directoryPersonId,
				imported: oparlPerson.name,
				directory: person.fullName
			})
			.from(oparlPersonMatch)
			.innerJoin(oparlPerson, eq(oparlPerson.objectId, oparlPersonMatch.oparlPersonId))
			.innerJoin(person, eq(person.id, oparlPersonMatch.directoryPersonId));
		expect(matches).toHaveLength(1);
		const [match] = matches;
		expect(match).toMatchObject({ status: 'suggested', score: 1 });
		expect(match!.imported).toBe(`Dr. ${match!.directory}`);
	});

	it('offers the new committee seat and links the seats the directory already has', async () => {
		const [match] = await db.select().from(oparlPersonMatch);
		const changes = await planMembershipChanges(db, match!);
		expect(changes.map((change) => change.kind).sort()).toEqual(['add', 'link', 'link']);
		expect(changes.find((change) => change.kind === 'add')).toMatchObject({
			organizationName: DEMO_OPARL_NEW_SEAT.committee,
			role: 'member',
			startDate: DEMO_OPARL_NEW_SEAT.startDate
		});
	});

	it('leaves a committee without counterpart that the board can create', async () => {
		const rows = await db
			.select({
				name: oparlOrganization.name,
				directoryOrganizationId: oparlOrganization.directoryOrganizationId
			})
			.from(oparlOrganization);
		expect(rows.filter((row) => !row.directoryOrganizationId).map((row) => row.name)).toEqual([
			DEMO_OPARL_UNMATCHED_COMMITTEE
		]);
	});
});
