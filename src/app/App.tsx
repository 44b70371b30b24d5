import { useQuery } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { importedDocumentsQuery, documentsQuery } from '../data/queries.ts';
import { navigateSearch } from '../state/location.ts';
import { useViewSelector, type ParsedView } from '../state/useView.ts';
import { parseView, serializeView, type ViewNotice, type ViewState } from '../state/view.ts';
import { DocumentList } from '../ui/DocumentList.tsx';
import { DocumentView } from '../ui/DocumentView.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { ImportButton } from '../ui/ImportButton.tsx';
import { ImportDropZone } from '../ui/ImportDropZone.tsx';
import { ImportErrors } from '../ui/ImportErrors.tsx';
import { ImportWarnings } from '../ui/ImportWarnings.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { StorageNotice } from '../ui/StorageNotice.tsx';
import { useImporter } from '../ui/useImporter.ts';
import { withoutTypes } from '../ui/useGenericTypes.ts';
import { ViewNotices } from '../ui/ViewNotices.tsx';

/**
 * Opens a document with a clean view: ids belong to one document, so selection, focus, path,
 * filters and a generic graph's type filter all start afresh.
 */
function openDocument(doc: string | undefined): void {
  const search = withoutTypes(window.location.search);
  const current = parseView(search).view;
  const next: ViewState = {
    ...current,
    doc,
    sel: undefined,
    focus: undefined,
    path: undefined,
    filters: [],
  };
  navigateSearch(serializeView(next, search), 'push');
}

/** What the app shell shows of the URL: the document and the notices about bad parameters. */
interface ShellView {
  doc: string | undefined;
  notices: ViewNotice[];
}
const shellView = ({ view, notices }: ParsedView): ShellView => ({ doc: view.doc, notices });
const sameNotice = (a: ViewNotice, b: ViewNotice) =>
  a.param === b.param && a.value === b.value && a.message === b.message;
const sameShellView = (a: ShellView, b: ShellView) =>
  a.doc === b.doc &&
  a.notices.length === b.notices.length &&
  a.notices.every((notice, i) => sameNotice(notice, b.notices[i] as ViewNotice));

export function App() {
  // Only the document and the notices: a filter or a selection re-renders what shows them.
  const view = useViewSelector(shellView, sameShellView);
  const { notices } = view;
  const documents = useQuery(documentsQuery());
  const imported = useQuery(importedDocumentsQuery());
  const selectedId = view.doc ?? documents.data?.[0]?.id;
  const importer = useImporter(useCallback((id: string) => openDocument(id), []));

  const remove = useCallback(
    async (id: string) => {
      // Leave a document before it goes: back to the default one.
      if (parseView(window.location.search).view.doc === id) openDocument(undefined);
      await importer.remove(id);
    },
    [importer],
  );

  const sidebar = (
    <>
      <div className="sidebar-head">
        <h2 className="sidebar-title">Documents</h2>
        <ImportButton busy={importer.busy} onFile={(file) => void importer.importFile(file)} />
      </div>
      <DocumentList
        selectedId={selectedId}
        onSelect={(doc) => openDocument(doc)}
        onRemove={(id) => void remove(id)}
      />
    </>
  );
  const [listNoticeSeen, setListNoticeSeen] = useState(false);
  const listNotice = listNoticeSeen ? null : (imported.data?.notice ?? null);
  const storageNotice = importer.notice ?? listNotice;
  const noticesBar = <ViewNotices notices={notices} />;

  let body: ReactNode;
  if (selectedId) {
    body = <DocumentView id={selectedId} sidebar={sidebar} notices={noticesBar} />;
  } else {
    let main;
    if (documents.isPending) main = <LoadingState />;
    else if (documents.isError) {
      main = (
        <ErrorState
          title="The list of documents could not be loaded"
          message={documents.error.message}
          action="Check that the claimgraph server is running (npm start), then reload the page."
        />
      );
    } else main = <p className="state">No documents in graph-data/documents yet.</p>;
    body = (
      <>
        <aside className="app-sidebar">{sidebar}</aside>
        <main className="app-main">
          {noticesBar}
          {main}
        </main>
      </>
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <h1>claimgraph</h1>
        <span className="app-tagline">who said what about whom</span>
      </header>
      {body}
      {storageNotice || importer.warnings ? (
        <div className="import-toasts">
          {storageNotice ? (
            <StorageNotice
              notice={storageNotice}
              onDismiss={importer.notice ? importer.dismissNotice : () => setListNoticeSeen(true)}
            />
          ) : null}
          {importer.warnings ? (
            <ImportWarnings report={importer.warnings} onDismiss={importer.dismissWarnings} />
          ) : null}
        </div>
      ) : null}
      <ImportDropZone onFile={(file) => void importer.importFile(file)} />
      {importer.failure ? (
        <ImportErrors
          key={`${importer.failure.fileName}:${importer.failure.errors.length}`}
          report={importer.failure}
          onClose={importer.closeFailure}
        />
      ) : null}
    </div>
  );
}
