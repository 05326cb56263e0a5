import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { createMotion } from '../motions/create-motion';
import {
	startMailEnvironment,
	startMailQueue,
	stopMailEnvironment
} from '../testing/mail-environment';
import type { SmtpCatcher } from '../testing/smtp-catcher';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { createSavedSearch } from './create-saved-search';
import { registerAlertJobs } from './jobs';
import { backdateSavedSearch } from './testing/alert-fixtures';

let catcher: SmtpCatcher;
let fx: DirectoryFixtures;

beforeAll(async () => {
	catcher = await startMailEnvironment();
	registerAlertJobs();
	await createTestDatabase();
	fx = await seedDirectoryFixtures();
	await startMailQueue();
});

afterAll(() => stopMailEnvironment(catcher));

describe(`immediate alerts through the job queue on ${testDatabaseKind}`, () => {
	it('a motion created through the motions service is mailed within seconds, not at the next sweep', async () => {
		const mira = fx.users.member;
		const { id: searchId } = await createSavedSearch({
			actor: mira,
			input: { name: 'Hitzeschutz', query: 'Hitzeschutzplan', frequency: 'immediate', filters: {} }
		});
		await backdateSavedSearch(searchId);
		const started = Date.now();
		const { url } = await createMotion(fx.users.faction_admin, {
			type: 'motion',
			title: 'Hitzeschutzplan für den Landkreis',
			text: 'Der Kreistag möge beschließen, einen Hitzeschutzplan aufzustellen.',
			justification: '',
			topics: [],
			visibility: 'members'
		});
		const mail = await catcher.waitFor(
			(m) => m.to.includes(mira.email) && m.subject.includes('Hitzeschutz'),
			20_000
		);
		expect(mail.subject).toBe('Neu zu „Hitzeschutz“: Hitzeschutzplan für den Landkreis');
		expect(mail.text).toContain(`https://kommunal.example.org${url}`);
		expect(Date.now() - started).toBeLessThan(20_000);
	});
});
