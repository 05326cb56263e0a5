import { eq } from 'drizzle-orm';
import { berlinToday } from '../../shared/berlin-time';
import { db } from '../db';
import { landtagFeedback, landtagInitiative, landtagProposal } from '../landtag/schema';
import { DEMO_INITIATIVES, DEMO_PROPOSALS } from './data/landtag';
import { loadDemoPlaces } from './lookup-places';
import type { DemoAccount, DemoContext, DemoSeed } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Writes the Landtag exchange of the demo straight into its tables, not through the services:
 * they would mail every faction admin about initiatives that are weeks old. Idempotent: one
 * transaction, and an exchange holding the first initiative is complete.
 */
export async function writeDemoLandtag(ctx: DemoContext, now = new Date()): Promise<boolean> {
	const account = (key: DemoAccount['key'] | null) =>
		key ? (ctx.accounts.get(key)?.id ?? null) : null;
	const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
	return db.transaction(async (tx) => {
		const [done] = await tx
			.select({ id: landtagInitiative.id })
			.from(landtagInitiative)
			.where(eq(landtagInitiative.title, DEMO_INITIATIVES[0]!.title))
			.limit(1);
		if (done) return false;

		const factionKeys = [
			...DEMO_INITIATIVES.flatMap((i) => i.feedback.map((f) => f.faction)),
			...DEMO_PROPOSALS.map((p) => p.faction)
		];
		const { factions } = await loadDemoPlaces(
			tx,
			factionKeys.map((key) => key.replace('faction:', '')),
			'die Demo-Landtagsinitiativen'
		);
		const factionId = (key: string) => {
			const id = factions.get(key);
			if (!id) throw new Error(`Demo-Fraktion „${key}“ fehlt im Verzeichnis`);
			return id;
		};
		const board = account('vorstand');

		for (const initiative of DEMO_INITIATIVES) {
			const [row] = await tx
				.insert(landtagInitiative)
				.values({
					type: initiative.type,
					title: initiative.title,
					summary: initiative.summary,
					printedMatterNumber: initiative.printedMatterNumber,
					feedbackQuestion: initiative.feedbackQuestion,
					// Deadlines are calendar days in Germany, counted from the seeding day.
					feedbackDeadline:
						initiative.deadlineInDays === null
							? null
							: berlinToday(new Date(now.getTime() + initiative.deadlineInDays * DAY_MS)),
					createdById: board,
					createdAt: at(initiative.daysAgo),
					modifiedAt: at(initiative.daysAgo)
				})
				.returning({ id: landtagInitiative.id });
			if (initiative.feedback.length > 0)
				await tx.insert(landtagFeedback).values(
					initiative.feedback.map((feedback) => ({
						initiativeId: row!.id,
						factionId: factionId(feedback.faction),
						body: feedback.body,
						authorId: account(feedback.author),
						createdAt: at(feedback.daysAgo),
						modifiedAt: at(feedback.daysAgo)
					}))
				);
		}
		await tx.insert(landtagProposal).values(
			DEMO_PROPOSALS.map((proposal) => {
				const changed = proposal.status !== 'new';
				const changedAt = at(Math.max(0, proposal.daysAgo - 7));
				return {
					title: proposal.title,
					description: proposal.description,
					factionId: factionId(proposal.faction),
					proposedById: account(proposal.proposedBy),
					status: proposal.status,
					reply: proposal.reply,
					statusChangedAt: changed ? changedAt : null,
					statusChangedById: changed ? board : null,
					createdAt: at(proposal.daysAgo),
					modifiedAt: changed ? changedAt : at(proposal.daysAgo)
				};
			})
		);
		return true;
	});
}

export const seedLandtag: DemoSeed = {
	name: 'Landtag',
	seed: async (ctx) => {
		await writeDemoLandtag(ctx);
	}
};
