/**
 * Configuration for the local static server (`serve`, used by npm start and the browser
 * tests), written to out/serve.json by the build. Hosts get the same rules from their own
 * configuration files.
 */
import { serveRedirects, type Redirect } from './redirects';

/** Files the export writes without an extension, and the type they must be served as. */
export const EXTENSIONLESS_TYPES = [{ source: '**/opengraph-image', contentType: 'image/png' }];

export function serveConfig(redirects: readonly Redirect[]) {
  return {
    redirects: serveRedirects(redirects),
    headers: EXTENSIONLESS_TYPES.map(({ source, contentType }) => ({
      source,
      headers: [{ key: 'Content-Type', value: contentType }],
    })),
  };
}
