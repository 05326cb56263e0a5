import { databaseHandle, type DatabaseHandle } from '../db';
import { resolveAuthSecret } from './auth-secret';
import { createAuth, type Auth } from './create-auth';

/**
 * The better-auth instance of the current database. One per database handle: a process has one,
 * while tests switch databases (each with its own stored secret) between files and tests.
 */
const instances = new WeakMap<DatabaseHandle, Promise<Auth>>();

export function getAuth(): Promise<Auth> {
	const handle = databaseHandle();
	let instance = instances.get(handle);
	if (!instance) {
		instance = resolveAuthSecret().then((secret) => createAuth({ db: handle.db, secret }));
		// A failed start (database down) must not be cached forever.
		instance.catch(() => instances.delete(handle));
		instances.set(handle, instance);
	}
	return instance;
}

/** better-auth's internals (adapter, password hashing) for services that go below the API. */
export async function getAuthContext() {
	return (await getAuth()).$context;
}
