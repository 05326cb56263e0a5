import { and, eq } from 'drizzle-orm';
import type { JoinFormInput } from '../../../shared/join';
import { db } from '../../db';
import { mailMessage } from '../../mail/schema';
import { createFormStamp } from '../join-tokens';
import { submitJoinRequest } from '../submit-join-request';

/** Landkreis Rostock in the MV state data. */
export const ROSTOCK_DISTRICT = '13072';

export function joinInput(overrides: Partial<JoinFormInput> = {}): JoinFormInput {
	return {
		name: 'Jana Neugier',
		email: 'jana.neugier@example.org',
		district: ROSTOCK_DISTRICT,
		partyBranch: 'KV Rostock',
		activity: 'resident_expert',
		activityWhere: 'Bauausschuss Dummerstorf',
		topics: [],
		message: 'Ich möchte mich zum Thema Radwege austauschen.',
		consent: true,
		...overrides
	};
}

let ipCounter = 0;

/** A submission as the form sends it, filled in at human speed from a fresh address and IP. */
export async function submitAsPerson(
	overrides: Partial<JoinFormInput> = {},
	options: { now?: Date; ip?: string; honeypot?: string } = {}
) {
	const now = options.now ?? new Date();
	return submitJoinRequest({
		input: joinInput(overrides),
		honeypot: options.honeypot,
		formStamp: await createFormStamp(new Date(now.getTime() - 20_000)),
		ip: options.ip ?? `203.0.113.${++ipCounter % 250}`,
		now
	});
}

export async function mailsTo(address: string, category?: string) {
	return db
		.select()
		.from(mailMessage)
		.where(
			category
				? and(eq(mailMessage.toAddress, address), eq(mailMessage.category, category))
				: eq(mailMessage.toAddress, address)
		);
}

/** The token in the newest confirmation mail to an address. */
export async function confirmationToken(address: string): Promise<string> {
	const mails = await mailsTo(address, 'join.confirm');
	const last = mails.at(-1);
	const match = last?.textBody.match(/\/mitmachen\/bestaetigen\/(\S+)/);
	if (!match) throw new Error(`Kein Bestätigungslink an ${address}`);
	return match[1]!;
}
