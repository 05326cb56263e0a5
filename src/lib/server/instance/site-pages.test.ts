import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { emptyTestDatabase } from '../testing/test-db';
import { getSitePage } from './get-site-page';
import { instanceConfig } from './instance-config';
import { updateSitePage } from './update-site-page';

function user(role: SessionUser['role'], twoFactorEnabled = true): SessionUser {
	return {
		id: `${role}-id`,
		email: `${role}@example.org`,
		name: `Test ${role}`,
		role,
		emailVerified: true,
		twoFactorEnabled,
		accessExpiresAt: null
	};
}

describe('site pages', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('shows a template that tells the operator to complete it until the board saves a text', async () => {
		for (const slug of ['impressum', 'datenschutz'] as const) {
			const page = await getSitePage(slug);
			expect(page.isDefault).toBe(true);
			expect(page.updatedAt).toBeNull();
			expect(page.html).toContain('Hinweis an die Betreiber*innen');
			expect(page.html).toContain('noch nicht vollständig');
		}
	});

	it('stores the board’s text with who and when, renders it safely and logs it', async () => {
		const board = user('board');
		await updateSitePage({
			actor: board,
			slug: 'impressum',
			markdown: '## Anbieter\n\nBeispielverein e. V.<script>alert(1)</script>',
			ip: '127.0.0.1'
		});
		const page = await getSitePage('impressum');
		expect(page.isDefault).toBe(false);
		expect(page.html).toContain('<h2>Anbieter</h2>');
		expect(page.html).toContain('Beispielverein e. V.');
		expect(page.html).not.toContain('script');
		expect(page.updatedBy).toEqual({ id: board.id, name: board.name });
		expect(page.updatedAt).toBeInstanceOf(Date);
		// The other page is untouched.
		expect((await getSitePage('datenschutz')).isDefault).toBe(true);

		const entries = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'settings.page_update'));
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			actorUserId: board.id,
			targetType: 'site_page',
			targetId: 'impressum',
			ip: '127.0.0.1'
		});
	});

	it('lets nobody but the board with two-factor change a page', async () => {
		for (const actor of [null, user('member'), user('faction_admin'), user('board', false)]) {
			await expect(
				updateSitePage({ actor, slug: 'datenschutz', markdown: 'Gekapert' })
			).rejects.toBeInstanceOf(AccessDeniedError);
		}
		expect((await getSitePage('datenschutz')).isDefault).toBe(true);
		expect(await db.select().from(auditLog)).toHaveLength(0);
	});

	it('rejects an empty text and keeps the old one', async () => {
		await updateSitePage({ actor: user('board'), slug: 'impressum', markdown: 'Alt' });
		await expect(
			updateSitePage({ actor: user('board'), slug: 'impressum', markdown: '   ' })
		).rejects.toThrow('Bitte einen Text eingeben.');
		expect((await getSitePage('impressum')).markdown).toBe('Alt');
	});
});

describe('instanceConfig', () => {
	it('names the network of the configured state', () => {
		const config = instanceConfig('mv');
		expect(config.networkName).toBe('LAG Kommunalpolitik Mecklenburg-Vorpommern');
		expect(config.party.name).toBe('DIE LINKE. Mecklenburg-Vorpommern');
		expect(config.goals.length).toBeGreaterThanOrEqual(5);
	});
});
