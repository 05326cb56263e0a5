import { eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { user } from '../auth/schema';
import { createTestActor } from '../auth/test-support';
import { hashToken } from '../auth/tokens';
import { db } from '../db';
import { hitRateLimit, RATE_LIMITS } from '../security/rate-limit';
import { rateLimitBucket } from '../security/schema';
import { collectPersonalData } from '../privacy/collect-personal-data';
import { createTestDatabase } from '../testing/test-db';
import { authenticateApiToken } from './authenticate-api-token';
import { createApiToken, MAX_ACTIVE_TOKENS, TooManyApiTokensError } from './create-api-token';
import { issueApiToken } from './issue-api-token';
import { listApiTokens } from './list-api-tokens';
import { ApiTokenNotFoundError, revokeApiToken } from './revoke-api-token';
import { apiToken } from './schema';
import { apiEvent } from './testing/api-event';

// One database per file: every test issues tokens of accounts of its own.
beforeAll(async () => {
	await createTestDatabase();
});

describe('API tokens', () => {
	it('stores only the hash and shows the token once', async () => {
		const actor = await createTestActor('member');
		const issued = await createApiToken({ actor, name: 'Import' });
		expect(issued.token).toMatch(/^kn_[A-Za-z0-9_-]{43}$/);
		const [row] = await db.select().from(apiToken).where(eq(apiToken.id, issued.id));
		expect(row!.tokenHash).toBe(hashToken(issued.token));
		expect(JSON.stringify(row)).not.toContain(issued.token);
		const listed = await listApiTokens({ actor });
		expect(listed).toEqual([
			expect.objectContaining({ id: issued.id, name: 'Import', prefix: issued.token.slice(0, 9) })
		]);
		expect(JSON.stringify(listed)).not.toContain(issued.token);
		const download = await collectPersonalData({ actor });
		expect(download.apiTokens).toEqual([
			expect.objectContaining({ name: 'Import', prefix: issued.token.slice(0, 9) })
		]);
		expect(JSON.stringify(download)).not.toContain(row!.tokenHash);
		const [audit] = await db.select().from(auditLog).where(eq(auditLog.targetId, issued.id));
		expect(audit).toMatchObject({ action: 'api_token.create', actorUserId: actor.id });
	});

	it('acts as the owner with the role the account has now', async () => {
		const actor = await createTestActor('member');
		const { token } = await createApiToken({ actor, name: 'Skript' });
		expect((await authenticateApiToken(token))?.user).toMatchObject({
			id: actor.id,
			role: 'member'
		});
		await db.update(user).set({ role: 'interested' }).where(eq(user.id, actor.id));
		expect((await authenticateApiToken(token))?.user.role).toBe('interested');
		await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, actor.id));
		expect(await authenticateApiToken(token)).toBeNull();
	});

	it('refuses unknown, expired and revoked tokens, and records last use', async () => {
		const actor = await createTestActor('member');
		const now = new Date('2030-01-01T12:00:00Z');
		const expiring = await issueApiToken({
			userId: actor.id,
			name: 'Kurz',
			expiresAt: new Date('2030-01-02T00:00:00Z')
		});
		expect(await authenticateApiToken(expiring.token, now)).not.toBeNull();
		expect(await authenticateApiToken(expiring.token, new Date('2030-01-02T00:00:00Z'))).toBeNull();
		const [used] = await db.select().from(apiToken).where(eq(apiToken.id, expiring.id));
		expect(used!.lastUsedAt).toEqual(now);

		expect(await authenticateApiToken('kn_unbekannt')).toBeNull();
		expect(await authenticateApiToken(expiring.token.slice(0, -1))).toBeNull();

		const revoked = await createApiToken({ actor, name: 'Weg' });
		await revokeApiToken({ actor, tokenId: revoked.id });
		expect(await authenticateApiToken(revoked.token)).toBeNull();
		const later = new Date('2030-01-03T00:00:00Z');
		expect((await listApiTokens({ actor, now: later })).map((t) => [t.name, t.state])).toEqual([
			['Weg', 'revoked'],
			['Kurz', 'expired']
		]);
	});

	it('lets nobody list or revoke another account’s tokens', async () => {
		const owner = await createTestActor('member', { email: 'a@example.org' });
		const other = await createTestActor('board', { email: 'b@example.org' });
		const issued = await createApiToken({ actor: owner, name: 'Meins' });
		expect(await listApiTokens({ actor: other })).toEqual([]);
		await expect(revokeApiToken({ actor: other, tokenId: issued.id })).rejects.toBeInstanceOf(
			ApiTokenNotFoundError
		);
		await expect(revokeApiToken({ actor: other, tokenId: 'kein-uuid' })).rejects.toBeInstanceOf(
			ApiTokenNotFoundError
		);
		expect(await authenticateApiToken(issued.token)).not.toBeNull();
		await expect(createApiToken({ actor: null, name: 'x' })).rejects.toThrow(/Berechtigung/);
	});

	it('caps the active tokens of one account', async () => {
		const actor = await createTestActor('member');
		for (let i = 0; i < MAX_ACTIVE_TOKENS; i++)
			await issueApiToken({ userId: actor.id, name: `T${i}` });
		await expect(createApiToken({ actor, name: 'Zu viel' })).rejects.toBeInstanceOf(
			TooManyApiTokensError
		);
		const [first] = await listApiTokens({ actor });
		await revokeApiToken({ actor, tokenId: first!.id });
		await expect(createApiToken({ actor, name: 'Jetzt' })).resolves.toMatchObject({
			name: 'Jetzt'
		});
	});
});

describe('Bearer authentication of /api/v1', () => {
	it('fills the locals with the owner and ignores the header elsewhere', async () => {
		const actor = await createTestActor('faction_admin');
		const { token } = await createApiToken({ actor, name: 'Skript' });
		const api = await apiEvent({ url: '/api/v1/search?q=x', token });
		expect(api.refusal).toBeNull();
		expect(api.event.locals.user).toMatchObject({ id: actor.id, role: 'faction_admin' });
		expect(api.event.locals.sessionId).toBeNull();
		const page = await apiEvent({ url: '/konto', token });
		expect(page.event.locals.user).toBeNull();
	});

	it('answers 401 with a challenge for a wrong, revoked or malformed token', async () => {
		const actor = await createTestActor('member');
		const issued = await createApiToken({ actor, name: 'Skript' });
		await revokeApiToken({ actor, tokenId: issued.id });
		for (const authorization of [
			`Bearer ${issued.token}`,
			'Bearer kn_falsch',
			`Basic ${Buffer.from('a:b').toString('base64')}`,
			'Bearer'
		]) {
			const { refusal, event } = await apiEvent({ url: '/api/v1/motions/x', authorization });
			expect(refusal?.status).toBe(401);
			expect(refusal?.headers.get('www-authenticate')).toMatch(/^Bearer realm="api"/);
			expect((await refusal!.json()).message).toMatch(/Token/);
			expect(event.locals.user).toBeNull();
		}
	});

	it('limits the requests per token', async () => {
		const actor = await createTestActor('member');
		const { token, id } = await createApiToken({ actor, name: 'Eilig' });
		// The window is full: as if the script had sent its allowance already.
		await hitRateLimit(RATE_LIMITS.apiToken, id);
		await db
			.update(rateLimitBucket)
			.set({ hits: RATE_LIMITS.apiToken.limit })
			.where(like(rateLimitBucket.key, `%${id}`));
		const { refusal, event } = await apiEvent({ url: '/api/v1/search', token });
		expect(refusal?.status).toBe(429);
		expect(Number(refusal?.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(event.locals.user).toBeNull();
	});
});
