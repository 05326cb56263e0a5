import { DEMO_ADMIN_FACTION_AGS, MEMBER_FACTION_AGS, type MotionBuilder } from './motion-builder';
import { DEMO_COUNCIL_BY_AGS } from './motion-councils';
import { DRAFT_SUBJECTS, MEMBERS_SUBJECTS } from './motion-fixed';
import { councilJustification, councilMotionText, internalText } from './motion-texts';
import type { MotionSubject } from './motion-types';

/** Internal work (members only) and faction drafts; see motion-fixed.ts for why titles are unique. */
export function nonPublic(builder: MotionBuilder, subjects: readonly MotionSubject[]): void {
	const { random } = builder;
	const admin = DEMO_COUNCIL_BY_AGS.get(DEMO_ADMIN_FACTION_AGS)!;
	for (const [index, subject] of MEMBERS_SUBJECTS.entries()) {
		// Every third paper is the admin faction's own; the rest are the network's (board).
		const own = index % 3 === 0;
		const filed = index % 4 === 1;
		const filedDaysAgo = filed ? random.int(20, 200) : null;
		builder.add({
			key: subject.key,
			type: index % 5 === 2 ? 'statement' : 'motion',
			title: subject.title,
			text: internalText(subject),
			justification: subject.reasons.join('\n\n'),
			answer: null,
			answeredDaysAgo: null,
			councilAgs: own ? admin.ags : null,
			faction: own ? admin.faction : null,
			filedDaysAgo,
			status: filed ? 'filed' : 'draft',
			votes: null,
			decidedDaysAgo: null,
			visibility: 'members',
			reusedFrom: null,
			createdBy: own ? 'fraktion' : 'vorstand',
			authors: [own ? 'fraktion' : 'vorstand'],
			topics: subject.topics,
			createdDaysAgo: (filedDaysAgo ?? random.int(3, 90)) + 3
		});
	}
	const rostock = DEMO_COUNCIL_BY_AGS.get(MEMBER_FACTION_AGS)!;
	for (const subject of DRAFT_SUBJECTS) {
		const council = subject.key.startsWith('entwurf-rostock') ? rostock : admin;
		const account = council === admin ? 'fraktion' : 'mitglied';
		builder.add({
			key: subject.key,
			type: 'motion',
			title: subject.title,
			text: councilMotionText(subject, council, random),
			justification: subject.reasons.join('\n\n'),
			answer: null,
			answeredDaysAgo: null,
			councilAgs: council.ags,
			faction: council.faction,
			filedDaysAgo: null,
			status: 'draft',
			votes: null,
			decidedDaysAgo: null,
			visibility: 'faction',
			reusedFrom: null,
			createdBy: account,
			authors: [account],
			topics: subject.topics,
			createdDaysAgo: random.int(1, 30)
		});
	}
	// A draft the faction admin started with "Übernehmen" from the Rufbus template.
	const rufbus = subjects.find((s) => s.key === 'oepnv-rufbus')!;
	builder.add({
		key: 'entwurf-vg-rufbus',
		type: 'motion',
		title: 'Rufbus für die Dörfer – angepasste Fassung für Vorpommern-Greifswald (Entwurf)',
		text: councilMotionText(rufbus, admin, random),
		justification: councilJustification(rufbus, admin, random, true),
		answer: null,
		answeredDaysAgo: null,
		councilAgs: admin.ags,
		faction: admin.faction,
		filedDaysAgo: null,
		status: 'draft',
		votes: null,
		decidedDaysAgo: null,
		visibility: 'faction',
		reusedFrom: 'muster:oepnv-rufbus',
		createdBy: 'fraktion',
		authors: ['fraktion'],
		topics: rufbus.topics,
		createdDaysAgo: 4
	});
}

