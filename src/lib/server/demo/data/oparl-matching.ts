/**
 * A small council information system of the Kreistag Vorpommern-Greifswald for the demo's
 * matching page: the Kreistag, the party's faction and a committee, and two persons. One is a
 * demo mandate holder of that Kreistag (found at seed time; the council system writes the name
 * with title) who has meanwhile joined the Ausschuss für Bildung, which the directory does not
 * know yet; the other has no counterpart. The Rechnungsprüfungsausschuss has no counterpart in
 * the directory either: the board can create it from the matching page. Never synced (no such
 * server): the source is paused.
 */
export const DEMO_OPARL_BASE = 'https://ratsinfo.example.org/vorpommern-greifswald/oparl/v1.1';
export const DEMO_OPARL_KREIS_AGS = '13075';
/** The committee seat the confirmation adds to the directory. */
export const DEMO_OPARL_NEW_SEAT = {
	committee: 'Ausschuss für Bildung',
	role: 'Mitglied',
	startDate: '2025-01-15'
} as const;
export const DEMO_OPARL_STRANGER = {
	name: 'Herr Bernd Wunderlich',
	givenName: 'Bernd',
	familyName: 'Wunderlich'
} as const;
/** An imported committee the directory does not have (created from the matching page). */
export const DEMO_OPARL_UNMATCHED_COMMITTEE = 'Rechnungsprüfungsausschuss';
