import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/test-db';
import { createUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const groupId = '5b1f3c1e-6a43-4c8e-9d1f-0a6f3f1d2b11';
const threadId = '9c2e4d5f-7b54-4d9f-8e20-1b7a4e2f3c22';

beforeAll(async () => {
	// The signing key lives in the database when AUTH_SECRET is not set.
	await createTestDatabase();
});

describe('unsubscribe tokens', () => {
	it('carry the person and the group or thread they were made for', async () => {
		const forGroup = await createUnsubscribeToken('user-1', { kind: 'group', groupId });
		expect(await verifyUnsubscribeToken(forGroup)).toEqual({
			userId: 'user-1',
			target: { kind: 'group', groupId }
		});
		const forThread = await createUnsubscribeToken('user-1', { kind: 'thread', threadId });
		expect(await verifyUnsubscribeToken(forThread)).toEqual({
			userId: 'user-1',
			target: { kind: 'thread', threadId }
		});
	});

	it('are URL-safe and stay valid (no expiry)', async () => {
		const token = await createUnsubscribeToken('user-1', { kind: 'group', groupId });
		expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
		expect(await createUnsubscribeToken('user-1', { kind: 'group', groupId })).toBe(token);
	});

	it('reject anything altered: another person, another group, a foreign signature, junk', async () => {
		const token = await createUnsubscribeToken('user-1', { kind: 'group', groupId });
		const [, signature] = token.split('.');
		const otherPayload = Buffer.from(JSON.stringify({ u: 'user-2', g: groupId })).toString(
			'base64url'
		);
		expect(await verifyUnsubscribeToken(`${otherPayload}.${signature}`)).toBeNull();
		const otherGroup = await createUnsubscribeToken('user-1', {
			kind: 'group',
			groupId: threadId
		});
		expect(
			await verifyUnsubscribeToken(`${token.split('.')[0]}.${otherGroup.split('.')[1]}`)
		).toBeNull();
		expect(await verifyUnsubscribeToken(`${token}x`)).toBeNull();
		expect(await verifyUnsubscribeToken('')).toBeNull();
		expect(await verifyUnsubscribeToken('a.b.c')).toBeNull();
		expect(await verifyUnsubscribeToken('kein-token')).toBeNull();
	});

	it('are signed with the instance secret, so another instance’s tokens do not work here', async () => {
		const foreign = await createUnsubscribeToken(
			'user-1',
			{ kind: 'group', groupId },
			'ein-ganz-anderes-geheimnis-einer-anderen-instanz'
		);
		expect(await verifyUnsubscribeToken(foreign)).toBeNull();
	});
});
