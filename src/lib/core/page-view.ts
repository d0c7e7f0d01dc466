/** Every page's view as plain data: a presentation will be a list of these. */
import type { CarteView } from '$lib/features/atlas/view';
import type { Settings } from '$lib/features/concentrations/settings';
import type { CroisementsView } from '$lib/features/crossing/view';

/** One page's view, tagged with its page. */
export type PageView =
	| ({ page: 'carte' } & CarteView)
	| ({ page: 'concentrations' } & Settings)
	| ({ page: 'croisements' } & CroisementsView);
