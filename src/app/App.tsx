import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { documentsQuery } from '../data/queries.ts';
import { useView } from '../state/useView.ts';
import { DocumentList } from '../ui/DocumentList.tsx';
import { DocumentView } from '../ui/DocumentView.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { ViewNotices } from '../ui/ViewNotices.tsx';

export function App() {
  const { view, notices, update } = useView();
  const documents = useQuery(documentsQuery());
  const selectedId = view.doc ?? documents.data?.[0]?.id;

  const sidebar = (
    <>
      <h2 className="sidebar-title">Documents</h2>
      <DocumentList
        selectedId={selectedId}
        onSelect={(doc) =>
          // Ids belong to one document: a new document starts from a clean view.
          update({ doc, sel: undefined, focus: undefined, path: undefined, filters: [] })
        }
      />
    </>
  );
  const noticesBar = <ViewNotices notices={notices} />;

  let body: ReactNode;
  if (selectedId) {
    body = <DocumentView id={selectedId} sidebar={sidebar} notices={noticesBar} />;
  } else {
    let main;
    if (documents.isPending) main = <LoadingState />;
    else if (documents.isError) main = <ErrorState message={documents.error.message} />;
    else main = <p className="state">No documents in graph-data/documents yet.</p>;
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
    </div>
  );
}
