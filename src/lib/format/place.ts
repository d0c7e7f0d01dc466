/**
 * « de » before a commune's name, as French writes it: « d’Alès », « du Martinet » (Le),
 * « des Mages » (Les), « de La Grand-Combe », « de Bagard ». A name starting with « H » keeps
 * « de » (an aspirated h cannot be told from a silent one by its spelling).
 */
export function ofPlace(name: string): string {
	if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
	if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
	if (/^[AEIOUYÀÂÉÈÊÎÔ]/i.test(name)) return `d’${name}`;
	return `de ${name}`;
}
