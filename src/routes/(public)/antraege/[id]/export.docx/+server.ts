import { exportMotion } from '$lib/server/motions/export/export-route';

export const GET = (event) => exportMotion(event, 'docx');
