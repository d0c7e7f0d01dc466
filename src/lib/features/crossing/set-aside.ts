/**
 * The /croisements option that sets aside the communes whose value is fragile: « petit effectif »
 * always, and « peu de naissances » for a birth rate (the communes `CrossingPage.fragile` holds).
 */
import {
	RARE_EVENTS,
	RARE_EVENTS_LABEL,
	RARE_EVENTS_RULE,
	SMALL_DENOMINATOR_RULE,
	smallFlagRule
} from '$lib/indicators/reliability';
import type { Indicator } from '$lib/indicators/types';

/**
 * The option's label and hover text. `count`: the communes it would set aside, null while the
 * crossing is not computed (unknown then, not 0).
 */
export function setAsideText(
	ind: Pick<Indicator, 'events' | 'formula' | 'label'> | null | undefined,
	count: number | null
): { label: string; title: string } {
	const births = !!ind?.events;
	const n = count === null ? '' : ` (${count})`;
	const flags = `« petit effectif »${births ? ` ou « ${RARE_EVENTS_LABEL} »` : ''}`;
	const rule =
		smallFlagRule(ind ? [ind] : []) + (births ? `, ou sur moins de ${RARE_EVENTS} naissances` : '');
	return {
		label: `Écarter les communes ${flags}${n} : ${rule}`,
		title: births ? `${SMALL_DENOMINATOR_RULE} ${RARE_EVENTS_RULE}` : SMALL_DENOMINATOR_RULE
	};
}
