import { beforeAll, describe, expect, it } from 'vitest';
import { isFeedbackOpen } from '$lib/shared/landtag';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { ensureDefaultTopics } from '../directory/default-topics';
import { listInitiatives } from '../landtag/list-initiatives';
import { listProposals } from '../landtag/list-proposals';
import { landtagFeedback, landtagInitiative, landtagProposal } from '../landtag/schema';
import { mailMessage } from '../mail/schema';
import { loadStateData } from '../territory/load-state-data';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_INITIATIVES, DEMO_LANDTAG_PRIVATE_VALUES, DEMO_PROPOSALS } from './data/landtag';
import { DEMO_MOTIONS } from './data/motions';
import { DEMO_PRIVATE_VALUES } from './private-values';
import { seedAccounts } from './seed-accounts';
import { seedDirectory } from './seed-directory';
import { seedLandtag } from './seed-landtag';
import type { DemoAccount, DemoContext } from './types';

const ctx: DemoContext = { accounts: new Map() };

function sessionUser(key: DemoAccount['key'], role: SessionUser['role']): SessionUser {
	return {
		...ctx.accounts.get(key)!,
		role,
		emailVerified: true,
		// The board acts as the Landtag faction only with two-factor sign-in set up.
		twoFactorEnabled: role === 'board',
		accessExpiresAt: null
	};
}

beforeAll(async () => {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	await ensureDefaultTopics();
	await seedAccounts.seed(ctx);
	await seedDirectory.seed(ctx);
	await seedLandtag.seed(ctx);
});

describe('demo Landtag exchange', () => {
	it('posts initiatives with open and closed feedback requests and the factions’ answers, once, mailing nobody', async () => {
		await seedLandtag.seed(ctx);
		expect(await db.select().from(landtagInitiative)).toHaveLength(DEMO_INITIATIVES.length);
		expect(await db.select().from(landtagFeedback)).toHaveLength(
			DEMO_INITIATIVES.flatMap((i) => i.feedback).length
		);
		expect(await db.select().from(landtagProposal)).toHaveLength(DEMO_PROPOSALS.length);
		expect(await db.select().from(mailMessage)).toHaveLength(0);

		const list = await listInitiatives({ actor: sessionUser('mitglied', 'member') });
		expect(list.total).toBe(DEMO_INITIATIVES.length);
		const deadlines = (await db.select().from(landtagInitiative)).map((i) => i.feedbackDeadline);
		expect(deadlines.filter((d) => isFeedbackOpen(d))).toHaveLength(2);
		expect(deadlines.filter((d) => d !== null && !isFeedbackOpen(d))).toHaveLength(1);
	});

	it('shows the Landtag faction every proposal and each faction its own', async () => {
		const board = await listProposals({ actor: sessionUser('vorstand', 'board') });
		expect(board.isLandtagFaction).toBe(true);
		expect(board.total).toBe(DEMO_PROPOSALS.length);
		expect(Object.values(board.statusCounts).every((n) => n > 0)).toBe(true);

		const jonas = await listProposals({ actor: sessionUser('fraktion', 'faction_admin') });
		expect(jonas.total).toBe(DEMO_PROPOSALS.filter((p) => p.faction === 'faction:13075').length);
		const mira = await listProposals({ actor: sessionUser('mitglied', 'member') });
		expect(mira.items.map((p) => p.title)).toEqual(
			DEMO_PROPOSALS.filter((p) => p.faction === 'faction:13003').map((p) => p.title)
		);
	});

	it('lists its titles as private values, and no public motion contains one', () => {
		const publicText = DEMO_MOTIONS.filter((m) => m.visibility === 'public')
			.flatMap((m) => [m.title, m.text, m.justification, m.answer ?? ''])
			.join('\n')
			.toLowerCase();
		for (const title of DEMO_LANDTAG_PRIVATE_VALUES) {
			expect(DEMO_PRIVATE_VALUES).toContain(title);
			expect(publicText).not.toContain(title.toLowerCase());
		}
	});
});
