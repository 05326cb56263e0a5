import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/types';
import { createTestDatabase } from '../testing/test-db';
import { DirectoryError } from './directory-error';
import {
	assertManagesPerson,
	assertMembershipTarget,
	canManagePerson,
	loadDirectoryEditor
} from './person-access';
import { seedEditFixtures, type EditFixtures } from './testing/edit-fixtures';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

describe('canManagePerson', () => {
	type Who = 'anonymous' | 'interested' | 'member' | 'factionAdmin' | 'board';
	const actor = (who: Who): SessionUser | null => (who === 'anonymous' ? null : f.users[who]);
	const table: Record<Who, Record<'jonas' | 'mira' | 'greta' | 'hanna', boolean>> = {
		anonymous: { jonas: false, mira: false, greta: false, hanna: false },
		interested: { jonas: false, mira: false, greta: false, hanna: false },
		// Only her own entry.
		member: { jonas: false, mira: true, greta: false, hanna: false },
		// His faction's people (himself included), not another faction's, not Mira.
		factionAdmin: { jonas: true, mira: false, greta: true, hanna: false },
		board: { jonas: true, mira: true, greta: true, hanna: true }
	};
	for (const [who, row] of Object.entries(table) as [Who, (typeof table)['board']][]) {
		it(`as ${who}`, async () => {
			for (const [name, expected] of Object.entries(row) as [keyof typeof row, boolean][]) {
				expect(await canManagePerson(actor(who), f.people[name]), name).toBe(expected);
			}
		});
	}

	it('is false for an unknown person', async () => {
		expect(await canManagePerson(f.users.board, '00000000-0000-4000-8000-000000000000')).toBe(
			false
		);
	});

	it('denies board rights to a board account without two-factor sign-in', async () => {
		const unsecured = { ...f.users.board, twoFactorEnabled: false };
		expect(await canManagePerson(unsecured, f.people.hanna)).toBe(false);
	});
});

describe('assertManagesPerson', () => {
	it('lets a person edit their profile but not their mandates', async () => {
		await expect(assertManagesPerson(f.users.member, f.people.mira)).resolves.toMatchObject({
			scope: 'self'
		});
		await expect(
			assertManagesPerson(f.users.member, f.people.mira, { mandates: true })
		).rejects.toThrow();
	});

	it('refuses a faction admin another faction’s person with a German reason', async () => {
		const refusal = assertManagesPerson(f.users.factionAdmin, f.people.hanna, { mandates: true });
		await expect(refusal).rejects.toBeInstanceOf(DirectoryError);
		await expect(refusal).rejects.toMatchObject({ code: 'not_your_person' });
	});
});

describe('assertMembershipTarget', () => {
	it('keeps faction admins inside their factions’ bodies and factions', async () => {
		const editor = await loadDirectoryEditor(f.users.factionAdmin);
		const { kreistagVg, kreistagLup } = f.councils;
		const { factionVg, otherFactionVg, committeeVg } = f.organizations;
		await expect(
			assertMembershipTarget(editor, { organizationId: kreistagVg.id, onBehalfOfId: factionVg })
		).resolves.toBeTruthy();
		await expect(
			assertMembershipTarget(editor, { organizationId: committeeVg, onBehalfOfId: null })
		).resolves.toBeTruthy();
		const refused = [
			[{ organizationId: kreistagLup.id, onBehalfOfId: null }, 'organization_out_of_scope'],
			[{ organizationId: kreistagVg.id, onBehalfOfId: otherFactionVg }, 'faction_out_of_scope'],
			[{ organizationId: otherFactionVg, onBehalfOfId: null }, 'faction_out_of_scope']
		] as const;
		for (const [target, code] of refused) {
			await expect(assertMembershipTarget(editor, target)).rejects.toMatchObject({ code });
		}
	});

	it('refuses a faction of another body for everyone, the board included', async () => {
		const editor = await loadDirectoryEditor(f.users.board);
		await expect(
			assertMembershipTarget(editor, {
				organizationId: f.councils.kreistagLup.id,
				onBehalfOfId: f.organizations.factionVg
			})
		).rejects.toMatchObject({ code: 'faction_not_in_body', field: 'onBehalfOfId' });
	});
});
