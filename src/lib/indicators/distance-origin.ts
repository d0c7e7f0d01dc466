/**
 * Where a commune's distances start from, and why. The pipeline decides it (`referencePoints` in
 * `src/pipeline/geo.ts`) and writes it into `communes.geojson`; the commune panel says it in French.
 */
import { formatNumber } from '../format/number';

/**
 * - `mairie`: the commune's own mairie in the DILA 2016 directory, inside its polygon or within
 *   MAIRIE_TOLERANCE_KM of it;
 * - `mairie_hors_commune`: the directory geocodes the mairie further outside the polygon, so a
 *   point of the commune is used instead;
 * - `mairie_absente`: no usable mairie in the directory (missing, or coordinates outside the
 *   département), so a point of the commune is used.
 */
export type RefPointKind = 'mairie' | 'mairie_hors_commune' | 'mairie_absente';

/** How far outside its (simplified 2018) polygon a mairie may be geocoded and still be trusted. */
export const MAIRIE_TOLERANCE_KM = 0.5;

/** A commune's distance origin, as read from the `communes.geojson` properties. */
export interface DistanceOrigin {
	kind: RefPointKind;
	/** Distance from the directory's mairie to the commune polygon (km, 0 inside), or null. */
	mairieKm: number | null;
}

const KINDS: readonly string[] = ['mairie', 'mairie_hors_commune', 'mairie_absente'];

/** The origin from a feature's properties, or null when the layer does not carry it. */
export function distanceOriginOf(props: Record<string, unknown> | null): DistanceOrigin | null {
	const kind = props?.ref_point_kind;
	if (typeof kind !== 'string' || !KINDS.includes(kind)) return null;
	const km = props?.ref_mairie_km;
	return { kind: kind as RefPointKind, mairieKm: typeof km === 'number' ? km : null };
}

/** One French sentence for the commune panel. */
export function distanceOriginText(o: DistanceOrigin): string {
	switch (o.kind) {
		case 'mairie':
			return 'Distances mesurées à vol d’oiseau depuis la mairie (annuaire DILA 2016).';
		case 'mairie_hors_commune': {
			const where = o.mairieKm === null ? '' : ` à ${formatNumber(o.mairieKm, 1)} km`;
			return (
				'Distances mesurées à vol d’oiseau depuis un point de la commune, pas depuis la mairie : ' +
				`l’annuaire DILA 2016 géolocalise la mairie${where} hors de la commune.`
			);
		}
		case 'mairie_absente':
			return (
				'Distances mesurées à vol d’oiseau depuis un point de la commune : la mairie n’est pas ' +
				'localisée dans l’annuaire DILA 2016.'
			);
	}
}
