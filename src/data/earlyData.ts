/**
 * Responses to requests made before the app's bundle ran (public/early-data.js, loaded by
 * index.html ahead of it): the first screen's data is under way while the bundle is fetched and
 * evaluated, not only after (issue 7). Each is taken once; later requests go to the network.
 */
declare global {
  interface Window {
    __claimgraphEarlyData?: Record<string, Promise<Response> | undefined>;
  }
}

/** The early response for `path` (under data/), if one was asked for and not taken yet. */
export function takeEarlyResponse(path: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__claimgraphEarlyData;
  if (!early || !Object.hasOwn(early, path)) return undefined;
  const response = early[path];
  delete early[path];
  return response;
}
