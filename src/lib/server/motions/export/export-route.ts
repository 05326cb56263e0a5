import { error, type RequestEvent } from '@sveltejs/kit';
import { requireAccess } from '../../auth/policy';
import { exportHeaders } from './export-response';
import { loadExportMotion } from './load-export-motion';
import { renderMotionDocx } from './render-docx';
import { renderMotionPdf } from './render-pdf';

const FORMATS = {
	pdf: { render: renderMotionPdf, contentType: 'application/pdf' },
	docx: {
		render: renderMotionDocx,
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	}
} as const;

/**
 * `GET /antraege/[id]/export.pdf|docx[?zeilennummern=1]`: the motion for whoever reads it (404
 * alike for a hidden draft and an unknown id), rendered from a plain object.
 */
export async function exportMotion(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	format: keyof typeof FORMATS
): Promise<Response> {
	requireAccess(event, 'public.read');
	const motion = await loadExportMotion(event.locals.user, event.params.id ?? '');
	if (!motion) error(404, 'Diesen Antrag gibt es nicht.');
	const lineNumbers = ['1', 'ja', 'true'].includes(
		event.url.searchParams.get('zeilennummern') ?? ''
	);
	const { render, contentType } = FORMATS[format];
	const bytes = await render(motion, { lineNumbers });
	return new Response(new Uint8Array(bytes), {
		headers: exportHeaders(motion, format, contentType, bytes.length)
	});
}
