import { z } from 'zod';

/** Notification settings of a group membership, with the words the UI uses for them. */
export const NOTIFICATION_SETTINGS = ['immediate', 'daily', 'none'] as const;
export type NotificationSettingValue = (typeof NOTIFICATION_SETTINGS)[number];

export const NOTIFICATION_SETTING_LABELS: Record<NotificationSettingValue, string> = {
	immediate: 'Jeden Beitrag sofort per Mail',
	daily: 'Eine Zusammenfassung am Tag',
	none: 'Keine Mails'
};

export const NOTIFICATION_SETTING_HINTS: Record<NotificationSettingValue, string> = {
	immediate: 'Eine Mail für jedes neue Thema und jede Antwort im Arbeitskreis.',
	daily:
		'Morgens eine Mail mit allem Neuen seit der letzten Zusammenfassung. Erwähnungen und abonnierte Themen kommen sofort.',
	none: 'Auch keine Mails zu Erwähnungen und abonnierten Themen. Sie lesen hier auf der Seite mit.'
};

export const POST_MAX_LENGTH = 20_000;

const text = (missing: string, tooLong: string, max: number) =>
	z
		.string({ error: missing })
		.trim()
		.min(1, missing)
		.max(max, `${tooLong} darf höchstens ${max} Zeichen lang sein.`);

const markdownBody = text('Bitte einen Text schreiben.', 'Der Text', POST_MAX_LENGTH);

export const groupForm = z.object({
	name: text('Bitte einen Namen angeben.', 'Der Name', 120),
	description: z
		.string()
		.trim()
		.max(5_000, 'Die Beschreibung darf höchstens 5000 Zeichen lang sein.')
		.nullish()
		.transform((value) => value || null),
	topicId: z
		.union([z.uuid({ error: 'Dieses Thema gibt es nicht.' }), z.literal('')])
		.nullish()
		.transform((value) => value || null)
});
export type GroupInput = z.infer<typeof groupForm>;

export const threadForm = z.object({
	title: text('Bitte einen Titel angeben.', 'Der Titel', 200),
	body: markdownBody
});

export const postForm = z.object({ body: markdownBody });

export const notificationForm = z.object({
	notification: z.enum(NOTIFICATION_SETTINGS, { error: 'Bitte eine der Möglichkeiten wählen.' })
});
