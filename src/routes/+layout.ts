// Every page is prerendered to static HTML; the map itself starts in the browser.
export const prerender = true;
export const trailingSlash = 'always';
