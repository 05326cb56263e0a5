import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/types';
import { AccessDeniedError } from '../auth/policy';
import { renderMarkdown } from '../content/render-markdown';
import { createTestAccount } from '../auth/test-support';
import { createTestDatabase } from '../testing/test-db';
import {
	MARKDOWN_PREVIEW_MAX_CHARS,
	MarkdownPreviewError,
	previewMarkdown
} from './markdown-preview';

let member: SessionUser;
let interested: SessionUser;

beforeAll(async () => {
	await createTestDatabase();
	member = await account('member');
	interested = await account('interested');
});

async function account(role: 'member' | 'interested'): Promise<SessionUser> {
	const email = `${role}@example.org`;
	const { id } = await createTestAccount({ email, name: role, role });
	return {
		id,
		email,
		name: role,
		role,
		emailVerified: true,
		twoFactorEnabled: false,
		accessExpiresAt: null
	};
}

describe('previewMarkdown', () => {
	it('renders exactly what the saved text becomes, sanitised, at the requested heading level', async () => {
		const text =
			'## Beschluss\n\n1. Erstens\n2. **Zweitens**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))';
		const html = await previewMarkdown(member, { text, topHeadingLevel: 3 });
		expect(html).toBe(renderMarkdown(text, { topHeadingLevel: 3 }));
		expect(html).toContain('<h3');
		expect(html).toContain('<strong>Zweitens</strong>');
		expect(html).not.toMatch(/<script|href="javascript:/);
		expect(await previewMarkdown(member, { text: '  \n', topHeadingLevel: 3 })).toBe('');
	});

	it('is for the network’s writers only and refuses oversized text', async () => {
		await expect(previewMarkdown(null, { text: 'x', topHeadingLevel: 2 })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		await expect(
			previewMarkdown(interested, { text: 'x', topHeadingLevel: 2 })
		).rejects.toBeInstanceOf(AccessDeniedError);
		const error = await previewMarkdown(member, {
			text: 'x'.repeat(MARKDOWN_PREVIEW_MAX_CHARS + 1),
			topHeadingLevel: 2
		}).catch((caught) => caught);
		expect(error).toBeInstanceOf(MarkdownPreviewError);
		expect(error.status).toBe(413);
	});
});
