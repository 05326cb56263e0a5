import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { MotionError } from '../motion-error';

/** 400 with German messages per field, the shape every API client gets for bad input. */
export function fieldErrors(errors: Record<string, string[]>, status = 400): Response {
	return json(
		{ message: 'Die Angaben sind unvollständig oder fehlerhaft.', errors },
		{ status, headers: { 'cache-control': 'no-store' } }
	);
}

export function zodFieldErrors(issues: readonly z.core.$ZodIssue[]): Response {
	const errors: Record<string, string[]> = {};
	for (const issue of issues) {
		const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '_body';
		(errors[field] ??= []).push(issue.message);
	}
	return fieldErrors(errors);
}

/** A motion reference the actor may not use (another faction) is 403; the rest is bad input. */
export function motionErrorResponse(caught: MotionError): Response {
	const status = caught.code === 'faction_not_yours' || caught.code === 'not_allowed' ? 403 : 400;
	return fieldErrors({ [caught.field ?? '_body']: [caught.message] }, status);
}
