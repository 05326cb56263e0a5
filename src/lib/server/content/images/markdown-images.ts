/**
 * Images in Markdown written for the public site: `![alt](/medien/<sha256>)`. Only our own
 * uploads are shown (renderMarkdown drops every other image source), and each needs an alt text.
 */
export const MEDIA_PATH = /^\/medien\/([0-9a-f]{64})$/;

const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;

export interface MarkdownImage {
	alt: string;
	src: string;
	/** The stored file's hash when the image is one of ours. */
	sha256: string | null;
}

export function markdownImages(markdown: string): MarkdownImage[] {
	return [...markdown.matchAll(IMAGE)].map((match) => ({
		alt: match[1]!.trim(),
		src: match[2]!,
		sha256: MEDIA_PATH.exec(match[2]!)?.[1] ?? null
	}));
}

/** German messages for images that would not show or are not described. */
export function markdownImageProblems(markdown: string): string[] {
	const problems: string[] = [];
	for (const image of markdownImages(markdown)) {
		if (!image.sha256) {
			problems.push(
				`Das Bild „${image.src}“ wird nicht angezeigt: Bitte Bilder hier hochladen und die angebotene Zeile einfügen.`
			);
		} else if (!image.alt) {
			problems.push(
				'Jedes Bild braucht einen Alternativtext: ![Was auf dem Bild zu sehen ist](/medien/…).'
			);
		}
	}
	return problems;
}
