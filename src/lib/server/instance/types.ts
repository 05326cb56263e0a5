import type { StateCode } from '../territory/state-data';

/** Who runs this instance and what it stands for; shown in the header, start page and mails. */
export interface InstanceConfig {
	state: StateCode;
	/** The state's name as shown to people, e.g. "Mecklenburg-Vorpommern". */
	stateName: string;
	/** Full name of the network, e.g. "LAG Kommunalpolitik Mecklenburg-Vorpommern". */
	networkName: string;
	/** Short form for narrow headers and mail subjects. */
	networkShortName: string;
	party: { name: string; shortName: string };
	/** One or two sentences: who we are. */
	description: string;
	/** What the network works for, one sentence each. */
	goals: string[];
	/** Organisations the network works with, shown on the start page. */
	partners: { name: string; description: string }[];
	/** Source ids (state data `_meta.sources`) the texts above rest on. */
	sources: string[];
}
