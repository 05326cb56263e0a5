import { randomBytes } from 'node:crypto';
import { expect, test } from '../support/fixtures';

test('a member creates an API token on her account page, a program posts and reads a motion with it, and after revoking it gets 401', async ({
	pageAs,
	request
}) => {
	const name = `Skript ${randomBytes(3).toString('hex')}`;
	const member = await pageAs('member');
	await member.goto('/konto/api-tokens');
	await member.getByRole('textbox', { name: 'Name' }).fill(name);
	await member.getByRole('button', { name: 'Token erstellen' }).click();
	await expect(member.getByRole('heading', { name: `Ihr neuer Token „${name}“` })).toBeVisible();
	const token = await member.getByRole('textbox', { name: 'Token' }).inputValue();
	expect(token).toMatch(/^kn_[A-Za-z0-9_-]{43}$/);
	// Shown once: the list names it by its first characters only.
	await member.reload();
	await expect(member.getByRole('textbox', { name: 'Token' })).toHaveCount(0);
	const listed = member.getByRole('listitem').filter({ hasText: name });
	await expect(listed).toContainText(`${token.slice(0, 9)}…`);
	await expect(listed).toContainText('noch nie');

	// A program without cookies: the token alone says who it is.
	const auth = { authorization: `Bearer ${token}` };
	const title = `Über die API: Trinkwasserbrunnen ${name}`;
	const created = await request.post('/api/v1/motions', {
		headers: auth,
		data: {
			type: 'motion',
			title,
			text: '## Beschlussvorschlag\n\n- Brunnen an jeder Schule',
			justification: 'Wasser statt Limo.',
			topics: [],
			visibility: 'members'
		}
	});
	expect(created.status()).toBe(201);
	const { id, url } = await created.json();
	expect(url).toBe(`/antraege/${id}`);
	const read = await request.get(`/api/v1/motions/${id}`, { headers: auth });
	expect(read.status()).toBe(200);
	expect(await read.json()).toMatchObject({ id, title, visibility: 'members', status: 'draft' });
	// Members only: without the token the motion does not exist.
	expect((await request.get(`/api/v1/motions/${id}`)).status()).toBe(404);

	await member.reload();
	await expect(listed).not.toContainText('noch nie');
	await listed.getByRole('button', { name: `Token „${name}“ widerrufen` }).click();
	await expect(member.getByText('Der Token ist widerrufen')).toBeVisible();
	await expect(listed.getByRole('button')).toHaveCount(0);

	const refused = await request.get(`/api/v1/motions/${id}`, { headers: auth });
	expect(refused.status()).toBe(401);
	expect(refused.headers()['www-authenticate']).toMatch(/^Bearer/);
	expect(await refused.json()).toEqual({
		message: 'Der API-Token ist ungültig, abgelaufen oder widerrufen.'
	});
});
