/** A substring pattern for (I)LIKE in which `%` and `_` typed by people are letters, not wildcards. */
export function likePattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
