/** Motion exchange (Antragsbörse): the words the UI and the API use for types, states, visibility. */

export const MOTION_TYPES = ['motion', 'inquiry', 'resolution', 'template', 'statement'] as const;
export type MotionType = (typeof MOTION_TYPES)[number];

export const MOTION_TYPE_LABELS: Record<MotionType, string> = {
	motion: 'Antrag',
	inquiry: 'Anfrage',
	resolution: 'Beschluss',
	template: 'Musterantrag',
	statement: 'Stellungnahme'
};

export const MOTION_TYPE_PLURALS: Record<MotionType, string> = {
	motion: 'Anträge',
	inquiry: 'Anfragen',
	resolution: 'Beschlüsse',
	template: 'Musteranträge',
	statement: 'Stellungnahmen'
};

export const MOTION_STATUSES = [
	'draft',
	'filed',
	'in_deliberation',
	'adopted',
	'adopted_amended',
	'rejected',
	'withdrawn',
	'settled'
] as const;
export type MotionStatus = (typeof MOTION_STATUSES)[number];

export const MOTION_STATUS_LABELS: Record<MotionStatus, string> = {
	draft: 'Entwurf',
	filed: 'eingereicht',
	in_deliberation: 'in Beratung',
	adopted: 'beschlossen',
	adopted_amended: 'beschlossen mit Änderungen',
	rejected: 'abgelehnt',
	withdrawn: 'zurückgezogen',
	settled: 'erledigt'
};

/** States that end a motion's way through the council: they carry a decision date and votes. */
export const DECIDED_STATUSES: readonly MotionStatus[] = ['adopted', 'adopted_amended', 'rejected'];
/** Adopted, with or without changes: counts as success in reuse figures. */
export const ADOPTED_STATUSES: readonly MotionStatus[] = ['adopted', 'adopted_amended'];

export const MOTION_VISIBILITIES = ['public', 'members', 'faction'] as const;
export type MotionVisibility = (typeof MOTION_VISIBILITIES)[number];

export const MOTION_VISIBILITY_LABELS: Record<MotionVisibility, string> = {
	public: 'öffentlich',
	members: 'nur Mitglieder',
	faction: 'Entwurf: nur Autor*innen und Fraktion'
};

export const MOTION_COMMENT_KIND_LABELS = {
	comment: 'Kommentar',
	experience: 'Erfahrungsbericht'
} as const;
