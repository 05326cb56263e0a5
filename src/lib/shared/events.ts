/** Event words shared by server and pages (schema enums in `server/events/schema.ts`). */
export const EVENT_KINDS = ['meeting', 'training', 'conference', 'online'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
	meeting: 'Treffen',
	training: 'Schulung',
	conference: 'Konferenz',
	online: 'Online-Veranstaltung'
};

export const EVENT_ORGANIZERS = ['network', 'forum', 'federal', 'district_association'] as const;
export type EventOrganizer = (typeof EVENT_ORGANIZERS)[number];

export const EVENT_ORGANIZER_LABELS: Record<EventOrganizer, string> = {
	network: 'Landesarbeitsgemeinschaft',
	forum: 'Kommunalpolitisches Forum',
	federal: 'BAG Kommunalpolitik',
	district_association: 'Kreisverband'
};

export const EVENT_VISIBILITIES = ['public', 'members'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

export const EVENT_VISIBILITY_LABELS: Record<EventVisibility, string> = {
	public: 'Öffentlich',
	members: 'Nur für Mitglieder'
};

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
	scheduled: 'geplant',
	cancelled: 'abgesagt'
};

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
	registered: 'Angemeldet',
	waitlisted: 'Warteliste',
	cancelled: 'Abgemeldet'
};

/** Time zone of every event time shown, mailed or put into a calendar. */
export const EVENT_TIME_ZONE = 'Europe/Berlin';
