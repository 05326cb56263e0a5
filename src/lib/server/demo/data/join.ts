/**
 * Fictional "Mitmachen" requests for the demo inbox. Everything in a join request is for the
 * board only: names, addresses, places and messages are private values.
 */
export interface DemoJoinRequest {
	name: string;
	email: string;
	districtAgs: string;
	partyBranch: string;
	activity: 'none' | 'council_member' | 'resident_expert' | 'other';
	activityWhere: string;
	topicSlugs: string[];
	message: string;
	status: 'open' | 'declined';
	/** Days before the seeding that the address was confirmed. */
	confirmedDaysAgo: number;
	notes?: string;
}

export const DEMO_JOIN_REQUESTS: readonly DemoJoinRequest[] = [
	{
		name: 'Wiebke Wendelstein',
		email: 'wiebke.wendelstein@example.org',
		districtAgs: '13075',
		partyBranch: 'KV Vorpommern-Greifswald',
		activity: 'council_member',
		activityWhere: 'Gemeindevertretung Lubmin-Nord (Beispiel)',
		topicSlugs: ['haushalt', 'klima'],
		message:
			'Ich bin seit der letzten Wahl in unserer Gemeindevertretung und würde mich gern mit anderen zu Windkraft-Einnahmen austauschen.',
		status: 'open',
		confirmedDaysAgo: 2
	},
	{
		name: 'Karl-Heinz Quappendorf',
		email: 'kh.quappendorf@example.org',
		districtAgs: '13003',
		partyBranch: '',
		activity: 'none',
		activityWhere: '',
		topicSlugs: ['oepnv', 'wohnen'],
		message: 'Ich möchte vor der nächsten Kommunalwahl einsteigen und erst einmal zuhören.',
		status: 'open',
		confirmedDaysAgo: 5,
		notes: 'Beim Stammtisch in Rostock angesprochen – Einladung als Interessierter?'
	},
	{
		name: 'Selin Tannenhöft',
		email: 'selin.tannenhoeft@example.org',
		districtAgs: '13072',
		partyBranch: 'KV Rostock',
		activity: 'resident_expert',
		activityWhere: 'Sozialausschuss des Kreistags (Beispiel)',
		topicSlugs: ['soziales', 'gesundheit'],
		message: '',
		status: 'open',
		confirmedDaysAgo: 9
	},
	{
		name: 'Bodo Irrläufer',
		email: 'bodo.irrlaeufer@example.org',
		districtAgs: '13076',
		partyBranch: '',
		activity: 'other',
		activityWhere: 'Bürgerinitiative in Niedersachsen (Beispiel)',
		topicSlugs: [],
		message: 'Gibt es so etwas auch in Niedersachsen?',
		status: 'declined',
		confirmedDaysAgo: 20,
		notes: 'Auf das Netzwerk in Niedersachsen verwiesen.'
	}
];

export const DEMO_JOIN_PRIVATE_VALUES: readonly string[] = DEMO_JOIN_REQUESTS.flatMap((request) => [
	request.name,
	request.email,
	...(request.activityWhere ? [request.activityWhere] : []),
	...(request.message ? [request.message] : []),
	...(request.notes ? [request.notes] : [])
]);
