import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { domainFailure, notFoundAsPage } from '$lib/server/forms/domain-failure';
import { formError, parseForm } from '$lib/server/forms/parse-form';
import { JobQueueNotRunningError } from '$lib/server/jobs';
import { OparlAdminError, OparlSourceNotFoundError } from '$lib/server/oparl/admin/errors';
import { setFollowedBodies } from '$lib/server/oparl/admin/follow-bodies';
import { getOparlSource } from '$lib/server/oparl/admin/get-source';
import { startOparlSync } from '$lib/server/oparl/admin/start-sync';
import { updateOparlSourceSettings } from '$lib/server/oparl/admin/update-settings';
import {
	MEGABYTE,
	oparlFollowBodiesForm,
	oparlSourceSettingsForm,
	oparlStartSyncForm
} from '$lib/shared/oparl-admin';

const orNotFound = notFoundAsPage(OparlSourceNotFoundError);
const failure = domainFailure(OparlAdminError, OparlSourceNotFoundError);

export async function load(event) {
	const actor = requireAccess(event, 'oparl.manage');
	const { source, bodies, runs } = await orNotFound(
		getOparlSource({ actor, sourceId: event.params.sourceId })
	);
	return {
		source: {
			id: source.id,
			name: source.name,
			systemUrl: source.systemUrl,
			oparlVersion: source.oparlVersion,
			vendor: source.vendor,
			product: source.product,
			website: source.website,
			lastSuccessfulSyncAt: source.lastSuccessfulSyncAt,
			createdAt: source.createdAt
		},
		settings: {
			name: source.name,
			requestsPerSecond: String(source.requestsPerSecond).replace('.', ','),
			concurrency: String(source.concurrency),
			timeoutSeconds: String(source.timeoutSeconds),
			maxFileMegabytes: String(Math.max(1, Math.round(source.maxFileBytes / MEGABYTE))),
			syncIntervalHours: String(source.syncIntervalHours),
			enabled: source.enabled,
			allowedHosts: source.allowedHosts.join('\n')
		},
		bodies,
		runs,
		justAdded: event.url.searchParams.has('neu'),
		syncRequested: event.url.searchParams.get('gestartet')
	};
}

export const actions = {
	settings: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		const parsed = await parseForm(event.request, oparlSourceSettingsForm);
		if (!parsed.ok) return withScope('settings', parsed.failure);
		try {
			await updateOparlSourceSettings({
				actor,
				sourceId: event.params.sourceId,
				input: parsed.data,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return withScope('settings', failure(caught));
		}
		return { scope: 'settings', success: 'Einstellungen gespeichert.' };
	},
	follow: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		const parsed = await parseForm(event.request, oparlFollowBodiesForm);
		if (!parsed.ok) return withScope('follow', parsed.failure);
		try {
			const changes = await setFollowedBodies({
				actor,
				sourceId: event.params.sourceId,
				bodyIds: parsed.data['bodyIds[]'],
				ip: event.getClientAddress()
			});
			const changed = changes.followed.length + changes.unfollowed.length > 0;
			return {
				scope: 'follow',
				success: changed
					? 'Auswahl gespeichert. Der nächste Abgleich übernimmt die Daten der gewählten Körperschaften.'
					: 'Die Auswahl war schon so gespeichert.'
			};
		} catch (caught) {
			return withScope('follow', failure(caught));
		}
	},
	sync: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		const parsed = await parseForm(event.request, oparlStartSyncForm);
		if (!parsed.ok) return withScope('sync', parsed.failure);
		try {
			await startOparlSync({
				actor,
				sourceId: event.params.sourceId,
				kind: parsed.data.kind,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			if (caught instanceof JobQueueNotRunningError) {
				return withScope(
					'sync',
					formError(
						503,
						'Die Hintergrundverarbeitung läuft gerade nicht. Bitte versuchen Sie es in einigen Minuten noch einmal.'
					)
				);
			}
			return withScope('sync', failure(caught));
		}
		// A new value each time, so the live panel (kept across this navigation) waits for the new run.
		redirect(303, `/verwaltung/ratsinfo/${event.params.sourceId}?gestartet=${Date.now()}`);
	}
};

/** Several forms share the page: the failure says which one it belongs to. */
function withScope<T extends { data: object }>(scope: string, result: T): T {
	Object.assign(result.data, { scope });
	return result;
}
