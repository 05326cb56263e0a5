import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireAccess } from '$lib/server/auth/policy';
import { FileRejectedError } from '$lib/server/files/errors';
import { maxUploadBytes } from '$lib/server/files/upload-limit';
import { formAction } from '$lib/server/forms/form-action';
import { attachFile } from '$lib/server/motions/attachments/attach-file';
import { attachmentFailure } from '$lib/server/motions/attachments/attachment-failure';
import { listAttachments } from '$lib/server/motions/attachments/list-attachments';
import { readableMotion } from '$lib/server/motions/attachments/motion-access';
import { removeAttachment } from '$lib/server/motions/attachments/remove-attachment';

export async function load(event) {
	const actor = requireAccess(event, 'network.contribute');
	const access = await readableMotion(actor, event.params.id);
	if (!access) error(404, 'Diesen Antrag gibt es nicht.');
	if (!access.canEdit) error(403, 'Die Anhänge dieses Antrags dürfen Sie nicht ändern.');
	return {
		motion: { id: access.motionId, title: access.title },
		attachments: await listAttachments(actor, access.motionId),
		maxBytes: maxUploadBytes()
	};
}

export const actions = {
	/** Multipart: a file does not fit formAction's string schemas, so this one is written out. */
	upload: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const file = formData.get('datei');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, {
				scope: 'upload',
				errors: { datei: ['Bitte eine PDF-, DOCX- oder ODT-Datei auswählen.'] },
				values: {}
			});
		try {
			const { fileName } = await attachFile(actor, {
				motionId: event.params.id,
				fileName: file.name,
				bytes: new Uint8Array(await file.arrayBuffer()),
				ip: event.getClientAddress()
			});
			return {
				scope: 'upload',
				success: `„${fileName}“ ist angehängt. Der Text wird im Hintergrund ausgelesen und ist dann durchsuchbar.`
			};
		} catch (caught) {
			if (caught instanceof FileRejectedError)
				return fail(400, { scope: 'upload', errors: { datei: [caught.message] }, values: {} });
			const failure = attachmentFailure(caught);
			return fail(failure.status, { ...failure.data, scope: 'upload' });
		}
	},
	remove: formAction({
		permission: 'network.contribute',
		schema: z.object({ attachmentId: z.uuid('Diese Datei gibt es nicht.') }),
		scope: (formData) => `a:${formData.get('attachmentId')}`,
		failure: (caught) => attachmentFailure(caught),
		run: ({ actor, data, event, ip }) =>
			removeAttachment(actor, {
				motionId: event.params.id ?? '',
				attachmentId: data.attachmentId,
				ip
			}),
		success: 'Der Anhang ist entfernt.'
	})
};
