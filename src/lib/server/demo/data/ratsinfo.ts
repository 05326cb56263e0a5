/**
 * Demo council data: a slice of the project's real OParl fixture (Gemeinde Hürtgenwald, see
 * tests/fixtures/oparl/huertgenwald/README.md), moved in time so some meetings lie ahead.
 * Everything in it is public council information: nothing for DEMO_PRIVATE_VALUES.
 */

/**
 * The demo's ids live on a host that never resolves (RFC 2606 `.invalid`): neither a scheduled
 * sync nor a board member's "Jetzt abgleichen" in the demo sends a request to the real council.
 */
export const DEMO_RATSINFO_API = 'https://ratsinfo.demo.invalid/rim4220/webservice/oparl/v1.0';

/** The fixture's API root, replaced by DEMO_RATSINFO_API. */
export const DEMO_RATSINFO_FIXTURE_API =
	'https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0';

export const DEMO_RATSINFO_SOURCE_NAME = 'Ratsinformationssystem Hürtgenwald (Demo)';

/** Fixture files (below the fixture folder) and how much of each the demo takes. */
export const DEMO_RATSINFO_SELECTION = {
	organizations: ['body/1/organization.page-1.json'],
	persons: ['body/1/person.page-1.json', 'body/1/person.page-2.json'],
	/** Meetings from this day on (the fixture's last months: November 2020 to June 2021). */
	meetings: ['body/1/meeting.page-14.json'],
	meetingsFrom: '2020-11-01',
	/** Papers consulted in those meetings (and the months before). */
	papers: ['body/1/paper.page-74.json', 'body/1/paper.page-79.json'],
	paperLimit: 40
} as const;

/** The newest demo meeting is moved to this many weeks after the seeding day. */
export const DEMO_RATSINFO_WEEKS_AHEAD = 6;
