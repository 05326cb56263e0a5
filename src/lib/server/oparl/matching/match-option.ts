/** A directory body or organization the board can tie an imported one to (a select's option). */
export interface MatchOption {
	id: string;
	label: string;
}
