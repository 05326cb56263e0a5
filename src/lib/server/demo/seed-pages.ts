import { writeSitePage } from '../instance/update-site-page';
import { DEMO_DATENSCHUTZ, DEMO_IMPRESSUM } from './data/pages';
import type { DemoSeed } from './types';

export const seedPages: DemoSeed = {
	name: 'Seiten',
	async seed(ctx) {
		const board = ctx.accounts.get('vorstand');
		const updatedBy = board ? { id: board.id, name: board.name } : null;
		await writeSitePage('impressum', { markdown: DEMO_IMPRESSUM, updatedBy });
		await writeSitePage('datenschutz', { markdown: DEMO_DATENSCHUTZ, updatedBy });
	}
};
