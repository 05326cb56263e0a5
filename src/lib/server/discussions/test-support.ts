import { createTestAccount } from '../auth/test-support';
import type { SessionUser } from '../auth/types';
import type { AccountRole } from '../../shared/roles';

/** An account in the test database, as the services see the signed-in person. */
export async function testPerson(name: string, role: AccountRole = 'member'): Promise<SessionUser> {
	const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@example.org`;
	const { id } = await createTestAccount({ name, role, email });
	return {
		id,
		email,
		name,
		role,
		emailVerified: true,
		twoFactorEnabled: true,
		accessExpiresAt: null
	};
}
