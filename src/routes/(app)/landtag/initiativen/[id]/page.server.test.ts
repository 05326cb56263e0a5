import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { createInitiative } from '$lib/server/landtag/create-initiative';
import {
	seedLandtagFixtures,
	type LandtagFixtures
} from '$lib/server/landtag/testing/landtag-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { berlinToday } from '$lib/shared/berlin-time';
import { actions, load } from './+page.server';

let f: LandtagFixtures;
let initiativeId: string;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedLandtagFixtures();
	const nextYear = `${Number(berlinToday().slice(0, 4)) + 1}-06-30`;
	({ id: initiativeId } = await createInitiative({
		actor: f.lena,
		input: {
			type: 'motion',
			title: 'Landesprogramm Schulbus',
			summary: 'Das Land soll die *Schülerbeförderung* mitfinanzieren.',
			printedMatterNumber: null,
			printedMatterUrl: null,
			feedbackQuestion: 'Was kostet die Schülerbeförderung bei Ihnen?',
			feedbackDeadline: nextYear
		}
	}));
});

async function visit(email: string | null, form?: Record<string, string>) {
	const jar = email ? (await signedInJar(email)).jar : undefined;
	const path = `/landtag/initiativen/${initiativeId}`;
	return (
		await testEvent({
			url: form ? `${path}?/answer` : path,
			jar,
			form,
			params: { id: initiativeId }
		})
	).event as never;
}

describe('/landtag/initiativen/[id]', () => {
	it('is for the network; each member gets an answer form for their own factions only', async () => {
		const anonymous = await visit(null);
		expect(await thrownBy(() => load(anonymous))).toMatchObject({ status: 303 });
		const interested = await visit(f.users.interested.email);
		expect(await thrownBy(() => load(interested))).toMatchObject({ status: 403 });
		const member = await load(await visit(f.users.member.email));
		expect(member.initiative.summaryHtml).toContain('<em>Schülerbeförderung</em>');
		expect(member.answerForms.map((form) => form.factionId)).toEqual([f.organizations.factionHro]);
		const admin = await load(await visit(f.users.faction_admin.email));
		expect(admin.answerForms.map((form) => form.factionId)).toEqual([f.organizations.factionVg]);
		// The Landtag faction asks; it does not answer itself.
		const landtag = await load(await visit(f.lena.email));
		expect(landtag.answerForms).toEqual([]);
		expect(landtag.initiative.editable).toBe(true);
		expect(member.initiative.editable).toBe(false);
	});

	it('takes an answer for one’s own faction, refuses a foreign one at the field and keeps the text', async () => {
		const foreign = await actions.answer(
			await visit(f.users.member.email, {
				factionId: f.organizations.factionVg,
				body: 'Für die falsche Fraktion.'
			})
		);
		expect(foreign).toMatchObject({
			status: 400,
			data: {
				scope: `answer-${f.organizations.factionVg}`,
				errors: { factionId: ['Sie können nur für eine Fraktion handeln, der Sie angehören.'] },
				values: { body: 'Für die falsche Fraktion.' }
			}
		});
		const valid = await visit(f.users.member.email, {
			factionId: f.organizations.factionHro,
			body: 'Rund 2 Mio. Euro im Jahr.'
		});
		const saved = await thrownBy(() => actions.answer(valid));
		expect(saved).toMatchObject({ status: 303 });
		const after = await load(await visit(f.users.faction_admin.email));
		expect(after.feedback.map((answer) => answer.factionLabel)).toEqual([
			'Fraktion DIE LINKE/Die PARTEI (Bürgerschaft Rostock)'
		]);
		const mine = await load(await visit(f.users.member.email));
		expect(mine.answerForms[0]?.current).toBe('Rund 2 Mio. Euro im Jahr.');
	});
});
