/**
 * The width below which the pages are one column that the window scrolls (their CSS
 * `@media (max-width: 60rem)`): phones, tablets, narrow windows. A leaf module, so that the map
 * layer can read it too.
 */
export const ONE_COLUMN = '(max-width: 60rem)';
