/**
 * The site's one script: plain TypeScript that adds to pages which already work without
 * it (GOV.UK's progressive enhancement). Bundled by esbuild (lib/enhancement-script.ts),
 * loaded with `defer` on every page. Each behaviour looks for its own markup and does
 * nothing where the page has none.
 */
import { glossaryPopups } from './glossary-popups';
import { followMovedAnchor } from './moved-anchors';
import { enablePrintButtons } from './print-button';
import { rememberHeaderQuery, searchPage } from './search';
import { copySectionLinks } from './section-links';

followMovedAnchor(document, window.location);
glossaryPopups(document);
copySectionLinks(document, navigator.clipboard);
enablePrintButtons(document, () => window.print());
rememberHeaderQuery(document);
searchPage(document);
