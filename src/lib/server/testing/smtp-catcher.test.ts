import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpCatcher } from './smtp-catcher';

describe('SmtpCatcher', () => {
	const catcher = new SmtpCatcher({ rejectFirst: 1 });
	beforeAll(() => catcher.start());
	afterAll(() => catcher.stop());

	it('rejects the first delivery, then receives and parses UTF-8 mail', async () => {
		const transport = nodemailer.createTransport({ url: catcher.url } as never);
		const message = {
			from: 'a@example.org',
			to: 'b@example.org',
			subject: 'Grüße aus Güstrow',
			text: 'Hallo'
		};
		await expect(transport.sendMail(message)).rejects.toThrow(/451/);
		await transport.sendMail(message);
		const mail = await catcher.waitFor((candidate) => candidate.to.includes('b@example.org'));
		expect(mail.subject).toBe('Grüße aus Güstrow');
		expect(mail.text.trim()).toBe('Hallo');
	});
});
