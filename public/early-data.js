// Asks for the first screen's data while the app's bundle is still on its way (issue 7): the
// document list and the document the link names. The app takes these responses instead of
// asking again (src/data/earlyData.ts); anything that goes wrong here is left to it.
(function () {
  try {
    var base = new URL('data/', document.currentScript.src);
    var get = function (path) {
      return fetch(new URL(path, base), { headers: { Accept: 'application/json' } });
    };
    var early = { 'documents.json': get('documents.json') };
    var doc = new URLSearchParams(location.search).get('doc');
    // Bundled documents only: an imported one (import-…) lives in the browser's storage.
    if (doc && /^[a-z0-9][a-z0-9-]*$/.test(doc) && doc.indexOf('import-') !== 0) {
      early['documents/' + doc + '.json'] = get('documents/' + doc + '.json');
    }
    window.__claimgraphEarlyData = early;
  } catch {
    // The app asks for its data itself.
  }
})();
