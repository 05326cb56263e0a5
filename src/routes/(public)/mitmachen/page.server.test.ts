import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent } from '$lib/server/auth/test-event';
import { createTestAccount } from '$lib/server/auth/test-support';
import { createFormStamp } from '$lib/server/join/join-tokens';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { loadStateData } from '$lib/server/territory/load-state-data';
import { actions, load } from './+page.server';

let ipCounter = 0;

async function post(form: Record<string, string>, stampAgeMs = 10_000) {
	const stamp = await createFormStamp(new Date(Date.now() - stampAgeMs));
	const { event } = await testEvent({
		url: '/mitmachen',
		form: { formStamp: stamp, homepage: '', ...form },
		ip: `198.51.100.${++ipCounter}`
	});
	return actions.default(event as never);
}

const valid = (email: string) => ({
	name: 'Tom Tester',
	email,
	district: '13072',
	activity: 'none',
	consent: 'on'
});

beforeAll(async () => {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
});

describe('/mitmachen', () => {
	it('offers the districts and a form stamp', async () => {
		const { event } = await testEvent({ url: '/mitmachen' });
		const data = (await load(event as never)) as Awaited<ReturnType<typeof load>>;
		expect(data.districts).toContainEqual({ value: '13072', label: 'Landkreis Rostock' });
		expect(data.districts).toContainEqual({
			value: '13003',
			label: 'Hanse- und Universitätsstadt Rostock'
		});
		expect(data.formStamp).toMatch(/^[0-9a-z]+\.[\w-]+$/);
	});

	it('answers the same whether the address is new, pending or has an account', async () => {
		const account = await createTestAccount({ email: 'schon-da@example.org' });
		const answers = [
			await post(valid('neu@example.org')),
			await post(valid('neu@example.org')),
			await post(valid(account.email))
		];
		expect(answers).toEqual([
			{ success: true, email: 'neu@example.org' },
			{ success: true, email: 'neu@example.org' },
			{ success: true, email: 'schon-da@example.org' }
		]);
	});

	it('puts errors next to their fields and keeps what was typed and ticked', async () => {
		const result = await post({
			...valid('fehler@example.org'),
			activity: 'council_member',
			consent: '',
			topics: '00000000-0000-4000-8000-000000000001',
			message: 'Hallo'
		});
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: {
					activityWhere: [expect.stringContaining('wo Sie aktiv sind')],
					consent: [expect.stringContaining('Datenschutzhinweise')]
				},
				values: { name: 'Tom Tester', message: 'Hallo', activity: 'council_member' },
				checkedTopics: ['00000000-0000-4000-8000-000000000001']
			}
		});
	});

	it('sends a form back that came too fast, keeping the input', async () => {
		const result = await post(valid('schnell@example.org'), 500);
		expect(result).toMatchObject({
			status: 400,
			data: { message: expect.stringContaining('sehr schnell'), values: { name: 'Tom Tester' } }
		});
	});
});
