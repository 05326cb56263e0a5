import type { MotionView } from '../get-motion';

/**
 * A motion as `GET /api/v1/motions/:id` returns it: the page's content without the page's
 * controls. Authors are in it only when the page shows them too (network members).
 */
export function motionJson(view: MotionView) {
	return {
		id: view.id,
		url: `/antraege/${view.id}`,
		type: view.type,
		title: view.title,
		text: view.text,
		justification: view.justification,
		status: view.status,
		visibility: view.visibility,
		council: view.council,
		faction: view.faction,
		authors: view.authors?.map((author) => ({ name: author.name })) ?? null,
		topics: view.topics.map(({ slug, name }) => ({ slug, name })),
		filedOn: view.filedOn,
		decidedOn: view.decidedOn,
		votes:
			view.votesYes === null && view.votesNo === null && view.votesAbstain === null
				? null
				: { yes: view.votesYes, no: view.votesNo, abstain: view.votesAbstain },
		answer: view.answer,
		answeredOn: view.answeredOn,
		reusedFromId: view.reusedFromId,
		reuse: { ...view.figures, text: view.figuresText },
		createdAt: view.createdAt.toISOString(),
		modifiedAt: view.modifiedAt.toISOString()
	};
}
