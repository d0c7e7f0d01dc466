/** Every page's view as plain data: a presentation will be a list of these. */
import type { Settings } from '$lib/concentrations/settings';
import type { CarteView } from './carte';
import type { CroisementsView } from './croisements';

/** One page's view, tagged with its page. */
export type PageView =
	| ({ page: 'carte' } & CarteView)
	| ({ page: 'concentrations' } & Settings)
	| ({ page: 'croisements' } & CroisementsView);

export { decodeView, encodeView, noteText, viewSchema, type UrlNote } from './codec';
