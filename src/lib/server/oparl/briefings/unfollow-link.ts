import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { absoluteUrl } from '../../auth/public-origin';
import { createSignedToken, verifySignedToken } from '../../auth/signed-link';
import { db } from '../../db';
import { oparlBody, oparlFollow } from '../schema';
import { removeFollows } from '../follow/follow-body';

/**
 * The link in every briefing that stops the briefings of that council without signing in: it
 * names the person and the body, and removes every follow of the person there (the body's and
 * its Gremien's). Signed, never stored (auth/signed-link.ts); its own purpose string.
 */
const PURPOSE = 'kommunalnetz/oparl/unfollow/v1';
const payload = z.object({ u: z.string().min(1), b: z.uuid() }).strict();

export const UNFOLLOW_PATH = '/abbestellen/ratsinfo/';

export async function unfollowUrl(userId: string, bodyId: string): Promise<string> {
	return absoluteUrl(
		`${UNFOLLOW_PATH}${await createSignedToken(PURPOSE, { u: userId, b: bodyId })}`
	);
}

export interface UnfollowInfo {
	bodyName: string;
	/** Still following anything of the body. */
	following: boolean;
}

async function describe(userId: string, bodyId: string): Promise<UnfollowInfo | null> {
	const [body] = await db
		.select({ name: oparlBody.name })
		.from(oparlBody)
		.where(eq(oparlBody.objectId, bodyId));
	if (!body) return null;
	const follows = await db
		.select({ id: oparlFollow.id })
		.from(oparlFollow)
		.where(and(eq(oparlFollow.userId, userId), eq(oparlFollow.bodyId, bodyId)))
		.limit(1);
	return { bodyName: body.name, following: follows.length > 0 };
}

/** What the link is about, changing nothing (opening a link must not act: mail scanners do). */
export async function describeUnfollowLink(token: string): Promise<UnfollowInfo | null> {
	const data = await verifySignedToken(PURPOSE, token, payload);
	return data ? describe(data.u, data.b) : null;
}

/** Stops the briefings of that council; null for a link that is not genuine. */
export async function applyUnfollowLink(token: string): Promise<UnfollowInfo | null> {
	const data = await verifySignedToken(PURPOSE, token, payload);
	if (!data) return null;
	const info = await describe(data.u, data.b);
	if (!info) return null;
	await removeFollows(data.u, data.b, { everything: true });
	return { ...info, following: false };
}
