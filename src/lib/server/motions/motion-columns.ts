import type { MotionFields } from '$lib/shared/motion-forms';
import { visibilityAfterStatus } from './visibility';

/**
 * A motion's own columns from checked form or API fields and its resolved council and faction;
 * the same for a new motion and a changed one, so both store a filed draft's visibility alike.
 */
export function motionColumns(
	fields: MotionFields,
	place: { councilId: string | null; factionId: string | null }
) {
	return {
		type: fields.type,
		title: fields.title,
		text: fields.text,
		justification: fields.justification,
		answer: fields.answer,
		answeredOn: fields.answeredOn,
		councilId: place.councilId,
		factionId: place.factionId,
		filedOn: fields.filedOn,
		status: fields.status,
		votesYes: fields.votesYes,
		votesNo: fields.votesNo,
		votesAbstain: fields.votesAbstain,
		decidedOn: fields.decidedOn,
		visibility: visibilityAfterStatus(fields.visibility, fields.status)
	};
}
