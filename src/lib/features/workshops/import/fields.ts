/**
 * The columns an import understands, their French names and the header spellings accepted.
 * When a required column cannot be found, the UI shows a column-mapping step built from this.
 */
import { normalizeText } from '$lib/features/workshops/normalize';

/** Id of an importable field. */
export type FieldId =
	| 'id'
	| 'forumDate'
	| 'forumLieu'
	| 'forumNumero'
	| 'theme'
	| 'subjects'
	| 'publics'
	| 'communes'
	| 'description'
	| 'weight'
	| 'raisedBy'
	| 'status'
	| 'createdAt'
	| 'updatedAt'
	| 'example';

/** One expected field: French label (also the export header) and accepted header spellings. */
export interface FieldSpec {
	id: FieldId;
	label: string;
	required: boolean;
	aliases: readonly string[];
}

/** Field id → index of the file column that holds it. */
export type ColumnMapping = Partial<Record<FieldId, number>>;

const f = (id: FieldId, label: string, required: boolean, ...aliases: string[]): FieldSpec => ({
	id,
	label,
	required,
	aliases: [label, ...aliases]
});

/** Every importable field, in export column order. */
export const FIELDS: readonly FieldSpec[] = [
	f('id', 'Identifiant', false, 'id'),
	f('forumDate', 'Date du forum', true, 'date', 'date forum', 'date de forum', 'date atelier'),
	f('forumLieu', 'Lieu', false, 'lieu du forum', 'lieu forum'),
	f(
		'forumNumero',
		'Forum n°',
		false,
		'forum no',
		'forum numero',
		'numero du forum',
		'n forum',
		'forum',
		'numero forum'
	),
	f('theme', 'Thème', true, 'theme', 'themes', 'atelier', 'thematique', 'thematiques'),
	f('subjects', 'Sujets', false, 'sujet', 'sujet s', 'sujets abordes'),
	f(
		'publics',
		'Publics',
		false,
		'public',
		'public s',
		'publics cibles',
		'public cible',
		'public s cible s',
		'publics concernes'
	),
	f(
		'communes',
		'Communes',
		true,
		'commune',
		'commune s',
		'territoire',
		'code insee',
		'codes insee',
		'lieux concernes'
	),
	f(
		'description',
		'Description',
		true,
		'problematique',
		'problematiques',
		'probleme',
		'intitule',
		'constat'
	),
	f(
		'weight',
		'Poids',
		false,
		'nombre de mentions',
		'mentions',
		'nb de mentions',
		'nombre de fois',
		'occurrences',
		'ponderation',
		'nb mentions'
	),
	f('raisedBy', 'Porté par', false, 'porte par', 'porteur', 'soulevee par', 'origine', 'qui'),
	f('status', 'Statut', false, 'etat', 'suite donnee', 'etape', 'avancement'),
	f('createdAt', 'Créé le', false, 'date de creation', 'cree le'),
	f('updatedAt', 'Modifié le', false, 'date de modification', 'modifie le'),
	f('example', 'Exemple', false, 'exemple fictif', 'fictif')
];

/** The field a header names exactly (normalised spelling of its label or an alias), if any. */
export function fieldOfHeader(header: string): FieldSpec | undefined {
	const key = normalizeText(header);
	return key ? FIELDS.find((fd) => fd.aliases.some((a) => normalizeText(a) === key)) : undefined;
}

/** Matches headers to fields by normalised spelling; the first column wins for each field. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
	const mapping: ColumnMapping = {};
	headers.forEach((header, index) => {
		const field = fieldOfHeader(header);
		if (field && mapping[field.id] === undefined) mapping[field.id] = index;
	});
	return mapping;
}

/** Required fields that a mapping leaves without a column. */
export function missingFields(mapping: ColumnMapping, headerCount: number): FieldSpec[] {
	return FIELDS.filter((fd) => {
		const index = mapping[fd.id];
		return fd.required && (index === undefined || index < 0 || index >= headerCount);
	});
}
