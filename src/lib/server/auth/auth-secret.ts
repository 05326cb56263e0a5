import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { env } from '../config/env';
import { db } from '../db';
import { appSetting } from '../settings/schema';

const SECRET_KEY = 'auth.secret';

/**
 * The key that signs cookies and encrypts TOTP secrets. AUTH_SECRET wins; without it the first
 * process generates one and stores it in the database, where every other app process and worker
 * finds it. Insert-or-keep makes concurrent first starts agree on one value.
 */
export async function resolveAuthSecret(): Promise<string> {
	const configured = env().AUTH_SECRET;
	if (configured) return configured;
	await db
		.insert(appSetting)
		.values({ key: SECRET_KEY, value: randomBytes(48).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db
		.select({ value: appSetting.value })
		.from(appSetting)
		.where(eq(appSetting.key, SECRET_KEY));
	if (typeof row?.value !== 'string') throw new Error('Der Anmeldeschlüssel fehlt in app_setting');
	return row.value;
}
