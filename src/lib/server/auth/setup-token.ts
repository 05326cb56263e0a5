import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { env } from '../config/env';
import { db } from '../db';
import { appSetting } from '../settings/schema';
import { countActiveBoardAccounts } from './board-accounts';
import { absoluteUrl } from './public-origin';
import { hashToken, newToken, sameHash } from './tokens';

const SETUP_KEY = 'auth.setup_token';

interface StoredSetupToken {
	hash: string;
	issuedAt: string;
}

/**
 * Where admins (and tests) find the setup link besides the server log: in DATA_DIR, which every
 * installation has (with PostgreSQL it still holds uploaded files).
 */
export function setupLinkFile(): string {
	return path.join(env().dataDir, 'setup-link.txt');
}

export function removeSetupLinkFile(): void {
	fs.rmSync(setupLinkFile(), { force: true });
}

export async function setupRequired(): Promise<boolean> {
	return (await countActiveBoardAccounts()) === 0;
}

/** A fresh one-time token; only its hash is stored, so every start invalidates older links. */
export async function issueSetupToken(): Promise<{ token: string; url: string }> {
	const token = newToken();
	const value: StoredSetupToken = { hash: hashToken(token), issuedAt: new Date().toISOString() };
	await db
		.insert(appSetting)
		.values({ key: SETUP_KEY, value })
		.onConflictDoUpdate({ target: appSetting.key, set: { value, updatedAt: new Date() } });
	return { token, url: absoluteUrl(`/einrichtung?token=${token}`) };
}

export async function isValidSetupToken(token: string): Promise<boolean> {
	const [row] = await db.select().from(appSetting).where(eq(appSetting.key, SETUP_KEY));
	const stored = row?.value as StoredSetupToken | undefined;
	return Boolean(stored?.hash && token && sameHash(stored.hash, hashToken(token)));
}

/** Takes the token out of the database; exactly one of several concurrent requests gets true. */
export async function consumeSetupToken(token: string): Promise<boolean> {
	const deleted = await db
		.delete(appSetting)
		.where(
			and(eq(appSetting.key, SETUP_KEY), sql`${appSetting.value}->>'hash' = ${hashToken(token)}`)
		)
		.returning({ key: appSetting.key });
	return deleted.length === 1;
}

/** Puts a consumed token back when creating the account failed after all. */
export async function restoreSetupToken(token: string): Promise<void> {
	const value: StoredSetupToken = { hash: hashToken(token), issuedAt: new Date().toISOString() };
	await db.insert(appSetting).values({ key: SETUP_KEY, value }).onConflictDoNothing();
}

/**
 * Boot step: while no board account exists, print a new setup link (and write it to
 * DATA_DIR/setup-link.txt); once one exists, make sure no link is left lying around.
 */
export async function prepareSetup(log: (line: string) => void = console.log): Promise<void> {
	if (env().DEMO) return; // the demo seeds its own board account
	if (!(await setupRequired())) {
		await db.delete(appSetting).where(eq(appSetting.key, SETUP_KEY));
		removeSetupLinkFile();
		return;
	}
	const { url } = await issueSetupToken();
	log(`Einrichtung: ${url}`);
	fs.mkdirSync(env().dataDir, { recursive: true });
	fs.writeFileSync(setupLinkFile(), `${url}\n`, { mode: 0o600 });
}
