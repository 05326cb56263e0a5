import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase } from '../testing/test-db';
import { createSignedToken, verifySignedToken } from './signed-link';

const schema = z.object({ u: z.string().min(1) }).strict();

beforeAll(async () => {
	// The signing key lives in the database when AUTH_SECRET is not set.
	await createTestDatabase();
});

describe('signed link tokens', () => {
	it('give back the payload for the purpose they were made for', async () => {
		const token = await createSignedToken('test/one/v1', { u: 'user-1' });
		expect(await verifySignedToken('test/one/v1', token, schema)).toEqual({ u: 'user-1' });
	});

	it('are never valid for another purpose signed with the same secret', async () => {
		const token = await createSignedToken('test/one/v1', { u: 'user-1' });
		expect(await verifySignedToken('test/two/v1', token, schema)).toBeNull();
	});

	it('refuse a payload the schema does not accept, even when genuinely signed', async () => {
		const token = await createSignedToken('test/one/v1', { u: 'user-1', extra: 'x' });
		expect(await verifySignedToken('test/one/v1', token, schema)).toBeNull();
	});

	it('refuse a token signed with another secret, altered parts and junk', async () => {
		const foreign = await createSignedToken('test/one/v1', { u: 'user-1' }, 'another-secret');
		expect(await verifySignedToken('test/one/v1', foreign, schema)).toBeNull();
		const token = await createSignedToken('test/one/v1', { u: 'user-1' });
		const [, signature] = token.split('.');
		const otherPayload = Buffer.from(JSON.stringify({ u: 'user-2' })).toString('base64url');
		expect(await verifySignedToken('test/one/v1', `${otherPayload}.${signature}`, schema)).toBe(
			null
		);
		for (const junk of ['', '.', 'a.b.c', `${token}.x`, 'x'.repeat(2_000)])
			expect(await verifySignedToken('test/one/v1', junk, schema)).toBeNull();
	});
});
