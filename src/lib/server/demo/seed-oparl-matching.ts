import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Transaction } from '../db';
import { membership, person } from '../directory/schema';
import { runMatching } from '../oparl/matching/run-matching';
import {
	oparlBody,
	oparlMembership,
	oparlObject,
	oparlOrganization,
	oparlPerson,
	oparlSource
} from '../oparl/schema';
import { organization } from '../territory/schema';
import {
	DEMO_OPARL_BASE,
	DEMO_OPARL_KREIS_AGS,
	DEMO_OPARL_NEW_SEAT,
	DEMO_OPARL_STRANGER,
	DEMO_OPARL_UNMATCHED_COMMITTEE
} from './data/oparl-matching';
import { TERM_START } from './data/directory-fixtures';
import type { DemoSeed } from './types';

/**
 * The demo mandate holder the council system knows: the first current Kreistag member (but
 * Greta, whom other tests follow) who also sits in the party's faction there, so confirming
 * links both seats and adds no council seat.
 */
async function kreistagMember(tx: Transaction, council: { id: string; bodyId: string }) {
	const factionSeat = alias(membership, 'faction_seat');
	const [row] = await tx
		.select({ givenName: person.givenName, familyName: person.familyName })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.innerJoin(factionSeat, eq(factionSeat.personId, person.id))
		.innerJoin(organization, eq(organization.id, factionSeat.organizationId))
		.where(
			and(
				eq(membership.organizationId, council.id),
				eq(membership.role, 'member'),
				eq(membership.startDate, TERM_START),
				isNull(membership.endDate),
				eq(organization.bodyId, council.bodyId),
				eq(organization.organizationType, 'faction'),
				eq(factionSeat.startDate, TERM_START),
				isNull(factionSeat.endDate),
				ne(person.familyName, 'Beispielhaft')
			)
		)
		.orderBy(asc(person.familyName), asc(person.givenName))
		.limit(1);
	return row;
}

async function addObject(
	tx: Transaction,
	values: { sourceId: string; bodyId: string | null; type: typeof oparlObject.$inferInsert.type },
	path: string,
	parentId: string | null = null
): Promise<string> {
	const id = `${DEMO_OPARL_BASE}/${path}`;
	const [row] = await tx
		.insert(oparlObject)
		.values({ ...values, oparlId: id, parentId, raw: { id }, fetchedAt: new Date() })
		.returning({ id: oparlObject.id });
	return row!.id;
}

export const seedOparlMatching: DemoSeed = {
	name: 'Ratsinfo-Abgleich',
	async seed() {
		const systemUrl = `${DEMO_OPARL_BASE}/system`;
		const [existing] = await db
			.select({ id: oparlSource.id })
			.from(oparlSource)
			.where(eq(oparlSource.systemUrl, systemUrl));
		if (existing) return;
		const sourceId = await db.transaction(async (tx) => {
			const [council] = await tx
				.select({ id: organization.id, bodyId: organization.bodyId })
				.from(organization)
				.where(eq(organization.dataKey, `mv:council:${DEMO_OPARL_KREIS_AGS}`));
			const member = council ? await kreistagMember(tx, council) : undefined;
			if (!council || !member)
				throw new Error('Das Demo-Verzeichnis fehlt (Kreistag Vorpommern-Greifswald).');

			const [source] = await tx
				.insert(oparlSource)
				.values({
					systemUrl,
					name: 'Ratsinfo Vorpommern-Greifswald (Demo)',
					oparlVersion: '1.1',
					enabled: false
				})
				.returning({ id: oparlSource.id });
			const objects = { sourceId: source!.id, bodyId: null };
			const bodyId = await addObject(tx, { ...objects, type: 'body' }, 'body/1');
			await tx.insert(oparlBody).values({
				objectId: bodyId,
				sourceId: source!.id,
				name: 'Landkreis Vorpommern-Greifswald',
				ags: `${DEMO_OPARL_KREIS_AGS}000`
			});
			const inBody = { sourceId: source!.id, bodyId };
			const addOrganization = async (path: string, name: string, organizationType: string) => {
				const objectId = await addObject(tx, { ...inBody, type: 'organization' }, path);
				await tx.insert(oparlOrganization).values({ objectId, bodyId, name, organizationType });
				return objectId;
			};
			const kreistag = await addOrganization('organization/1', 'Kreistag', 'Gremium');
			const faction = await addOrganization('organization/2', 'DIE LINKE', 'Fraktion');
			const committee = await addOrganization(
				'organization/3',
				DEMO_OPARL_NEW_SEAT.committee,
				'Gremium'
			);
			await addOrganization('organization/4', DEMO_OPARL_UNMATCHED_COMMITTEE, 'Gremium');
			const addPerson = async (
				path: string,
				values: { name: string; givenName: string; familyName: string; title?: string }
			) => {
				const objectId = await addObject(tx, { ...inBody, type: 'person' }, path);
				await tx.insert(oparlPerson).values({ objectId, bodyId, ...values });
				return objectId;
			};
			const known = await addPerson('person/11', {
				name: `Dr. ${member.givenName} ${member.familyName}`,
				givenName: member.givenName,
				familyName: member.familyName,
				title: 'Dr.'
			});
			const memberships = [
				{
					path: 'membership/11-1',
					organizationId: kreistag,
					onBehalfOfId: faction,
					role: 'Mitglied',
					startDate: TERM_START
				},
				{
					path: 'membership/11-2',
					organizationId: faction,
					role: 'Mitglied',
					startDate: TERM_START
				},
				{
					path: 'membership/11-3',
					organizationId: committee,
					role: DEMO_OPARL_NEW_SEAT.role,
					startDate: DEMO_OPARL_NEW_SEAT.startDate
				}
			];
			for (const { path, ...values } of memberships) {
				const objectId = await addObject(tx, { ...inBody, type: 'membership' }, path, known);
				await tx.insert(oparlMembership).values({ objectId, ...values });
			}
			await addPerson('person/12', DEMO_OPARL_STRANGER);
			return source!.id;
		});
		await runMatching(db, sourceId);
	}
};
