import { eq, inArray } from 'drizzle-orm';
import { db, type Transaction } from '../db';
import { membership, person, personTopic, topic } from '../directory/schema';
import { organization } from '../territory/schema';
import { DEMO_DIRECTORY, type DemoDirectory } from './data/directory';
import { DEMO_GRETA } from './data/directory-fixtures';
import type { DemoContext, DemoSeed } from './types';

/** Rows per insert statement: well below the parameter limit, few round trips. */
const CHUNK = 250;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Ids of the councils the demo refers to, by AGS, with their body. */
async function loadCouncils(tx: Transaction, directory: DemoDirectory) {
	const agsList = [
		...new Set([
			...directory.organizations.map((o) => o.councilAgs),
			...directory.memberships.flatMap((m) =>
				'council' in m.organization ? [m.organization.council] : []
			)
		])
	];
	const rows = await tx
		.select({ id: organization.id, bodyId: organization.bodyId, dataKey: organization.dataKey })
		.from(organization)
		.where(
			inArray(
				organization.dataKey,
				agsList.map((ags) => `mv:council:${ags}`)
			)
		);
	const councils = new Map(rows.map((row) => [row.dataKey!.split(':')[2]!, row]));
	const missing = agsList.filter((ags) => !councils.has(ags));
	if (missing.length > 0)
		throw new Error(
			`Die Landesdaten fehlen (Vertretungen ${missing.slice(0, 3).join(', ')} …): ` +
				'das Demo-Verzeichnis braucht die geladenen Gebiete von Mecklenburg-Vorpommern.'
		);
	return councils;
}

async function loadTopics(tx: Transaction, directory: DemoDirectory) {
	const slugs = [
		...new Set([
			...directory.people.flatMap((p) => p.topics),
			...directory.memberships.flatMap((m) => (m.topic ? [m.topic] : []))
		])
	];
	const rows = await tx
		.select({ id: topic.id, slug: topic.slug })
		.from(topic)
		.where(inArray(topic.slug, slugs));
	const topics = new Map(rows.map((row) => [row.slug, row.id]));
	const missing = slugs.filter((slug) => !topics.has(slug));
	if (missing.length > 0)
		throw new Error(`Themen fehlen in der Themenliste: ${missing.join(', ')}`);
	return topics;
}

/**
 * Writes the demo directory (data/directory.ts) in one transaction with bulk inserts. Idempotent:
 * the transaction writes everything or nothing, and a directory that holds Greta Beispielhaft
 * is complete, so it is left alone.
 */
export async function writeDemoDirectory(
	ctx: DemoContext,
	directory = DEMO_DIRECTORY
): Promise<void> {
	await db.transaction(async (tx) => {
		const [done] = await tx
			.select({ id: person.id })
			.from(person)
			.where(eq(person.email, DEMO_GRETA.email))
			.limit(1);
		if (done) return;

		const councils = await loadCouncils(tx, directory);
		const topics = await loadTopics(tx, directory);

		const organizationIds = new Map<string, string>();
		// Factions and committees hang off their council, in the council's body.
		await insertChunked(directory.organizations, async (chunk) => {
			const rows = await tx
				.insert(organization)
				.values(
					chunk.map((o) => {
						const council = councils.get(o.councilAgs)!;
						return {
							bodyId: council.bodyId,
							parentId: council.id,
							name: o.name,
							organizationType: o.type,
							classification: o.type === 'faction' ? 'Fraktion' : 'Ausschuss',
							partners: o.partners
						};
					})
				)
				.returning({
					id: organization.id,
					parentId: organization.parentId,
					name: organization.name
				});
			// Matched back by council and name (unique in the demo data), not by row order. No
			// dataKey: that marks rows of the state data file, and council lists rely on it.
			const ids = new Map(rows.map((row) => [`${row.parentId}|${row.name}`, row.id]));
			for (const o of chunk)
				organizationIds.set(o.key, ids.get(`${councils.get(o.councilAgs)!.id}|${o.name}`)!);
		});

		const personIds = new Map<string, string>();
		await insertChunked(directory.people, async (chunk) => {
			const rows = await tx
				.insert(person)
				.values(
					chunk.map((p) => ({
						// The accounts seed ran first and put every demo account into the context.
						userId: p.account ? (ctx.accounts.get(p.account)?.id ?? null) : null,
						givenName: p.givenName,
						familyName: p.familyName,
						party: p.party,
						email: p.email,
						emailVisibility: p.emailVisibility,
						phone: p.phone,
						phoneVisibility: p.phoneVisibility,
						biography: p.biography,
						biographyVisibility: p.biographyVisibility,
						topicsVisibility: p.topicsVisibility
					}))
				)
				.returning({ id: person.id, email: person.email });
			// Every demo person has an address of their own.
			const ids = new Map(rows.map((row) => [row.email, row.id]));
			for (const p of chunk) personIds.set(p.key, ids.get(p.email)!);
		});

		const organizationId = (ref: DemoDirectory['memberships'][number]['organization']) =>
			'council' in ref ? councils.get(ref.council)!.id : organizationIds.get(ref.organization)!;
		await insertChunked(directory.memberships, (chunk) =>
			tx.insert(membership).values(
				chunk.map((m) => ({
					personId: personIds.get(m.person)!,
					organizationId: organizationId(m.organization),
					role: m.role,
					onBehalfOfId: m.onBehalfOf ? organizationIds.get(m.onBehalfOf)! : null,
					topicId: m.topic ? topics.get(m.topic)! : null,
					startDate: m.startDate,
					endDate: m.endDate
				}))
			)
		);

		const personTopics = directory.people.flatMap((p) =>
			p.topics.map((slug) => ({ personId: personIds.get(p.key)!, topicId: topics.get(slug)! }))
		);
		await insertChunked(personTopics, (chunk) => tx.insert(personTopic).values(chunk));
	});
}

export const seedDirectory: DemoSeed = {
	name: 'Verzeichnis',
	seed: (ctx) => writeDemoDirectory(ctx)
};
