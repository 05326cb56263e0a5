import { eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { topic } from '../directory/schema';
import { currentPrivacyVersion } from '../join/privacy-version';
import { joinRequest } from '../join/schema';
import { DEMO_JOIN_REQUESTS } from './data/join';
import type { DemoSeed } from './types';

const DAY = 86_400_000;

/** A few confirmed requests in the board's inbox, one of them declined. Inserted directly: no mails. */
export const seedJoinRequests: DemoSeed = {
	name: 'Anfragen zum Mitmachen',
	async seed(ctx) {
		const board = ctx.accounts.get('vorstand');
		const privacy = await currentPrivacyVersion();
		const topics = await db
			.select({ id: topic.id, slug: topic.slug })
			.from(topic)
			.where(inArray(topic.slug, [...new Set(DEMO_JOIN_REQUESTS.flatMap((r) => r.topicSlugs))]));
		const topicId = new Map(topics.map((row) => [row.slug, row.id]));
		const now = Date.now();
		for (const request of DEMO_JOIN_REQUESTS) {
			const [existing] = await db
				.select({ id: joinRequest.id })
				.from(joinRequest)
				.where(eq(joinRequest.email, request.email));
			if (existing) continue;
			const confirmedAt = new Date(now - request.confirmedDaysAgo * DAY);
			const decided = request.status === 'declined';
			await db.insert(joinRequest).values({
				name: request.name,
				email: request.email,
				districtAgs: request.districtAgs,
				partyBranch: request.partyBranch,
				activity: request.activity,
				activityWhere: request.activityWhere,
				topicIds: request.topicSlugs.flatMap((slug) => topicId.get(slug) ?? []),
				message: request.message,
				privacyVersion: privacy.version,
				privacyUpdatedAt: privacy.updatedAt,
				status: request.status,
				createdAt: new Date(confirmedAt.getTime() - 15 * 60_000),
				confirmedAt,
				decidedAt: decided ? new Date(confirmedAt.getTime() + DAY) : null,
				decidedByUserId: decided ? (board?.id ?? null) : null,
				notes: request.notes ?? ''
			});
		}
	}
};
