import { describe, expect, it } from 'vitest';
import { composeMail, storedHeaders } from './compose-mail';
import type { MailMessage } from './schema';
import { describeSmtpFailure, isPermanentSmtpFailure } from './smtp-errors';

describe('storedHeaders', () => {
	it('keeps extra headers and drops reserved, malformed and injected ones', () => {
		const raw = JSON.stringify({
			'List-Unsubscribe': '<https://example.org/abmelden>',
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
			Subject: 'überschrieben',
			'X-Evil': 'a\r\nBcc: opfer@example.org',
			'Bad Name': 'x',
			'X-Number': 5
		});
		expect(storedHeaders(raw)).toEqual({
			'List-Unsubscribe': '<https://example.org/abmelden>',
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		});
	});

	it('tolerates missing or broken JSON', () => {
		expect(storedHeaders(null)).toEqual({});
		expect(storedHeaders('{kaputt')).toEqual({});
		expect(storedHeaders('["a"]')).toEqual({});
	});
});

describe('composeMail', () => {
	it('derives a stable Message-ID from the row and the sender domain', () => {
		const message = {
			id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
			toAddress: 'a@example.org',
			subject: 'Hallo',
			textBody: 'Text',
			htmlBody: null,
			headers: null
		} as MailMessage;
		const composed = composeMail(message, 'LAG <lag@kommunal.example.org>');
		expect(composed.messageId).toBe('<7c9e6679-7425-40de-944b-e07fc1f90ae7@kommunal.example.org>');
		expect(composed).not.toHaveProperty('html');
	});
});

describe('SMTP failure classification', () => {
	it('treats 5xx replies as permanent, 4xx, 503, connection and login problems as temporary', () => {
		expect(isPermanentSmtpFailure({ responseCode: 550 })).toBe(true);
		expect(isPermanentSmtpFailure({ responseCode: 550, permanent: true })).toBe(true);
		expect(isPermanentSmtpFailure({ responseCode: 451 })).toBe(false);
		expect(isPermanentSmtpFailure({ responseCode: 503 })).toBe(false);
		expect(isPermanentSmtpFailure({ code: 'ECONNECTION' })).toBe(false);
		expect(isPermanentSmtpFailure({ code: 'EAUTH', responseCode: 535, permanent: true })).toBe(
			false
		);
		expect(isPermanentSmtpFailure({ code: 'EENVELOPE' })).toBe(true);
	});

	it('describes a failure by the server reply', () => {
		expect(
			describeSmtpFailure({ code: 'EMESSAGE', response: '451 4.7.1 Greylisted,\n try later' })
		).toBe('EMESSAGE: 451 4.7.1 Greylisted, try later');
	});
});
