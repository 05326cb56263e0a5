import { error, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { renderMarkdown } from '$lib/server/content/render-markdown';
import { formError } from '$lib/server/forms/parse-form';
import { listAttachments } from '$lib/server/motions/attachments/list-attachments';
import { motionDeletionPreview } from '$lib/server/motions/deletion-preview';
import { getMotion } from '$lib/server/motions/get-motion';
import { loadMotionCommentsSection } from '$lib/server/motions/comments/comments-section';
import {
	authorCommentMailSetting,
	setAuthorCommentMails
} from '$lib/server/motions/comments/notifications/author-setting';
import { MotionError } from '$lib/server/motions/motion-error';
import { reuseMotion } from '$lib/server/motions/reuse-motion';
import { loadMotionViewer } from '$lib/server/motions/visibility';
import { findSimilarElsewhere } from '$lib/server/oparl/similar/find-similar';

/** Sections of the motion page are h2; headings inside the Markdown start one below. */
const markdown = (text: string | null) =>
	text && text.trim() ? renderMarkdown(text, { topHeadingLevel: 3 }) : null;

export async function load(event) {
	requireAccess(event, 'public.read');
	const motion = await getMotion(event.locals.user, event.params.id);
	// Unknown and hidden look the same: nobody learns that a draft exists.
	if (!motion) error(404, 'Diesen Antrag gibt es nicht.');
	return {
		motion,
		html: {
			text: markdown(motion.text),
			justification: markdown(motion.justification),
			answer: markdown(motion.answer)
		},
		attachments: await listAttachments(event.locals.user, motion.id),
		// Taking a motion over needs an account of the network: the public is offered to sign in.
		signInToReuse: event.locals.user
			? null
			: `/anmelden?weiter=${encodeURIComponent(event.url.pathname)}`,
		// Members read and write comments; everyone else only learns that they exist.
		comments: await loadMotionCommentsSection(event.locals.user, motion.id),
		commentMails: await authorCommentMailSetting(event.locals.user, motion.id),
		// The dialog says what goes with the motion; only for those who may delete it.
		deletion: motion.canDelete ? await motionDeletionPreview(event.locals.user, motion.id) : null,
		// "Dieses Thema anderswo": council papers and motions on the same topic the reader may see.
		similar: await findSimilarElsewhere(
			{ motionId: motion.id },
			await loadMotionViewer(event.locals.user)
		)
	};
}

const MAIL_CHOICES = ['on', 'off', 'all_on'] as const;

export const actions = {
	/** An author's switch for mails about new comments. */
	commentMails: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const wanted = (await event.request.formData()).get('mails');
		const choice = MAIL_CHOICES.find((value) => value === wanted);
		if (!choice) return formError(400, 'Bitte wählen Sie, ob Sie Mails erhalten möchten.');
		try {
			await setAuthorCommentMails(actor, event.params.id, choice);
		} catch (caught) {
			if (caught instanceof MotionError && caught.code === 'motion_not_found') {
				error(404, 'Diesen Antrag gibt es nicht.');
			}
			if (caught instanceof MotionError) return formError(403, caught.message);
			throw caught;
		}
		return { commentMailsSaved: true };
	},
	/** "Übernehmen": a new own draft from this motion, opened for editing. */
	reuse: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		let url: string;
		try {
			({ url } = await reuseMotion(actor, event.params.id, { ip: event.getClientAddress() }));
		} catch (caught) {
			if (caught instanceof MotionError && caught.code === 'motion_not_found') {
				error(404, 'Diesen Antrag gibt es nicht.');
			}
			if (caught instanceof MotionError) return formError(400, caught.message);
			throw caught;
		}
		redirect(303, `${url}/bearbeiten?uebernommen=1`);
	}
};
