import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { auditLog } from '../audit/schema';
import { db } from '../db';
import { DEMO_ACCOUNTS } from './data/accounts';
import type { DemoSeed } from './types';

/** A short history so the board's audit log page has something to show. */
export const seedAudit: DemoSeed = {
	name: 'Protokoll',
	async seed(ctx) {
		const [done] = await db
			.select({ id: auditLog.id })
			.from(auditLog)
			.where(eq(auditLog.action, 'demo.seed'))
			.limit(1);
		if (done) return;
		await recordAudit({
			actor: null,
			action: 'demo.seed',
			details: { note: 'Demo-Inhalte angelegt' }
		});
		for (const account of DEMO_ACCOUNTS) {
			const created = ctx.accounts.get(account.key);
			if (!created) continue;
			await recordAudit({
				actor: null,
				action: 'user.create',
				targetType: 'user',
				targetId: created.id,
				targetLabel: created.email,
				details: { role: account.role, demo: true }
			});
		}
		const board = ctx.accounts.get('vorstand');
		if (board) {
			for (const [slug, label] of [
				['impressum', 'Impressum'],
				['datenschutz', 'Datenschutzerklärung']
			] as const) {
				await recordAudit({
					actor: { id: board.id, email: board.email, name: board.name },
					action: 'settings.page_update',
					targetType: 'site_page',
					targetId: slug,
					targetLabel: label,
					details: { demo: true }
				});
			}
		}
	}
};
