import { z } from 'zod';

/** Comments and experience reports on motions: kinds, words and the form both sides validate. */
export const MOTION_COMMENT_KINDS = ['comment', 'experience'] as const;
export type MotionCommentKind = (typeof MOTION_COMMENT_KINDS)[number];

export const MOTION_COMMENT_KIND_HINTS: Record<MotionCommentKind, string> = {
	comment: 'Eine Frage, ein Hinweis oder eine Anmerkung zum Antrag.',
	experience: 'Wie lief es bei euch? Was hat geholfen, was nicht, wie ging die Abstimmung aus?'
};

export const MOTION_COMMENT_MAX_LENGTH = 20_000;

export const motionCommentForm = z.object({
	kind: z.enum(MOTION_COMMENT_KINDS, { error: 'Bitte wählen: Kommentar oder Erfahrungsbericht.' }),
	body: z
		.string({ error: 'Bitte einen Text schreiben.' })
		.trim()
		.min(1, 'Bitte einen Text schreiben.')
		.max(
			MOTION_COMMENT_MAX_LENGTH,
			`Der Text darf höchstens ${MOTION_COMMENT_MAX_LENGTH} Zeichen lang sein.`
		)
});
export type MotionCommentInput = z.infer<typeof motionCommentForm>;

/** One comment as the page shows it (HTML rendered and sanitised on the server). */
export interface MotionCommentItem {
	id: string;
	kind: MotionCommentKind;
	html: string;
	/** The author's own Markdown, to edit it; null for everyone else's comments. */
	source: string | null;
	authorName: string | null;
	createdAt: Date;
	editedAt: Date | null;
	editable: boolean;
	deletable: boolean;
}

/** The comments part of a motion page: empty and invisible outside the network. */
export interface MotionCommentsSection {
	motionId: string;
	visible: boolean;
	canWrite: boolean;
	comments: MotionCommentItem[];
}
